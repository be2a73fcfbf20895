"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";

import { SignInBlocked, signIn } from "@/lib/auth/config";
import { findActiveSessionUserByEmail } from "@/lib/auth/find-active-session-user";
import { homePathFor } from "@/lib/auth/permissions";
import { safeCallbackPath } from "@/lib/auth/sign-in-redirects";
import { minutesUntil, signInFieldErrors, signInSchema, type SignInFormState } from "@/lib/auth/sign-in-schema";
import { logger } from "@/lib/log/logger";

/**
 * Signs the user in from the sign-in form, then redirects to the form's `callbackUrl` when it
 * is a same-origin path, else to the user's home area. On failure it returns the form state
 * with the typed e-mail, never the password.
 */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const typedEmail = formData.get("email");
  const email = typeof typedEmail === "string" ? typedEmail.slice(0, 254) : "";

  const parsed = signInSchema.safeParse({ email: typedEmail, password: formData.get("password") });
  if (!parsed.success) {
    return { status: "invalid", email, fieldErrors: signInFieldErrors(parsed.error) };
  }

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInBlocked) return { status: "blocked", email, fieldErrors: {}, retryInMinutes: minutesUntil(error.retryAt) };
    if (error instanceof CredentialsSignin) return { status: "rejected", email, fieldErrors: {} };

    logger.error({ err: error }, "sign-in failed unexpectedly");
    return { status: "failed", email, fieldErrors: {} };
  }

  const callbackPath = safeCallbackPath(formData.get("callbackUrl"));
  if (callbackPath) redirect(callbackPath);

  const user = await findActiveSessionUserByEmail(parsed.data.email);
  redirect(user ? homePathFor(user) : "/");
}
