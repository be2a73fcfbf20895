import "server-only";

import { db } from "@/lib/db/client";

/** Returns the id of the person the account speaks for, or null for an account without one (most staff, caretakers). */
export async function findAccountPersonId(userId: string): Promise<string | null> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { personId: true } });
  return account?.personId ?? null;
}
