"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { isHttpsRequest } from "@/lib/http/secure-cookies";
import { localeCookieName } from "@/lib/i18n/config";
import { localeSwitchSchema } from "@/lib/i18n/locale-switch-schema";
import { logger } from "@/lib/log/logger";

const oneYearInSeconds = 365 * 24 * 60 * 60;

/**
 * Stores the chosen language in the `NEXT_LOCALE` cookie and reloads the page the
 * visitor was on. It needs no session, because the language is not personal data.
 * A locale outside it/en/ar is ignored and the page reloads unchanged.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSwitchSchema.safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? "/",
  });

  if (!parsed.success) {
    logger.warn({ event: "localeSwitchRejected" }, "language switch rejected: unsupported locale");
    const returnTo = localeSwitchSchema.shape.returnTo.parse(formData.get("returnTo"));
    redirect(returnTo);
  }

  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    secure: await isHttpsRequest(),
    httpOnly: true,
  });

  redirect(parsed.data.returnTo);
}
