import { describe, expect, it } from "vitest";

import { acceptAttribute, MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-rules";
import { cleanFileName, validateUploads } from "@/lib/uploads/validate-uploads";

const pdfBytes = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
const pngBytes = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const jpegBytes = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), Buffer.alloc(64)]);

function file(bytes: Buffer | string, name: string, type = "application/octet-stream"): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

describe("validateUploads", () => {
  it("accepts PDF, PNG and JPEG by their content and reports the detected type, not the declared one", async () => {
    const result = await validateUploads([file(pdfBytes, "verbale.bin"), file(pngBytes, "foto.png", "application/pdf"), file(jpegBytes, "contatore.jpg")]);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.uploads.map((upload) => [upload.kind, upload.contentType])).toEqual([
      ["pdf", "application/pdf"],
      ["png", "image/png"],
      ["jpeg", "image/jpeg"],
    ]);
    expect(result.uploads[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a text file renamed to .pdf", async () => {
    const result = await validateUploads([file("questo non è un PDF", "documento.pdf", "application/pdf")]);

    expect(result).toEqual({ ok: false, problem: { code: "badType", fileName: "documento.pdf" } });
  });

  it("refuses a kind the field does not allow", async () => {
    const result = await validateUploads([file(pngBytes, "foto.png")], { allowed: ["pdf"] });

    expect(result).toEqual({ ok: false, problem: { code: "badType", fileName: "foto.png" } });
  });

  it("accepts exactly 10 MB and refuses one byte more", async () => {
    const atLimit = Buffer.concat([pdfBytes, Buffer.alloc(MAX_UPLOAD_BYTES - pdfBytes.length)]);
    const overLimit = Buffer.concat([atLimit, Buffer.alloc(1)]);

    expect((await validateUploads([file(atLimit, "grande.pdf")])).ok).toBe(true);
    expect(await validateUploads([file(overLimit, "troppo.pdf")])).toEqual({ ok: false, problem: { code: "tooLarge", fileName: "troppo.pdf" } });
  });

  it("accepts five files and refuses six, and a field may lower the limit", async () => {
    const five = Array.from({ length: 5 }, (_, index) => file(pdfBytes, `doc-${index}.pdf`));

    expect((await validateUploads(five)).ok).toBe(true);
    expect(await validateUploads([...five, file(pdfBytes, "sesto.pdf")])).toEqual({ ok: false, problem: { code: "tooMany", limit: 5 } });
    expect(await validateUploads(five.slice(0, 2), { maxFiles: 1 })).toEqual({ ok: false, problem: { code: "tooMany", limit: 1 } });
  });

  it("ignores the empty entry a browser sends for an untouched input, unless a file is required", async () => {
    const untouched = [file(Buffer.alloc(0), ""), file(Buffer.alloc(0), "undefined"), "testo"];

    expect(await validateUploads(untouched)).toEqual({ ok: true, uploads: [] });
    expect(await validateUploads(untouched, { required: true })).toEqual({ ok: false, problem: { code: "required" } });
  });
});

describe("cleanFileName", () => {
  it("drops folders, quotes and control characters and names a nameless file by its kind", () => {
    expect(cleanFileName("C:\\Documenti\\carta \"identità\".pdf", "pdf")).toBe("carta identità.pdf");
    expect(cleanFileName("../../etc/passwd\u0000", "png")).toBe("passwd");
    expect(cleanFileName("   ", "jpeg")).toBe("documento.jpg");
  });
});

describe("acceptAttribute", () => {
  it("lists the MIME types of the allowed kinds", () => {
    expect(acceptAttribute(["pdf", "png"])).toBe("application/pdf,image/png");
  });
});
