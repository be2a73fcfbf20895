import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { discardWrittenUploads, writeUploadFiles, type WrittenUploads } from "@/lib/uploads/upload-storage";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export { discardWrittenUploads, writeUploadFiles, type WrittenUploads } from "@/lib/uploads/upload-storage";

/** Records written files as StoredFile rows inside the caller's transaction and returns their ids in order. */
export async function insertStoredFiles(tx: Prisma.TransactionClient, written: WrittenUploads, uploadedById: string | null): Promise<string[]> {
  const ids: string[] = [];

  for (const file of written) {
    const row = await tx.storedFile.create({
      data: {
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        storageKey: file.storageKey,
        uploadedById,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }

  return ids;
}

type TransactionOptions = { maxWait?: number; timeout?: number };

/**
 * Writes the files, then runs `work` in one transaction that also records them. When the
 * transaction fails the files are removed, so a failed submission leaves neither rows nor files.
 */
export async function saveUploadsWith<T>(
  uploads: readonly ValidUpload[],
  uploadedById: string | null,
  work: (tx: Prisma.TransactionClient, fileIds: string[]) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const written = await writeUploadFiles(uploads);

  try {
    return await db().$transaction(async (tx) => {
      const fileIds = await insertStoredFiles(tx, written, uploadedById);
      return work(tx, fileIds);
    }, options);
  } catch (error) {
    await discardWrittenUploads(written);
    throw error;
  }
}
