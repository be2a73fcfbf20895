import "server-only";

import type { Logger } from "pino";

import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import type { SignInInput } from "@/lib/auth/sign-in-schema";
import { db } from "@/lib/db/client";
import { logger as rootLogger } from "@/lib/log/logger";

let placeholderHash: Promise<string> | undefined;

/**
 * Returns a hash to verify against when the e-mail matches no account, so an unknown e-mail
 * costs the same argon2 work as a wrong password and response times do not reveal accounts.
 */
function hashForUnknownAccounts(): Promise<string> {
  placeholderHash ??= hashPassword(crypto.randomUUID());
  return placeholderHash;
}

/**
 * Checks an e-mail and password against the accounts. Returns the session user on success and
 * null otherwise, the same null for an unknown e-mail, a wrong password and a disabled account.
 * The reason goes only to the log, with the user id when the account exists.
 */
export async function verifyCredentials(
  { email, password }: SignInInput,
  log: Logger = rootLogger,
): Promise<SessionUser | null> {
  const normalizedEmail = email.trim().toLowerCase();

  const account = await db().user.findUnique({
    where: { email: normalizedEmail },
    select: { id: true, passwordHash: true, displayName: true, roles: true, disabledAt: true },
  });

  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await hashForUnknownAccounts()), password);

  if (!account) {
    log.info({ reason: "unknownEmail" }, "sign-in rejected");
    return null;
  }
  if (!passwordMatches) {
    log.info({ userId: account.id, reason: "wrongPassword" }, "sign-in rejected");
    return null;
  }
  if (account.disabledAt) {
    log.info({ userId: account.id, reason: "disabled" }, "sign-in rejected");
    return null;
  }

  return { id: account.id, displayName: account.displayName, roles: account.roles };
}
