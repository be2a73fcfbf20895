import "server-only";

import { stringify } from "csv-stringify/sync";

import { neutralizeFormula, romeDayRange, romeIsoDate, utf8ByteOrderMark } from "@/lib/bonus/decision-export-format";
import { buildOutcomeFile, euroText } from "@/lib/bonus/outcome-file";
import { db } from "@/lib/db/client";

export const decisionExportColumns = [
  "riferimento",
  "fonte",
  "ufficio_caf",
  "esito",
  "codice_motivo",
  "motivo",
  "data_decisione",
  "tipo_fornitura",
  "codice_fornitura",
  "componenti",
  "inizio_agevolazione",
  "fine_agevolazione",
  "importo_annuo",
  "importo_integrativo_annuo",
] as const;

/** Rows read per query while building the file, walking the decision-date index. */
const chunkSize = 1000;

function isoDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/**
 * Builds the CSV of the decisions taken from `from` to `to` (both calendar days included, in
 * Rome time), oldest first. The file is for Excel: UTF-8 with a byte-order mark and ";" as
 * separator, and a cell that starts like a formula gets a leading apostrophe. It carries no
 * codice fiscale or name, only references and outcomes.
 */
export async function exportDecisions(from: Date, to: Date): Promise<string> {
  const { start, endExclusive } = romeDayRange(from, to);
  const lines: string[][] = [[...decisionExportColumns]];
  let cursor: Cursor | null = null;

  for (;;) {
    const rows = await loadChunk(start, endExclusive, cursor);

    for (const row of rows) {
      lines.push(toCsvRow(row).map(neutralizeFormula));
    }

    const last = rows[rows.length - 1];
    if (rows.length < chunkSize || !last?.decidedAt) break;
    cursor = { decidedAt: last.decidedAt, id: last.id };
  }

  return utf8ByteOrderMark + stringify(lines, { delimiter: ";", record_delimiter: "\n" });
}

type Cursor = { decidedAt: Date; id: string };

function loadChunk(from: Date, until: Date, after: Cursor | null) {
  return db().waterBonusApplication.findMany({
    where: {
      decidedAt: { gte: from, lt: until },
      state: { in: ["accepted", "rejected"] },
      ...(after ? { OR: [{ decidedAt: { gt: after.decidedAt } }, { decidedAt: after.decidedAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    take: chunkSize,
    select: {
      id: true,
      reference: true,
      source: true,
      state: true,
      rejectionCode: true,
      rejectionReason: true,
      decidedAt: true,
      supplyKind: true,
      memberCount: true,
      benefitStart: true,
      benefitEnd: true,
      yearlyAmountCents: true,
      supplementaryYearlyAmountCents: true,
      cafOffice: { select: { code: true } },
      supply: { select: { supplyCode: true } },
    },
  });
}

type ExportRow = Awaited<ReturnType<typeof loadChunk>>[number];

function toCsvRow(row: ExportRow): string[] {
  const accepted = row.state === "accepted";
  return [
    row.reference,
    row.source === "caf" ? "CAF" : "NAZIONALE",
    row.cafOffice?.code ?? "",
    accepted ? "ACCETTATA" : "RESPINTA",
    accepted ? "" : (row.rejectionCode ?? "OTHER"),
    accepted ? "" : (row.rejectionReason ?? ""),
    romeIsoDate(row.decidedAt),
    row.supplyKind === "direct" ? "DIRETTA" : "INDIRETTA",
    row.supply?.supplyCode ?? "",
    String(row.memberCount),
    accepted ? isoDate(row.benefitStart) : "",
    accepted ? isoDate(row.benefitEnd) : "",
    accepted ? euroText(row.yearlyAmountCents) : "",
    accepted ? euroText(row.supplementaryYearlyAmountCents) : "",
  ];
}

/** Builds the outcome file of a national batch. A batch contains at most the rows of one file, so it is read at once. */
export async function buildBatchOutcomeFile(batchId: string): Promise<{ reference: string; csv: string } | null> {
  const batch = await db().waterBonusBatch.findUnique({ where: { id: batchId }, select: { reference: true } });
  if (!batch) return null;

  const applications = await db().waterBonusApplication.findMany({
    where: { batchId },
    orderBy: { reference: "asc" },
    select: {
      reference: true,
      state: true,
      rejectionCode: true,
      rejectionReason: true,
      supplyKind: true,
      benefitStart: true,
      benefitEnd: true,
      yearlyAmountCents: true,
      supplementaryYearlyAmountCents: true,
      supply: { select: { supplyCode: true } },
    },
  });

  const csv = buildOutcomeFile(applications.map((application) => ({ ...application, supplyCode: application.supply?.supplyCode ?? null })));
  return { reference: batch.reference, csv };
}
