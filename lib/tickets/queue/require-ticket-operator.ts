import "server-only";

import { forbidden } from "next/navigation";

import { hasPermission, requireUser } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Returns the signed-in user when they may read (or update) tickets in the back office: an
 * operator for their division, or a supervisor for any. Redirects to sign-in without a session
 * and renders the 403 page otherwise. Division scoping then happens in each query.
 */
export async function requireTicketOperator(action: "read" | "update", returnTo: string): Promise<SessionUser> {
  const user = await requireUser({ returnTo });
  if (!hasPermission(user, `ticket:${action}:division`) && !hasPermission(user, `ticket:${action}:any`)) forbidden();

  return user;
}
