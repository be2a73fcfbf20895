import "server-only";

import { forbidden } from "next/navigation";

import { requirePermission } from "@/lib/auth/policy";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";

export type CafOperator = SessionUser & { cafOfficeId: string; cafOfficeCode: string; cafOfficeName: string };

/** Loads the CAF office of an account; null for an account tied to none or to an inactive office. */
export async function findCafOffice(userId: string): Promise<{ id: string; code: string; name: string } | null> {
  const account = await db().user.findUnique({
    where: { id: userId },
    select: { cafOffice: { select: { id: true, code: true, name: true, active: true } } },
  });
  const office = account?.cafOffice;

  return office?.active ? { id: office.id, code: office.code, name: office.name } : null;
}

/**
 * Returns the signed-in CAF operator with their office. An operator whose account is tied to no
 * active CAF office gets the 403 page, because every application belongs to an office.
 */
export async function requireCafOperator(permission: Permission, returnTo: string): Promise<CafOperator> {
  const user = await requirePermission(permission, { returnTo });
  const office = await findCafOffice(user.id);
  if (!office) forbidden();

  return { ...user, cafOfficeId: office.id, cafOfficeCode: office.code, cafOfficeName: office.name };
}
