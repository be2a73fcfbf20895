import { parse } from "csv-parse/sync";

import { normalizeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { parseEuroCents } from "@/lib/requests/parse-euro-cents";

/*
 * Layout of the national batch file this portal reads. docs/bonus-batch-layout.md and the upload
 * page describe it for people; keep the three in step.
 *
 * UTF-8 text (a byte-order mark is allowed), ";" as separator, one header row with these names
 * in any order, one household per row. Extra columns are ignored.
 */
export const batchColumns = [
  "id_record",
  "cf_richiedente",
  "cognome_richiedente",
  "nome_richiedente",
  "componenti",
  "numero_componenti",
  "figli_a_carico",
  "valore_isee",
  "protocollo_dsu",
  "data_dsu",
  "indirizzo",
  "civico",
  "cap",
  "comune",
  "inizio_validita",
  "fine_validita",
  "tipo_fornitura",
  "codice_fornitura",
] as const;

export type BatchColumn = (typeof batchColumns)[number];

/** Columns that may be empty. */
const optionalColumns: readonly BatchColumn[] = ["figli_a_carico", "codice_fornitura"];

/** Maximum size of a batch file, in bytes. At an estimated 400 bytes a row that is about 5,000 households. */
export const maxBatchFileBytes = 2 * 1024 * 1024;

export type BatchMember = { fiscalCode: string; familyName: string; givenName: string };

/** One household of the batch, validated in form; the checks of its content run after the import. */
export type BatchRecord = {
  row: number;
  recordId: string;
  applicantFiscalCode: string;
  applicantFamilyName: string;
  applicantGivenName: string;
  members: BatchMember[];
  memberCount: number;
  dependentChildren: number;
  iseeCents: number;
  dsuProtocol: string;
  dsuDate: Date;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  validFrom: Date;
  validTo: Date;
  supplyKind: "direct" | "indirect";
  supplyCode: string | null;
};

/** Why a row was rejected: a catalog key under `bonus.batch.rowErrors` and its values. */
export type BatchRowError = { row: number; recordId: string | null; reason: string; values?: Record<string, string | number> };

export type ParsedBatch =
  | { ok: true; records: BatchRecord[]; errors: BatchRowError[] }
  | { ok: false; fileError: string; values?: Record<string, string | number> };

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads an ISO calendar date (YYYY-MM-DD) as UTC midnight; null when malformed or not a real date. */
export function parseIsoDate(text: string): Date | null {
  const match = isoDatePattern.exec(text);
  if (!match) return null;

  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1 ? date : null;
}

/** Reads an ISEE value in euros ("8450,50", "8.450,50" or "8450.50") as cents; null when malformed. */
export function parseEuroAmount(text: string): number | null {
  return parseEuroCents(text);
}

/** Splits the members column: "CF/Cognome/Nome" entries separated by "|". */
export function parseMembers(text: string): BatchMember[] | null {
  const members: BatchMember[] = [];

  for (const entry of text.split("|")) {
    const parts = entry.split("/").map((part) => part.trim());
    if (parts.length !== 3 || parts.some((part) => part === "")) return null;
    members.push({ fiscalCode: normalizeCodiceFiscale(parts[0]!), familyName: parts[1]!, givenName: parts[2]! });
  }

  return members;
}

type RowValues = Record<BatchColumn, string>;

function validateRow(row: number, values: RowValues): BatchRecord | BatchRowError {
  const recordId = values.id_record || null;
  const fail = (reason: string, extra?: Record<string, string | number>): BatchRowError => ({ row, recordId, reason, values: extra });

  const missing = batchColumns.filter((column) => !optionalColumns.includes(column) && values[column] === "");
  if (missing.length > 0) return fail("missingValues", { columns: missing.join(", ") });

  const applicantFiscalCode = normalizeCodiceFiscale(values.cf_richiedente);
  if (!/^[A-Z0-9]{16}$/.test(applicantFiscalCode)) return fail("applicantFiscalCodeShape");

  const members = parseMembers(values.componenti);
  if (!members) return fail("membersFormat");
  if (members.some((member) => !/^[A-Z0-9]{16}$/.test(member.fiscalCode))) return fail("memberFiscalCodeShape");

  const memberCount = Number(values.numero_componenti);
  if (!Number.isInteger(memberCount) || memberCount < 1 || memberCount > 20) return fail("memberCountInvalid");
  if (memberCount !== members.length) return fail("memberCountMismatch", { declared: memberCount, listed: members.length });

  const dependentChildren = values.figli_a_carico === "" ? 0 : Number(values.figli_a_carico);
  if (!Number.isInteger(dependentChildren) || dependentChildren < 0 || dependentChildren >= memberCount) return fail("childrenInvalid");

  const iseeCents = parseEuroAmount(values.valore_isee);
  if (iseeCents === null) return fail("iseeInvalid");

  const dsuDate = parseIsoDate(values.data_dsu);
  const validFrom = parseIsoDate(values.inizio_validita);
  const validTo = parseIsoDate(values.fine_validita);
  if (!dsuDate) return fail("dateInvalid", { column: "data_dsu" });
  if (!validFrom) return fail("dateInvalid", { column: "inizio_validita" });
  if (!validTo) return fail("dateInvalid", { column: "fine_validita" });
  if (validTo < validFrom) return fail("periodReversed");

  if (!/^\d{5}$/.test(values.cap)) return fail("postalCodeInvalid");

  const kind = values.tipo_fornitura.toUpperCase();
  if (kind !== "DIRETTA" && kind !== "INDIRETTA") return fail("supplyKindInvalid");

  return {
    row,
    recordId: values.id_record,
    applicantFiscalCode,
    applicantFamilyName: values.cognome_richiedente,
    applicantGivenName: values.nome_richiedente,
    members,
    memberCount,
    dependentChildren,
    iseeCents,
    dsuProtocol: values.protocollo_dsu,
    dsuDate,
    street: values.indirizzo,
    houseNumber: values.civico,
    postalCode: values.cap,
    city: values.comune,
    validFrom,
    validTo,
    supplyKind: kind === "DIRETTA" ? "direct" : "indirect",
    supplyCode: values.codice_fornitura === "" ? null : values.codice_fornitura.toUpperCase(),
  };
}

/** Decodes the file as UTF-8, or returns null when it is not valid UTF-8 (a Windows-1252 export, a binary file). */
function decodeUtf8(content: Buffer | string): string | null {
  if (typeof content === "string") return content;

  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

/** Returns "," or "tab" when the header line uses that separator in place of ";", otherwise null. */
function otherSeparatorOf(text: string): string | null {
  const headerLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (headerLine.includes(";")) return null;
  if (headerLine.includes(",")) return ",";
  if (headerLine.includes("\t")) return "tab";

  return null;
}

/**
 * Parses and validates a batch file. A file that cannot be read as this layout fails as a whole:
 * text that is not UTF-8, a header separated by "," or tabs, unbalanced quotes, missing columns.
 * Otherwise each row becomes a record or an error with its line number (the header is line 1).
 * A record id repeated within the file is an error on every repetition after the first.
 */
export function parseBatchFile(content: Buffer | string): ParsedBatch {
  const text = decodeUtf8(content);
  if (text === null) return { ok: false, fileError: "notUtf8" };

  const separator = otherSeparatorOf(text);
  if (separator) return { ok: false, fileError: "wrongSeparator", values: { separator } };

  let table: string[][];
  try {
    table = parse(text, { delimiter: ";", bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    return { ok: false, fileError: "unreadable", values: { detail: error instanceof Error ? error.message : String(error) } };
  }

  const header = table[0];
  if (!header || header.every((cell) => cell === "")) return { ok: false, fileError: "empty" };

  const positions = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const missingColumns = batchColumns.filter((column) => !positions.has(column));
  if (missingColumns.length > 0) return { ok: false, fileError: "missingColumns", values: { columns: missingColumns.join(", ") } };
  if (table.slice(1).every((cells) => cells.every((cell) => cell === ""))) return { ok: false, fileError: "noRows" };

  const records: BatchRecord[] = [];
  const errors: BatchRowError[] = [];
  const seenIds = new Set<string>();

  table.slice(1).forEach((cells, index) => {
    // Blank lines are kept by the parser so that row numbers stay the file's line numbers.
    // Spreadsheets also save rows of bare separators (";;;") after the data; both are skipped.
    const row = index + 2;
    if (cells.every((cell) => cell === "")) return;
    if (cells.length !== header.length) {
      errors.push({ row, recordId: null, reason: "columnCount", values: { expected: header.length, found: cells.length } });
      return;
    }

    const values = Object.fromEntries(batchColumns.map((column) => [column, cells[positions.get(column)!] ?? ""])) as RowValues;
    const result = validateRow(row, values);
    if ("reason" in result) {
      errors.push(result);
      return;
    }
    if (seenIds.has(result.recordId)) {
      errors.push({ row, recordId: result.recordId, reason: "duplicateInFile" });
      return;
    }

    seenIds.add(result.recordId);
    records.push(result);
  });

  return { ok: true, records, errors };
}
