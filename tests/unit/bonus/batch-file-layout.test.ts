import { describe, expect, it } from "vitest";

import { batchColumns, parseBatchFile, parseEuroAmount, parseIsoDate } from "@/lib/bonus/batch-file-layout";
import { buildOutcomeFile } from "@/lib/bonus/outcome-file";

const header = batchColumns.join(";");
const applicant = "RSSMRA45D25F205N";
const good = `SII-1;${applicant};Rossi;Mario;${applicant}/Rossi/Mario;1;;8.450,00;DSU-1;2026-01-20;V.le Monza;12/A;20127;Milano;2026-01-01;2026-12-31;diretta;`;

describe("parseBatchFile", () => {
  it("reads a valid row", () => {
    const result = parseBatchFile(`\uFEFF${header}\n${good}\n`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ row: 2, recordId: "SII-1", iseeCents: 845_000, dependentChildren: 0, supplyKind: "direct", supplyCode: null, postalCode: "20127" });
  });

  it("accepts the columns in any order", () => {
    const reversed = [...batchColumns].reverse();
    const values = good.split(";").reverse().join(";");
    const result = parseBatchFile(`${reversed.join(";")}\n${values}`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records[0]?.recordId).toBe("SII-1");
  });

  it("numbers rows by file line", () => {
    const bad = good.replace("8.450,00", "tanto").replace("SII-1", "SII-2");
    const result = parseBatchFile(`${header}\n${good}\n\n${bad}`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.errors).toEqual([{ row: 4, recordId: "SII-2", reason: "iseeInvalid", values: undefined }]);
  });

  it.each([
    ["memberCountMismatch", good.replace(";1;;", ";2;;")],
    ["dateInvalid", good.replace("2026-01-20", "2026-02-30")],
    ["periodReversed", good.replace("2026-12-31", "2025-12-31")],
    ["postalCodeInvalid", good.replace("20127", "2012")],
    ["supplyKindInvalid", good.replace("diretta", "mista")],
    ["membersFormat", good.replace(`${applicant}/Rossi/Mario`, `${applicant} Rossi Mario`)],
    ["missingValues", good.replace("DSU-1", "")],
  ])("rejects a row with %s", (reason, row) => {
    const result = parseBatchFile(`${header}\n${row}`);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.errors.map((error) => error.reason)).toEqual([reason]);
    expect(result.records).toEqual([]);
  });

  it("rejects a repeated record id", () => {
    const result = parseBatchFile(`${header}\n${good}\n${good}`);

    expect(result.ok && result.errors.map((error) => [error.row, error.reason])).toEqual([[3, "duplicateInFile"]]);
  });

  it("rejects a file without required columns", () => {
    const result = parseBatchFile("id_record;cap\nSII-1;20127");

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileError).toBe("missingColumns");
  });

  it("rejects a header-only file", () => {
    const result = parseBatchFile(`${header}\n`);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileError).toBe("noRows");
  });
});

describe("value parsers", () => {
  it.each([
    ["8450,00", 845_000],
    ["8.450,00", 845_000],
    ["8450.5", 845_050],
    ["8450", 845_000],
    ["8,450.00", null],
    ["-1", null],
  ])("reads %s euros", (text, cents) => {
    expect(parseEuroAmount(text)).toBe(cents);
  });

  it("rejects a date that does not exist", () => {
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(parseIsoDate("2028-02-29")).toEqual(new Date(Date.UTC(2028, 1, 29)));
  });
});

describe("buildOutcomeFile", () => {
  it("writes result, reason and amounts", () => {
    const csv = buildOutcomeFile([
      { reference: "A", state: "accepted", rejectionCode: null, rejectionReason: null, supplyCode: "1234567890", supplyKind: "direct", benefitStart: new Date(Date.UTC(2026, 0, 1)), benefitEnd: new Date(Date.UTC(2026, 11, 31)), yearlyAmountCents: 4380, supplementaryYearlyAmountCents: 4500 },
      { reference: "B", state: "rejected", rejectionCode: "ISEE_OVER_THRESHOLD", rejectionReason: "ISEE 10.000 €; soglia 9.796 €", supplyCode: null, supplyKind: "indirect", benefitStart: null, benefitEnd: null, yearlyAmountCents: null, supplementaryYearlyAmountCents: null },
      { reference: "C", state: "checking", rejectionCode: null, rejectionReason: null, supplyCode: null, supplyKind: "direct", benefitStart: null, benefitEnd: null, yearlyAmountCents: null, supplementaryYearlyAmountCents: null },
    ]);

    expect(csv.split("\n")).toEqual([
      "id_record;esito;codice_motivo;motivo;codice_fornitura;tipo_fornitura;inizio_agevolazione;fine_agevolazione;importo_annuo;importo_integrativo_annuo",
      "A;ACCETTATA;;;1234567890;DIRETTA;2026-01-01;2026-12-31;43.80;45.00",
      'B;RESPINTA;ISEE_OVER_THRESHOLD;"ISEE 10.000 €; soglia 9.796 €";;INDIRETTA;;;;',
      "C;IN_LAVORAZIONE;;;;DIRETTA;;;;",
      "",
    ]);
  });
});
