import "server-only";

import { consumeRateLimit, refundRateLimit, resetRateLimit } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  accountSignInLimit,
  accountSubject,
  addressLogTag,
  addressSignInLimit,
  addressSubject,
} from "@/lib/auth/sign-in-limits";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

export type AuthenticationResult =
  | { status: "success"; user: SessionUser }
  | { status: "rejected" }
  | { status: "blocked"; retryAt: Date | null };

/**
 * Signs a user in with e-mail and password under the failed-attempt limits, which count per
 * account and per client address in PostgreSQL so every app instance shares them. Each
 * attempt is counted before the password check, so parallel guesses cannot slip past the
 * limit. A success clears the account's counter and gives the address its attempt back.
 */
export async function authenticate(
  credentials: unknown,
  clientAddress: string | null,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const log = logger.child({ event: "signIn", clientAddress: addressLogTag(clientAddress) });

  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) {
    log.info({ reason: "malformed" }, "sign-in rejected");
    return { status: "rejected" };
  }

  const account = accountSubject(parsed.data.email);
  const address = clientAddress ? addressSubject(clientAddress) : null;

  const accountDecision = await consumeRateLimit(accountSignInLimit, account, now);
  const addressDecision = address ? await consumeRateLimit(addressSignInLimit, address, now) : null;

  if (!accountDecision.allowed || (addressDecision && !addressDecision.allowed)) {
    const limitedBy = accountDecision.allowed ? "address" : "account";
    const retryAt = accountDecision.allowed ? addressDecision?.retryAt ?? null : accountDecision.retryAt;
    log.warn({ limitedBy, retryAt }, "sign-in blocked");
    return { status: "blocked", retryAt };
  }

  const user = await verifyCredentials(parsed.data, log);
  if (!user) return { status: "rejected" };

  await resetRateLimit(accountSignInLimit, account);
  if (address) await refundRateLimit(addressSignInLimit, address, now);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });

  log.info({ userId: user.id }, "sign-in succeeded");
  return { status: "success", user };
}
