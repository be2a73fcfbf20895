import { describe, expect, it } from "vitest";

import { batchColumns, parseBatchFile } from "@/lib/bonus/batch-file-layout";

const header = batchColumns.join(";");
const applicant = "RSSMRA45D25F205N";
const good = `SII-1;${applicant};Rossì;Mario;${applicant}/Rossì/Mario;1;;"8.450,00";DSU-1;2026-01-20;V.le Monza;12/A;20127;Milano;2026-01-01;2026-12-31;diretta;`;

describe("parseBatchFile encoding and separators", () => {
  it("rejects a Windows-1252 file", () => {
    const result = parseBatchFile(Buffer.from(`${header}\n${good}\n`, "latin1"));

    expect(result).toEqual({ ok: false, fileError: "notUtf8" });
  });

  it("reads the same text saved as UTF-8 with a BOM", () => {
    const result = parseBatchFile(Buffer.from(`\uFEFF${header}\r\n${good}\r\n`, "utf8"));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.applicantFamilyName).toBe("Rossì");
  });

  it("rejects a binary file", () => {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff])]);

    expect(parseBatchFile(pdf)).toEqual({ ok: false, fileError: "notUtf8" });
  });

  it("names a comma separator", () => {
    const commaRow = good.replaceAll(";", ",").replace('"8.450,00"', '"8450,00"');
    const result = parseBatchFile(`${batchColumns.join(",")}\n${commaRow}\n`);

    expect(result).toEqual({ ok: false, fileError: "wrongSeparator", values: { separator: "," } });
  });

  it("names a tab separator", () => {
    const result = parseBatchFile(`\uFEFF${batchColumns.join("\t")}\n${good.replaceAll(";", "\t")}\n`);

    expect(result).toEqual({ ok: false, fileError: "wrongSeparator", values: { separator: "tab" } });
  });

  it("skips rows of bare separators", () => {
    const bare = ";".repeat(batchColumns.length - 1);
    const result = parseBatchFile(`${header}\n${good}\n${bare}\n${bare}\n`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(1);
  });

  it("rejects a header with only bare rows", () => {
    const bare = ";".repeat(batchColumns.length - 1);

    expect(parseBatchFile(`${header}\n${bare}\n`)).toEqual({ ok: false, fileError: "noRows" });
  });

  it("keeps a quoted value with separators inside", () => {
    const quoted = good.replace("V.le Monza", '"V.le Monza; scala B"');
    const result = parseBatchFile(`${header}\n${quoted}\n`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records[0]?.street).toBe("V.le Monza; scala B");
  });
});
