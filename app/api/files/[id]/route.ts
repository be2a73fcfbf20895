import { notFound } from "next/navigation";
import { z } from "zod";

import { requireUser } from "@/lib/auth/policy";
import { privateDownloadHeaders } from "@/lib/http/content-disposition";
import { findReadableFile } from "@/lib/uploads/find-readable-file";

export const dynamic = "force-dynamic";

const fileIdSchema = z.uuid();

/**
 * Serves an uploaded file when a rule in `lib/uploads/file-access.ts` lets the user read it.
 * Any other file, and any id that is not a file, returns 404.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const user = await requireUser({ returnTo: `/api/files/${encodeURIComponent(id)}` });

  const fileId = fileIdSchema.safeParse(id);
  if (!fileId.success) notFound();

  const file = await findReadableFile(user, fileId.data);
  if (!file) notFound();

  return new Response(new Uint8Array(file.bytes), { headers: privateDownloadHeaders(file.contentType, file.fileName) });
}
