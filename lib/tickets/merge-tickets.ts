import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { enqueueTicketNotification } from "@/lib/notifications/enqueue-ticket-notification";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { cancelClock, readClockState } from "@/lib/tickets/ticket-clock";
import { invalidTicketInput, ticketConflict } from "@/lib/tickets/ticket-errors";
import { mergeTicketsSchema } from "@/lib/tickets/ticket-schemas";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

/** Locks both tickets' rows in id order, so two merges of the same pair in opposite directions cannot deadlock. */
async function lockTickets(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  for (const id of [...ids].sort()) {
    await tx.$queryRaw`SELECT "id" FROM "Ticket" WHERE "id" = ${id}::uuid FOR UPDATE`;
  }
}

/**
 * Merges a duplicate into the ticket that stays open (the survivor), with the version of the
 * duplicate the operator saw. The duplicate points to the survivor, is closed, its clock stops
 * counting, and its timeline shows the customer the survivor's protocol in a public `merged`
 * event. The survivor gets an internal `merged` event naming the duplicate. Both tickets must
 * be open and of the same division. The duplicate's customer is told in the app and by e-mail.
 */
export async function mergeTickets(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ version: number }> {
  const parsed = mergeTicketsSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, version, survivorId } = parsed.data;

  if (ticketId === survivorId) throw new AppError("ticket.mergeNotAllowed", "A ticket cannot be merged into itself", 422);

  const result = await db().$transaction(async (tx) => {
    await lockTickets(tx, [ticketId, survivorId]);

    const duplicate = await loadTicketForUpdate(tx, actor, ticketId, { allowFinal: true });
    if (duplicate.version !== version) throw ticketConflict(ticketId, duplicate);
    const survivor = await loadTicketForUpdate(tx, actor, survivorId, { allowFinal: true });

    if (duplicate.state === "closed" || duplicate.state === "cancelled" || survivor.state === "closed" || survivor.state === "cancelled") {
      throw new AppError("ticket.mergeNotAllowed", "Only open tickets can be merged", 422, { state: duplicate.state, survivorState: survivor.state });
    }
    if (duplicate.division !== survivor.division) {
      throw new AppError("ticket.mergeNotAllowed", "Tickets of different divisions cannot be merged", 422);
    }

    const newVersion = await updateTicketVersion(tx, ticketId, version, { state: "closed", closedAt: at, mergedIntoId: survivorId });
    await cancelClock(tx, { ticketId, actorId: actor.id, at });
    const clockState = await readClockState(tx, ticketId);

    await tx.ticketEvent.create({
      data: {
        ticketId,
        kind: "merged",
        visibility: "public",
        authorId: actor.id,
        fromState: duplicate.state,
        toState: "closed",
        clockState,
        data: { survivorId, survivorProtocol: survivor.protocol },
        createdAt: at,
      },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: survivorId,
        kind: "merged",
        visibility: "internal",
        authorId: actor.id,
        data: { mergedTicketId: ticketId, mergedProtocol: duplicate.protocol },
        createdAt: at,
      },
    });

    await enqueueTicketNotification(tx, { ticketId, kind: "ticketMerged", survivorProtocol: survivor.protocol });

    return { version: newVersion, duplicate: duplicate.protocol, survivor: survivor.protocol };
  });

  logger.info({ ticketId, survivorId, actorId: actor.id }, "ticket merged into survivor");
  return { version: result.version };
}
