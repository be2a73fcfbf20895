import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attachStoredFiles } from "@/lib/tickets/attach-stored-files";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";
import { addInternalNoteSchema } from "@/lib/tickets/ticket-schemas";
import { discardWrittenUploads, insertStoredFiles, type WrittenUploads } from "@/lib/uploads/store-uploads";

/**
 * Returns the note a submit of the same form view already stored. Locks the ticket's row first,
 * so a second submit waits for the first one's transaction and then finds its note.
 */
async function findNoteOfFormView(tx: Prisma.TransactionClient, ticketId: string, idempotencyKey: string): Promise<{ eventId: string } | null> {
  await tx.$queryRaw`SELECT id FROM "Ticket" WHERE id = ${ticketId}::uuid FOR UPDATE`;

  const event = await tx.ticketEvent.findFirst({
    where: { ticketId, kind: "internalNote", data: { path: ["idempotencyKey"], equals: idempotencyKey } },
    select: { id: true },
  });
  return event ? { eventId: event.id } : null;
}

/**
 * Adds a note for staff only: the customer's timeline query filters internal events out. A
 * note changes nothing on the ticket, so it takes no version and never conflicts. The key of
 * its form view makes a double submit store it once. Closed and
 * cancelled tickets still take notes, for example to record a later phone call. Files written
 * by `writeUploadFiles` are attached as internal, so the customer can neither list nor
 * download them, and are removed from disk when the transaction fails.
 */
export async function addInternalNote(actor: TicketActor, rawInput: unknown, at: Date = new Date(), files: WrittenUploads = []): Promise<{ eventId: string }> {
  const parsed = addInternalNoteSchema.safeParse(rawInput);
  if (!parsed.success) {
    await discardWrittenUploads(files);
    throw invalidTicketInput(parsed.error.issues);
  }
  const { ticketId, body, idempotencyKey } = parsed.data;

  try {
    return await db().$transaction(async (tx) => {
      await loadTicketForUpdate(tx, actor, ticketId, { allowFinal: true });

      const stored = idempotencyKey ? await findNoteOfFormView(tx, ticketId, idempotencyKey) : null;
      if (stored) {
        await discardWrittenUploads(files);
        return stored;
      }

      const event = await tx.ticketEvent.create({
        data: { ticketId, kind: "internalNote", visibility: "internal", authorId: actor.id, body, data: idempotencyKey ? { idempotencyKey } : undefined, createdAt: at },
        select: { id: true },
      });

      const fileIds = await insertStoredFiles(tx, files, actor.id);
      await attachStoredFiles(tx, { ticketId, fileIds, visibility: "internal", actorId: actor.id, at });

      return { eventId: event.id };
    });
  } catch (error) {
    await discardWrittenUploads(files);
    throw error;
  }
}
