/** Limits every upload form shares: the service charter asks for documents, not archives. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_SUBMISSION = 5;

/** The document kinds the portal accepts, recognised by content, never by file name. */
export const uploadKinds = ["pdf", "jpeg", "png"] as const;
export type UploadKind = (typeof uploadKinds)[number];

export const contentTypeByKind: Record<UploadKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** The `accept` attribute for a file input limited to `kinds`, a hint for the browser's picker only. */
export function acceptAttribute(kinds: readonly UploadKind[] = uploadKinds): string {
  return kinds.map((kind) => contentTypeByKind[kind]).join(",");
}
