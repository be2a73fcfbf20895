import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

export type PracticeActor = Pick<SessionUser, "id" | "roles">;

/**
 * Returns the `where` clause of the practices a customer may read: those they submitted, those
 * naming their person as applicant, and, for a condominium administrator, those about a supply
 * they manage under a mandate in force. The practice-document rule in lib/uploads/file-access.ts
 * grants the same scope, so a document opens exactly when its practice does. Returns null when
 * the user has no customer permission on practices.
 */
export function customerPracticeScope(user: PracticeActor, personId: string | null): Prisma.PracticeWhereInput | null {
  const scopes: Prisma.PracticeWhereInput[] = [];

  if (hasPermission(user, "practice:read:own")) {
    scopes.push({ submittedById: user.id });
    if (personId) scopes.push({ applicantId: personId });
  }
  if (hasPermission(user, "practice:read:managed") && personId) {
    scopes.push({ supply: customerSupplyScope(personId) });
  }

  return scopes.length === 0 ? null : { OR: scopes };
}

/** Returns true when the user may create practices for themselves or for a managed building. */
export function mayCreatePractice(user: PracticeActor): boolean {
  return hasPermission(user, "practice:create:own") || hasPermission(user, "practice:create:managed");
}
