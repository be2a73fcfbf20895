import "server-only";

import { db } from "@/lib/db/client";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";
import { addInternalNoteSchema } from "@/lib/tickets/ticket-schemas";

/**
 * Adds a note for staff only: the customer's timeline query filters internal events out. A
 * note changes nothing on the ticket, so it takes no version and never conflicts. Closed and
 * cancelled tickets still take notes, for example to record a later phone call.
 */
export async function addInternalNote(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ eventId: string }> {
  const parsed = addInternalNoteSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, body } = parsed.data;

  return db().$transaction(async (tx) => {
    await loadTicketForUpdate(tx, actor, ticketId, { allowFinal: true });

    const event = await tx.ticketEvent.create({
      data: { ticketId, kind: "internalNote", visibility: "internal", authorId: actor.id, body, createdAt: at },
      select: { id: true },
    });
    return { eventId: event.id };
  });
}
