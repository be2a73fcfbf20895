import "server-only";

import { db } from "@/lib/db/client";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { customerTicketScope } from "@/lib/tickets/ticket-access";
import { applyStateChangeToClock, readClockState } from "@/lib/tickets/ticket-clock";
import { invalidTicketInput, ticketInFinalState, ticketNotFound } from "@/lib/tickets/ticket-errors";
import { addCustomerMessageSchema } from "@/lib/tickets/ticket-schemas";
import { isFinalState } from "@/lib/tickets/ticket-states";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

/**
 * Adds the customer's message to their own ticket. When the ticket was waiting for the
 * customer, the message puts it back in progress and resumes the paused clock.
 */
export async function addCustomerMessage(user: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ eventId: string }> {
  const parsed = addCustomerMessageSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, body } = parsed.data;

  return db().$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { AND: [{ id: ticketId }, customerTicketScope(user)] }, select: { state: true, version: true } });
    if (!ticket) throw ticketNotFound(ticketId);
    if (isFinalState(ticket.state)) throw ticketInFinalState(ticketId, ticket.state);

    const event = await tx.ticketEvent.create({
      data: { ticketId, kind: "customerMessage", visibility: "public", authorId: user.id, body, createdAt: at },
      select: { id: true },
    });

    if (ticket.state === "waitingForCustomer") {
      await updateTicketVersion(tx, ticketId, ticket.version, { state: "inProgress" });
      await applyStateChangeToClock(tx, { ticketId, actorId: user.id, at, from: "waitingForCustomer", to: "inProgress", reason: undefined });

      const clockState = await readClockState(tx, ticketId);
      await tx.ticketEvent.create({
        data: { ticketId, kind: "stateChanged", visibility: "public", authorId: user.id, fromState: "waitingForCustomer", toState: "inProgress", clockState, createdAt: at },
      });
    }

    return { eventId: event.id };
  });
}
