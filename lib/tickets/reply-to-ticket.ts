import "server-only";

import { db } from "@/lib/db/client";
import { enqueueTicketNotification } from "@/lib/notifications/enqueue-ticket-notification";
import { attachStoredFiles } from "@/lib/tickets/attach-stored-files";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { applyReplyToClock, readClockState } from "@/lib/tickets/ticket-clock";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";
import { replyToTicketSchema } from "@/lib/tickets/ticket-schemas";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";
import { discardWrittenUploads, insertStoredFiles, type WrittenUploads } from "@/lib/uploads/store-uploads";

/**
 * Sends a public reply, shown in the customer's timeline, with the version the operator saw.
 * The first reply stops the clock of a reply standard (a complaint or an information request).
 * The customer gets an in-app notification and an e-mail with the reply text. Files already
 * written by `writeUploadFiles` are recorded and attached as public in the same transaction,
 * and removed from disk when it fails. Returns the event id and the new version.
 */
export async function replyToTicket(
  actor: TicketActor,
  rawInput: unknown,
  at: Date = new Date(),
  files: WrittenUploads = [],
): Promise<{ eventId: string; version: number }> {
  const parsed = replyToTicketSchema.safeParse(rawInput);
  if (!parsed.success) {
    await discardWrittenUploads(files);
    throw invalidTicketInput(parsed.error.issues);
  }
  const { ticketId, version, body } = parsed.data;

  try {
    return await db().$transaction(async (tx) => {
      await loadTicketForUpdate(tx, actor, ticketId);
      const newVersion = await updateTicketVersion(tx, ticketId, version, {});

      await applyReplyToClock(tx, { ticketId, actorId: actor.id, at });
      const clockState = await readClockState(tx, ticketId);

      const event = await tx.ticketEvent.create({
        data: { ticketId, kind: "publicReply", visibility: "public", authorId: actor.id, body, clockState, createdAt: at },
        select: { id: true },
      });

      const fileIds = await insertStoredFiles(tx, files, actor.id);
      await attachStoredFiles(tx, { ticketId, fileIds, visibility: "public", actorId: actor.id, at });

      await enqueueTicketNotification(tx, { ticketId, kind: "ticketReplied", replyBody: body });
      return { eventId: event.id, version: newVersion };
    });
  } catch (error) {
    await discardWrittenUploads(files);
    throw error;
  }
}
