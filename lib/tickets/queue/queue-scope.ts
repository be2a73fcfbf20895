import "server-only";

import { divisionsFor, hasPermission } from "@/lib/auth/permissions";
import type { Division, Prisma } from "@/lib/generated/prisma/client";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { finalStates } from "@/lib/tickets/ticket-states";

/** Divisions whose tickets the user's queue lists: both for a supervisor, else the operator's own. */
export function queueDivisionsOf(user: TicketActor): Division[] {
  if (hasPermission(user, "ticket:read:any")) return ["sii", "casa"];
  return divisionsFor(user);
}

/** Tickets still to be worked: every state except closed and cancelled. */
export const openTicketWhere: Prisma.TicketWhereInput = { state: { notIn: [...finalStates] } };
