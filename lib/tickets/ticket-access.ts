import "server-only";

import { divisionsFor, hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Division, Prisma } from "@/lib/generated/prisma/client";
import { ticketPermissionDenied } from "@/lib/tickets/ticket-errors";

export type TicketActor = Pick<SessionUser, "id" | "roles">;

/**
 * Returns the `where` clause of the tickets a customer may see: those they opened, and those
 * about the person their account speaks for (opened for them by an operator, for example).
 * Raises `ticket.permissionDenied` without `ticket:read:own`.
 */
export function customerTicketScope(user: TicketActor): Prisma.TicketWhereInput {
  if (!hasPermission(user, "ticket:read:own")) throw ticketPermissionDenied("ticket:read:own");

  return { OR: [{ reporterId: user.id }, { requester: { is: { user: { is: { id: user.id } } } } }] };
}

/**
 * Returns the `where` clause of the tickets an operator may read or update: every ticket with
 * the `any` permission (supervisors), else those of the operator's divisions. Raises
 * `ticket.permissionDenied` when the user has neither.
 */
export function operatorTicketScope(user: TicketActor, action: "read" | "update"): Prisma.TicketWhereInput {
  if (hasPermission(user, `ticket:${action}:any`)) return {};

  if (hasPermission(user, `ticket:${action}:division`)) {
    return { division: { in: divisionsFor(user) } };
  }

  throw ticketPermissionDenied(`ticket:${action}:division`);
}

/**
 * Returns the divisions whose tickets the operator may read or update, or null for every
 * division (the `any` permission of supervisors). Raises `ticket.permissionDenied` like
 * `operatorTicketScope`. Raw SQL queries use it where a Prisma `where` does not fit.
 */
export function operatorDivisionScope(user: TicketActor, action: "read" | "update"): Division[] | null {
  if (hasPermission(user, `ticket:${action}:any`)) return null;
  if (hasPermission(user, `ticket:${action}:division`)) return divisionsFor(user);

  throw ticketPermissionDenied(`ticket:${action}:division`);
}

/** Returns true when the user may work on tickets of `division`. */
export function mayUpdateDivision(user: TicketActor, division: Division): boolean {
  if (hasPermission(user, "ticket:update:any")) return true;
  return hasPermission(user, "ticket:update:division") && divisionsFor(user).includes(division);
}

/** Returns true when the user works tickets (operators and supervisors) rather than opening their own. */
export function isTicketOperator(user: TicketActor): boolean {
  return hasPermission(user, "ticket:update:any") || hasPermission(user, "ticket:update:division");
}
