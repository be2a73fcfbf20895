"use server";

import { signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/sign-in-redirects";
import { logger } from "@/lib/log/logger";

/** Ends the session and redirects to the sign-in page. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  logger.info({ event: "signOut", userId: user?.id ?? null }, "signed out");

  await signOut({ redirectTo: signInPath });
}
