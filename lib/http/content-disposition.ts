/**
 * A Content-Disposition value that keeps non-ASCII file names intact (RFC 6266 / RFC 5987):
 * an ASCII fallback for old clients plus the UTF-8 name.
 */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const asciiFallback = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "documento";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

  return `${disposition}; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** Headers every private download carries: never cached by shared caches, never sniffed. */
export function privateDownloadHeaders(contentType: string, fileName: string, disposition: "attachment" | "inline" = "attachment"): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(fileName, disposition),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
