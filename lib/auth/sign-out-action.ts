"use server";

import { signOut } from "@/lib/auth/config";
import { endAllSessions } from "@/lib/auth/find-active-session-user";
import { getCurrentUser } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/sign-in-redirects";
import { logger } from "@/lib/log/logger";

/**
 * Ends the session and redirects to the sign-in page. It also ends the account's other
 * sessions, so a copy of the cookie taken before the sign-out no longer works anywhere.
 */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  logger.info({ event: "signOut", userId: user?.id ?? null }, "signed out");

  await signOut({ redirectTo: signInPath });
}
