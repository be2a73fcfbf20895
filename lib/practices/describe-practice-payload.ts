import { formatIban } from "@/lib/identifiers/iban";
import { isOnlinePracticeKind } from "@/lib/practices/practice-kinds";
import { practiceFields } from "@/lib/practices/practice-schemas";

/** Payload fields whose stored value is an option code to translate. */
const optionGroups: Readonly<Record<string, "services" | "useType" | "occupancyTitle">> = {
  services: "services",
  useType: "useType",
  occupancyTitle: "occupancyTitle",
};

const dateFields = new Set(["startDate", "readingDate", "terminationDate"]);
const consentFields = new Set(["mandateConsent", "paperlessConsent"]);

/** Words the description needs, in the reader's language. */
export type PayloadWording = {
  fieldLabel: (field: string) => string;
  optionLabel: (group: "services" | "useType" | "occupancyTitle", value: string) => string;
  yes: string;
  empty: string;
  formatDate: (isoDate: string) => string;
};

/**
 * Turns a stored practice payload into label and value pairs in form order, for the detail
 * pages and the PDF receipt. Fields left blank show `wording.empty`. A payload of a kind without
 * an online form is listed key by key as stored.
 */
export function describePracticePayload(kind: string, payload: Record<string, unknown>, wording: PayloadWording): [string, string][] {
  const fields = isOnlinePracticeKind(kind) ? practiceFields[kind] : Object.keys(payload);

  return fields.map((field) => {
    const raw = payload[field];
    const text = raw === null || raw === undefined ? "" : String(raw);
    return [isOnlinePracticeKind(kind) ? wording.fieldLabel(field) : field, describeValue(field, text, wording)];
  });
}

function describeValue(field: string, text: string, wording: PayloadWording): string {
  if (text === "") return wording.empty;

  const group = optionGroups[field];
  if (group) return wording.optionLabel(group, text);
  if (dateFields.has(field)) return wording.formatDate(text);
  if (consentFields.has(field)) return wording.yes;
  if (field === "iban") return formatIban(text);
  if (field === "finalReading") return `${text} m³`;
  return text;
}
