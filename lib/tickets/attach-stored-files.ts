import "server-only";

import type { EventVisibility, Prisma } from "@/lib/generated/prisma/client";

export type StoredFilesAttachment = {
  ticketId: string;
  /** StoredFile ids recorded in the same transaction, for example by `insertStoredFiles`. */
  fileIds: readonly string[];
  /** Visibility of the message the files came with: internal files never reach the customer. */
  visibility: EventVisibility;
  actorId: string;
  at: Date;
};

/**
 * Attaches files sent with a reply or a note, inside the caller's transaction: one
 * `attachmentAdded` event per file, with the visibility of the message, and the attachment row
 * that the download check (`lib/uploads/file-access.ts`) reads.
 */
export async function attachStoredFiles(tx: Prisma.TransactionClient, attachment: StoredFilesAttachment): Promise<void> {
  const { ticketId, visibility, actorId, at } = attachment;

  for (const fileId of attachment.fileIds) {
    const file = await tx.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { fileName: true } });

    const event = await tx.ticketEvent.create({
      data: { ticketId, kind: "attachmentAdded", visibility, authorId: actorId, data: { fileId, fileName: file.fileName }, createdAt: at },
      select: { id: true },
    });
    await tx.ticketAttachment.create({ data: { ticketId, eventId: event.id, fileId, visibility }, select: { id: true } });
  }
}
