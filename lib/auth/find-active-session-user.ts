import "server-only";

import { z } from "zod";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";

const userIdSchema = z.uuid();

const sessionUserFields = { id: true, displayName: true, roles: true, disabledAt: true, sessionVersion: true } as const;

/** The session user with the account's session version, which a session cookie must match. */
export type ActiveSessionAccount = SessionUser & { sessionVersion: number };

/**
 * Loads the account behind a session as it is now: its current name and roles, or null when
 * it was deleted or disabled. The session callback calls it on every read, so such changes
 * apply from the next request.
 */
export async function findActiveSessionUser(userId: string): Promise<ActiveSessionAccount | null> {
  if (!userIdSchema.safeParse(userId).success) return null;

  const account = await db().user.findUnique({ where: { id: userId }, select: sessionUserFields });
  if (!account || account.disabledAt) return null;

  return { id: account.id, displayName: account.displayName, roles: account.roles, sessionVersion: account.sessionVersion };
}

/** Raises the account's session version, so every session cookie issued before stops working. */
export async function endAllSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Loads an active account by e-mail. The sign-in action calls it right after a successful
 * sign-in to pick the landing page, because the new session cookie is not readable until the
 * next request.
 */
export async function findActiveSessionUserByEmail(email: string): Promise<SessionUser | null> {
  const account = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: sessionUserFields,
  });
  if (!account || account.disabledAt) return null;

  return { id: account.id, displayName: account.displayName, roles: account.roles };
}
