import "server-only";

import { db } from "@/lib/db/client";
import { customerTicketScope, operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { ticketNotFound } from "@/lib/tickets/ticket-errors";
import { toCustomerTicketView, toOperatorTicketView, ticketViewSelect, type OperatorTicketView, type TicketView } from "@/lib/tickets/ticket-view";

/** Returns one of the customer's own tickets. Another customer's ticket raises `ticket.notFound`, like a missing one. */
export async function getTicketForCustomer(user: TicketActor, ticketId: string): Promise<TicketView> {
  const row = await db().ticket.findFirst({ where: { AND: [{ id: ticketId }, customerTicketScope(user)] }, select: ticketViewSelect });
  if (!row) throw ticketNotFound(ticketId);

  return toCustomerTicketView(row);
}

/**
 * Returns a ticket of the operator's divisions, or of any division for a supervisor. A ticket
 * of another division raises `ticket.notFound`, like a missing one.
 */
export async function getTicketForOperator(user: TicketActor, ticketId: string): Promise<OperatorTicketView> {
  const row = await db().ticket.findFirst({ where: { AND: [{ id: ticketId }, operatorTicketScope(user, "read")] }, select: ticketViewSelect });
  if (!row) throw ticketNotFound(ticketId);

  return toOperatorTicketView(row);
}
