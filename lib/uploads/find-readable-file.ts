import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { readableFileScope } from "@/lib/uploads/file-access";
import { readStoredBytes } from "@/lib/uploads/upload-storage";

export type ReadableFile = { fileName: string; contentType: string; bytes: Buffer };

/** Returns the file with its bytes when `user` may read it, or null, which the route turns into a 404. */
export async function findReadableFile(user: SessionUser, fileId: string): Promise<ReadableFile | null> {
  const account = await db().user.findUnique({ where: { id: user.id }, select: { personId: true } });

  const file = await db().storedFile.findFirst({
    where: { AND: [{ id: fileId }, readableFileScope(user, account?.personId ?? null)] },
    select: { fileName: true, contentType: true, content: true, storageKey: true },
  });
  if (!file) return null;

  return { fileName: file.fileName, contentType: file.contentType, bytes: await readStoredBytes(file) };
}
