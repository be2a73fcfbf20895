import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";
import { attachFileSchema } from "@/lib/tickets/ticket-schemas";

/**
 * Attaches an uploaded file to a ticket with an `attachmentAdded` event of the same visibility,
 * so an internal file (an inspection photo, say) stays out of the customer's timeline.
 */
export async function attachFileToTicket(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ eventId: string; attachmentId: string }> {
  const parsed = attachFileSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, fileId, visibility, body } = parsed.data;

  return db().$transaction(async (tx) => {
    await loadTicketForUpdate(tx, actor, ticketId);

    const file = await tx.storedFile.findUnique({ where: { id: fileId }, select: { fileName: true } });
    if (!file) throw new AppError("ticket.fileNotFound", `Stored file ${fileId} not found`, 404, { field: "fileId" });

    const event = await tx.ticketEvent.create({
      data: { ticketId, kind: "attachmentAdded", visibility, authorId: actor.id, body: body ?? null, data: { fileId, fileName: file.fileName }, createdAt: at },
      select: { id: true },
    });
    const attachment = await tx.ticketAttachment.create({ data: { ticketId, eventId: event.id, fileId, visibility }, select: { id: true } });

    return { eventId: event.id, attachmentId: attachment.id };
  });
}
