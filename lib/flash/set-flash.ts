import "server-only";

import { cookies } from "next/headers";

import { flashCookieMaxAgeSeconds, flashCookieName } from "@/lib/flash/flash-cookie";
import { encodeFlash, type FlashMessage } from "@/lib/flash/flash-message";
import { isHttpsRequest } from "@/lib/http/secure-cookies";

/**
 * Stores a message for the page a server action redirects to. Call it from an
 * action before `redirect()`. The message is shown once in the layout's
 * `role="status"` region: rendered by the server after a full page load (forms
 * without JavaScript), or by the browser after a client-side redirect.
 *
 * @example await setFlash({ tone: "success", messageKey: "tickets.flash.created", values: { protocol } });
 */
export async function setFlash(message: Omit<FlashMessage, "id">): Promise<void> {
  const cookieStore = await cookies();

  // Not httpOnly, because the browser reads and deletes it after a client-side redirect.
  cookieStore.set(flashCookieName, encodeFlash({ ...message, id: crypto.randomUUID() }), {
    path: "/",
    maxAge: flashCookieMaxAgeSeconds,
    sameSite: "lax",
    secure: await isHttpsRequest(),
    httpOnly: false,
  });
}
