import { createHash } from "node:crypto";

import { detectUploadKind } from "@/lib/uploads/detect-upload-kind";
import {
  MAX_FILES_PER_SUBMISSION,
  MAX_UPLOAD_BYTES,
  contentTypeByKind,
  uploadKinds,
  type UploadKind,
} from "@/lib/uploads/upload-rules";

/** A file that passed every check, held in memory until it is written. */
export type ValidUpload = {
  fileName: string;
  contentType: string;
  kind: UploadKind;
  bytes: Buffer;
  sha256: string;
};

export type UploadProblemCode = "required" | "tooMany" | "tooLarge" | "badType";

export type UploadProblem = {
  code: UploadProblemCode;
  /** The file the problem is about, when it is about one file. */
  fileName?: string;
  /** The limit that was passed: files per submission for "tooMany". */
  limit?: number;
};

export type UploadValidation = { ok: true; uploads: ValidUpload[] } | { ok: false; problem: UploadProblem };

export type UploadOptions = {
  allowed?: readonly UploadKind[];
  maxFiles?: number;
  required?: boolean;
};

/**
 * Browsers send an empty, nameless file when the input was left empty, and a form sent from
 * script may name it "undefined". An empty file carries no document either way.
 */
function isChosenFile(entry: FormDataEntryValue): entry is File {
  return typeof entry !== "string" && entry.size > 0;
}

/** Keeps a display name safe for headers and listings: no folders, no control characters, at most 120 characters. */
export function cleanFileName(name: string, kind: UploadKind): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  const fallback = `documento.${kind === "jpeg" ? "jpg" : kind}`;

  return printable === "" ? fallback : printable.slice(0, 120);
}

/**
 * Checks the files of one submission: how many, how large, and what they are by their content.
 * Stops at the first problem, so the form can say exactly which file to change.
 */
export async function validateUploads(entries: FormDataEntryValue[], options: UploadOptions = {}): Promise<UploadValidation> {
  const allowed = options.allowed ?? uploadKinds;
  const maxFiles = Math.min(options.maxFiles ?? MAX_FILES_PER_SUBMISSION, MAX_FILES_PER_SUBMISSION);
  const files = entries.filter(isChosenFile);

  if (files.length === 0) {
    return options.required ? { ok: false, problem: { code: "required" } } : { ok: true, uploads: [] };
  }
  if (files.length > maxFiles) return { ok: false, problem: { code: "tooMany", limit: maxFiles } };

  const uploads: ValidUpload[] = [];
  for (const file of files) {
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false, problem: { code: "tooLarge", fileName: file.name } };

    const bytes = Buffer.from(await file.arrayBuffer());
    const kind = await detectUploadKind(bytes);
    if (!kind || !allowed.includes(kind)) return { ok: false, problem: { code: "badType", fileName: file.name } };

    uploads.push({
      fileName: cleanFileName(file.name, kind),
      contentType: contentTypeByKind[kind],
      kind,
      bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }

  return { ok: true, uploads };
}
