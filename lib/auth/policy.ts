import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";

import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { signInUrl } from "@/lib/auth/sign-in-redirects";

/*
 * The one place that decides who may do what. Pages, layouts, route handlers and server
 * actions call `requirePermission` (or `requireUser`) first, then load records scoped to the
 * user in the `where` clause and pass the result through `findOwnedOrNotFound`:
 *
 *   const user = await requirePermission("supply:read:own", { returnTo: `/sportello-online/forniture/${id}` });
 *   const supply = await findOwnedOrNotFound(
 *     db().supply.findFirst({ where: { id, holderUserId: user.id }, select: { … } }),
 *   );
 *
 * Another user's record then gets a 404, exactly like a record that does not exist, so
 * guessing ids reveals nothing. A missing permission gets a 403 through `forbidden()`.
 */

export {
  areasFor,
  divisionsFor,
  hasPermission,
  homeAreaPriority,
  homePathFor,
  permissions,
  rolePermissions,
  type Division,
  type Permission,
} from "@/lib/auth/permissions";

export type GuardOptions = {
  /** Same-origin path to come back to after sign-in, usually the current page. */
  returnTo?: string;
};

/** Returns the signed-in user, or redirects to sign-in with a `callbackUrl` back to `returnTo`. */
export async function requireUser({ returnTo }: GuardOptions = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInUrl(returnTo));

  return user;
}

/**
 * Returns the signed-in user when one of their roles grants `permission`. Redirects to sign-in
 * when no user is signed in, and renders the 403 page (`app/forbidden.tsx`) otherwise.
 */
export async function requirePermission(permission: Permission, options: GuardOptions = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (!hasPermission(user, permission)) forbidden();

  return user;
}

/**
 * Returns the record an owner-scoped lookup found, or renders the 404 page when it found
 * nothing. Scope the lookup by owner in its `where` clause; this helper adds no check itself.
 */
export async function findOwnedOrNotFound<T>(lookup: Promise<T | null | undefined>): Promise<T> {
  const record = await lookup;
  if (record === null || record === undefined) notFound();

  return record;
}
