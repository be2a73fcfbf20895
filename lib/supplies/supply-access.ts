import "server-only";

import { forbidden } from "next/navigation";

import { hasPermission, requireUser } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";

/** A customer who may open supplies, with the person their account speaks for (null for an account without one). */
export type SupplyReader = { user: SessionUser; personId: string | null };

/**
 * Returns the signed-in customer when they hold supplies or manage them under a mandate, and
 * renders the 403 page otherwise. Scope every supply lookup with `customerSupplyScope(personId)`.
 */
export async function requireSupplyReader(returnTo: string): Promise<SupplyReader> {
  const user = await requireUser({ returnTo });
  if (!hasPermission(user, "supply:read:own") && !hasPermission(user, "supply:read:managed")) forbidden();

  return { user, personId: await personIdOf(user.id) };
}

/** Returns the person an account speaks for, or null for staff and unlinked accounts. */
export async function personIdOf(userId: string): Promise<string | null> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { personId: true } });
  return account?.personId ?? null;
}
