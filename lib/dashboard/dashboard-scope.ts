import { divisionsFor, hasPermission, type Division } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

export const allDivisions: readonly Division[] = ["sii", "casa"];

/**
 * Returns the divisions whose figures the dashboard shows the user. Users who read every
 * ticket (supervisors) get both, and so do users without an operating division (admins, who
 * read only aggregates). A user whose roles tie them to divisions gets only those.
 */
export function dashboardDivisionsFor(user: Pick<SessionUser, "roles">): Division[] {
  if (hasPermission(user, "ticket:read:any")) return [...allDivisions];

  const divisions = divisionsFor(user);
  return divisions.length > 0 ? divisions : [...allDivisions];
}
