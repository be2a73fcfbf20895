import "server-only";

import { getTranslations } from "next-intl/server";

import { MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-rules";
import type { UploadProblem } from "@/lib/uploads/validate-uploads";

/** The sentence a form shows next to its file input, in the request's language. */
export async function uploadProblemMessage(problem: UploadProblem): Promise<string> {
  const t = await getTranslations("uploads");
  const values = {
    fileName: problem.fileName ?? "",
    limit: problem.limit ?? 0,
    megabytes: MAX_UPLOAD_BYTES / (1024 * 1024),
  };

  return t(`problems.${problem.code}`, values);
}
