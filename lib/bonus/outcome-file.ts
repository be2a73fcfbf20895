import { stringify } from "csv-stringify/sync";

/*
 * The outcome file sent back to the national system: one row per record of a batch, ";" as
 * separator, a header row, UTF-8. docs/bonus-batch-layout.md documents the columns.
 */
export const outcomeColumns = [
  "id_record",
  "esito",
  "codice_motivo",
  "motivo",
  "codice_fornitura",
  "tipo_fornitura",
  "inizio_agevolazione",
  "fine_agevolazione",
  "importo_annuo",
  "importo_integrativo_annuo",
] as const;

export type OutcomeRecord = {
  reference: string;
  state: "received" | "checking" | "awaitingCorrection" | "accepted" | "rejected";
  rejectionCode: string | null;
  rejectionReason: string | null;
  supplyCode: string | null;
  supplyKind: "direct" | "indirect";
  benefitStart: Date | null;
  benefitEnd: Date | null;
  yearlyAmountCents: number | null;
  supplementaryYearlyAmountCents: number | null;
};

/** Result codes of the esito column: a record still under review reads IN_LAVORAZIONE. */
const resultCodes: Record<OutcomeRecord["state"], string> = {
  received: "IN_LAVORAZIONE",
  checking: "IN_LAVORAZIONE",
  awaitingCorrection: "IN_LAVORAZIONE",
  accepted: "ACCETTATA",
  rejected: "RESPINTA",
};

function isoDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Writes cents as euros with a dot and two decimals ("43.80"), or "" when absent. */
export function euroText(cents: number | null): string {
  return cents === null ? "" : (cents / 100).toFixed(2);
}

/** Builds the outcome file of a batch. */
export function buildOutcomeFile(records: readonly OutcomeRecord[]): string {
  const rows = records.map((record) => [
    record.reference,
    resultCodes[record.state],
    record.state === "rejected" ? (record.rejectionCode ?? "OTHER") : "",
    record.state === "rejected" ? (record.rejectionReason ?? "") : "",
    record.supplyCode ?? "",
    record.supplyKind === "direct" ? "DIRETTA" : "INDIRETTA",
    record.state === "accepted" ? isoDate(record.benefitStart) : "",
    record.state === "accepted" ? isoDate(record.benefitEnd) : "",
    record.state === "accepted" ? euroText(record.yearlyAmountCents) : "",
    record.state === "accepted" ? euroText(record.supplementaryYearlyAmountCents) : "",
  ]);

  return stringify([[...outcomeColumns], ...rows], { delimiter: ";", record_delimiter: "\n" });
}
