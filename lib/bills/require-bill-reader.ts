import "server-only";

import { forbidden } from "next/navigation";

import { hasPermission, requireUser, type GuardOptions } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";

/** A signed-in customer who may read bills, with the person their account speaks for. */
export type BillReader = SessionUser & { personId: string | null };

/** Returns true when the user may read the bills of their own or of managed supplies. */
export function mayReadCustomerBills(user: Pick<SessionUser, "roles">): boolean {
  return hasPermission(user, "bill:read:own") || hasPermission(user, "bill:read:managed");
}

/**
 * Returns the signed-in user when they hold `bill:read:own` (holders) or `bill:read:managed`
 * (condominium administrators), with the person behind the account. Redirects to sign-in without
 * a session and renders the 403 page without either permission.
 */
export async function requireBillReader(options: GuardOptions = {}): Promise<BillReader> {
  const user = await requireUser(options);
  if (!mayReadCustomerBills(user)) forbidden();

  const account = await db().user.findUnique({ where: { id: user.id }, select: { personId: true } });
  return { ...user, personId: account?.personId ?? null };
}
