import "server-only";

import { db } from "@/lib/db/client";

/** Returns the person an account speaks for, or null for an account linked to none. */
export async function findAccountPerson(userId: string): Promise<string | null> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { personId: true } });
  return account?.personId ?? null;
}
