import { privateDownloadHeaders } from "@/lib/http/content-disposition";

/** A private PDF download, never cached by shared caches. */
export function pdfResponse(bytes: Buffer, fileName: string, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(new Uint8Array(bytes), { headers: privateDownloadHeaders("application/pdf", fileName, disposition) });
}
