import "server-only";

import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import type { ValidUpload } from "@/lib/uploads/validate-uploads";

/**
 * Folder that holds uploaded files, outside the web root: `UPLOAD_DIR`, or `.data/uploads`
 * under the working directory. Files are named by a random key, never by the user's file name.
 */
export function uploadRoot(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? path.join(".data", "uploads"));
}

/** Keys are `<year>/<month>/<uuid>`: random, and spread over folders so none grows huge. */
function newStorageKey(now: Date): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

function pathForKey(storageKey: string): string {
  const root = uploadRoot();
  const resolved = path.resolve(root, storageKey);
  if (!resolved.startsWith(root + path.sep)) throw new Error("Storage key points outside the upload folder");

  return resolved;
}

export type WrittenUpload = ValidUpload & { storageKey: string };

/** Files written to disk and not yet recorded: insert them with `insertStoredFiles` or remove them with `discardWrittenUploads`. */
export type WrittenUploads = readonly WrittenUpload[];

/**
 * Writes each file under a new random key. A file is written beside its final name and then
 * renamed, so a crash never leaves a truncated file under a key the database could point to.
 */
export async function writeUploadFiles(uploads: readonly ValidUpload[], now: Date = new Date()): Promise<WrittenUploads> {
  const written: WrittenUpload[] = [];

  try {
    for (const upload of uploads) {
      const storageKey = newStorageKey(now);
      const target = pathForKey(storageKey);

      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(`${target}.partial`, upload.bytes, { flag: "wx" });
      await rename(`${target}.partial`, target);
      written.push({ ...upload, storageKey });
    }
  } catch (error) {
    await discardWrittenUploads(written);
    throw error;
  }

  return written;
}

/** Removes files whose database rows were never committed. Missing files are ignored. */
export async function discardWrittenUploads(written: WrittenUploads): Promise<void> {
  await Promise.all(
    written.map(async ({ storageKey }) => {
      const target = pathForKey(storageKey);
      await rm(target, { force: true });
      await rm(`${target}.partial`, { force: true });
    }),
  );
}

/** Reads a stored file's bytes: from the database for small legacy rows, else from the upload folder. */
export async function readStoredBytes(file: { content: Uint8Array | null; storageKey: string | null }): Promise<Buffer> {
  if (file.content) return Buffer.from(file.content);
  if (!file.storageKey) throw new Error("Stored file has neither content nor a storage key");

  return readFile(pathForKey(file.storageKey));
}
