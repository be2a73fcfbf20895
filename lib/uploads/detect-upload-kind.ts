import { fileTypeFromBuffer } from "file-type";

import { uploadKinds, type UploadKind } from "@/lib/uploads/upload-rules";

const kindByMime: Record<string, UploadKind> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpeg",
  "image/png": "png",
};

/** Reads the file's signature (magic bytes) and returns its kind when it is one the portal accepts. */
export async function detectUploadKind(bytes: Uint8Array): Promise<UploadKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;

  const kind = kindByMime[detected.mime];
  return kind && uploadKinds.includes(kind) ? kind : null;
}
