import "server-only";

import type { Prisma, TicketState, Division } from "@/lib/generated/prisma/client";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { ticketInFinalState, ticketNotFound } from "@/lib/tickets/ticket-errors";
import { isFinalState } from "@/lib/tickets/ticket-states";

export type TicketForUpdate = { id: string; division: Division; state: TicketState; version: number; protocol: string };

/**
 * Loads a ticket the operator may update, scoped by division in the query. Raises
 * `ticket.notFound` for a ticket of another division and `ticket.finalState` for a closed or
 * cancelled one unless `allowFinal` is set.
 */
export async function loadTicketForUpdate(
  tx: Prisma.TransactionClient,
  actor: TicketActor,
  ticketId: string,
  { allowFinal = false }: { allowFinal?: boolean } = {},
): Promise<TicketForUpdate> {
  const ticket = await tx.ticket.findFirst({
    where: { AND: [{ id: ticketId }, operatorTicketScope(actor, "update")] },
    select: { id: true, division: true, state: true, version: true, protocol: true },
  });
  if (!ticket) throw ticketNotFound(ticketId);
  if (!allowFinal && isFinalState(ticket.state)) throw ticketInFinalState(ticketId, ticket.state);

  return ticket;
}
