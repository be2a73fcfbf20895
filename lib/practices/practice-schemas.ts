import { z } from "zod";

import { addDays } from "@/lib/charter/plain-date";
import {
  cadastralField,
  consentField,
  dateField,
  emailField,
  fiscalCodeField,
  householdSizeField,
  houseNumberField,
  housingUnitsField,
  idempotencyKeyField,
  italianIbanField,
  italianPostalCodeField,
  meterReadingField,
  milanPostalCodeField,
  occupancyTitleField,
  optionalPhoneField,
  optionalText,
  requiredText,
  streetField,
  supplyCodeField,
  useTypeField,
} from "@/lib/practices/practice-fields";
import type { OnlinePracticeKind } from "@/lib/practices/practice-kinds";

// Every `error` below is a key under `practices.fieldErrors` in the message catalogs. Object-level
// checks run with `when: () => true`, so they report even when another field failed and the form
// shows every error in one round. They then see raw values, so each one checks the type first.

/** Latest date a customer may ask for a termination or a subentro to take effect: one year ahead. */
export const maxDaysAhead = 365;

/** Oldest final reading accepted for a voltura or a termination: 30 days, so the figure is recent enough to close the account. */
export const maxReadingAgeDays = 30;

const always = () => true;

const identityFields = {
  givenName: requiredText("givenNameRequired", 100),
  familyName: requiredText("familyNameRequired", 100),
  fiscalCode: fiscalCodeField,
  email: emailField,
  phone: optionalPhoneField,
};

const cadastralFields = {
  foglio: cadastralField("foglio"),
  particella: cadastralField("particella"),
  subalterno: cadastralField("subalterno"),
  occupancyTitle: occupancyTitleField,
};

const finalReadingFields = {
  finalReading: meterReadingField,
  readingDate: dateField("readingDateRequired"),
};

const notes = optionalText(2000);

function isText(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/** A resident household must say how many people live there, because the subsidised consumption band depends on it. */
function hasHouseholdSizeWhenResident(data: { useType?: unknown; householdSize?: unknown }): boolean {
  return data.useType !== "domesticResident" || (data.householdSize !== null && data.householdSize !== "" && data.householdSize !== undefined);
}

function notInFuture(value: unknown, today: string): boolean {
  return !isText(value) || value <= today;
}

function notOlderThan(value: unknown, today: string, days: number): boolean {
  return !isText(value) || value >= addDays(today, -days);
}

function notBefore(value: unknown, today: string): boolean {
  return !isText(value) || value >= today;
}

function notAfter(value: unknown, today: string, days: number): boolean {
  return !isText(value) || value <= addDays(today, days);
}

/** Allacciamento: a new water or sewer connection for a property that has none. */
export function connectionSchema() {
  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      ...identityFields,
      services: z.enum(["water", "sewer", "waterAndSewer"], { error: "servicesRequired" }),
      useType: useTypeField,
      housingUnits: housingUnitsField,
      householdSize: householdSizeField,
      street: streetField,
      houseNumber: houseNumberField,
      postalCode: milanPostalCodeField,
      ...cadastralFields,
      notes,
    })
    .refine(hasHouseholdSizeWhenResident, { path: ["householdSize"], error: "householdSizeRequired", when: always });
}

/** Subentro: reopening a closed supply in the applicant's name, from a requested date. */
export function subentroSchema(today: string) {
  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      ...identityFields,
      supplyCode: supplyCodeField,
      useType: useTypeField,
      householdSize: householdSizeField,
      ...cadastralFields,
      startDate: dateField("startDateRequired"),
      notes,
    })
    .refine(hasHouseholdSizeWhenResident, { path: ["householdSize"], error: "householdSizeRequired", when: always })
    .refine((data) => notBefore(data.startDate, today), { path: ["startDate"], error: "dateInPast", when: always })
    .refine((data) => notAfter(data.startDate, today, maxDaysAhead), { path: ["startDate"], error: "dateTooFar", when: always });
}

/** Voltura: transferring an active supply from the previous holder to the applicant, with the meter figures on the day. */
export function volturaSchema(today: string) {
  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      ...identityFields,
      supplyCode: supplyCodeField,
      previousHolderName: requiredText("previousHolderNameRequired", 200),
      previousHolderFiscalCode: fiscalCodeField,
      useType: useTypeField,
      householdSize: householdSizeField,
      ...cadastralFields,
      ...finalReadingFields,
      notes,
    })
    .refine(hasHouseholdSizeWhenResident, { path: ["householdSize"], error: "householdSizeRequired", when: always })
    .refine((data) => notInFuture(data.readingDate, today), { path: ["readingDate"], error: "readingDateInFuture", when: always })
    .refine((data) => notOlderThan(data.readingDate, today, maxReadingAgeDays), { path: ["readingDate"], error: "readingDateTooOld", when: always })
    .refine((data) => !isText(data.fiscalCode) || !isText(data.previousHolderFiscalCode) || data.fiscalCode !== data.previousHolderFiscalCode, {
      path: ["previousHolderFiscalCode"],
      error: "sameHolder",
      when: always,
    });
}

/** Cessazione: closing a supply on a requested date, with the final reading and where to send the last bill. */
export function terminationSchema(today: string) {
  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      ...identityFields,
      supplyCode: supplyCodeField,
      ...finalReadingFields,
      terminationDate: dateField("terminationDateRequired"),
      billingStreet: streetField,
      billingHouseNumber: houseNumberField,
      billingPostalCode: italianPostalCodeField,
      billingCity: requiredText("cityRequired", 100),
      notes,
    })
    .refine((data) => notInFuture(data.readingDate, today), { path: ["readingDate"], error: "readingDateInFuture", when: always })
    .refine((data) => notOlderThan(data.readingDate, today, maxReadingAgeDays), { path: ["readingDate"], error: "readingDateTooOld", when: always })
    .refine((data) => notBefore(data.terminationDate, today), { path: ["terminationDate"], error: "dateInPast", when: always })
    .refine((data) => notAfter(data.terminationDate, today, maxDaysAhead), { path: ["terminationDate"], error: "dateTooFar", when: always });
}

const addressParts = ["billingStreet", "billingHouseNumber", "billingPostalCode", "billingCity"] as const;

type ContactChangeDraft = Partial<Record<(typeof addressParts)[number] | "contactEmail" | "contactPhone", unknown>>;

function addressStarted(data: ContactChangeDraft): boolean {
  return addressParts.some((part) => isText(data[part]) && data[part].trim() !== "");
}

/**
 * Variazione recapiti: a new billing address, contact e-mail or phone for a supply. Every field
 * is optional on its own, but at least one change is needed, and an address comes whole.
 */
export function contactChangeSchema() {
  const optionalAddressPart = (schema: z.ZodType<string>) => z.union([z.literal(""), schema]);

  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      supplyCode: supplyCodeField,
      billingStreet: z.string().trim().max(150, { error: "textTooLong" }),
      billingHouseNumber: optionalAddressPart(houseNumberField),
      billingPostalCode: optionalAddressPart(italianPostalCodeField),
      billingCity: z.string().trim().max(100, { error: "textTooLong" }),
      contactEmail: z.union([z.literal(""), emailField]),
      contactPhone: optionalPhoneField,
      notes,
    })
    .refine(
      (data: ContactChangeDraft) => addressStarted(data) || isText(data.contactEmail) || (isText(data.contactPhone) && data.contactPhone.trim() !== ""),
      { path: ["billingStreet"], error: "noChange", when: always },
    )
    .refine((data: ContactChangeDraft) => !addressStarted(data) || isText(data.billingStreet), { path: ["billingStreet"], error: "streetRequired", when: always })
    .refine((data: ContactChangeDraft) => !addressStarted(data) || isText(data.billingHouseNumber), { path: ["billingHouseNumber"], error: "houseNumberRequired", when: always })
    .refine((data: ContactChangeDraft) => !addressStarted(data) || isText(data.billingPostalCode), { path: ["billingPostalCode"], error: "postalCodeRequired", when: always })
    .refine((data: ContactChangeDraft) => !addressStarted(data) || isText(data.billingCity), { path: ["billingCity"], error: "cityRequired", when: always });
}

/** Domiciliazione SEPA: bills paid by SEPA direct debit from an Italian account. */
export function sepaMandateSchema() {
  return z.object({
    idempotencyKey: idempotencyKeyField,
    supplyCode: supplyCodeField,
    accountHolderName: requiredText("accountHolderNameRequired", 200),
    accountHolderFiscalCode: fiscalCodeField,
    iban: italianIbanField,
    mandateConsent: consentField("mandateConsentRequired"),
  });
}

/** Bolletta via e-mail: bills sent to an e-mail address instead of paper. */
export function eBillingSchema() {
  return z
    .object({
      idempotencyKey: idempotencyKeyField,
      supplyCode: supplyCodeField,
      billingEmail: emailField,
      billingEmailConfirmation: z.string().trim(),
      paperlessConsent: consentField("paperlessConsentRequired"),
    })
    .refine(
      (data) => !isText(data.billingEmail) || String(data.billingEmailConfirmation).trim().toLowerCase() === data.billingEmail.trim().toLowerCase(),
      { path: ["billingEmailConfirmation"], error: "emailMismatch", when: always },
    );
}

/** Returns the schema of a practice kind. `today` is the date in Milan (YYYY-MM-DD) that date fields are checked against. */
export function practiceSchemaFor(kind: OnlinePracticeKind, today: string) {
  switch (kind) {
    case "connection":
      return connectionSchema();
    case "subentro":
      return subentroSchema(today);
    case "voltura":
      return volturaSchema(today);
    case "termination":
      return terminationSchema(today);
    case "contactChange":
      return contactChangeSchema();
    case "sepaMandate":
      return sepaMandateSchema();
    case "eBilling":
      return eBillingSchema();
  }
}

/** Names of the text fields each kind's form sends, in form order: the error summary lists them this way. */
export const practiceFields: Readonly<Record<OnlinePracticeKind, readonly string[]>> = {
  connection: ["givenName", "familyName", "fiscalCode", "email", "phone", "services", "useType", "housingUnits", "householdSize", "street", "houseNumber", "postalCode", "foglio", "particella", "subalterno", "occupancyTitle", "notes"],
  subentro: ["givenName", "familyName", "fiscalCode", "email", "phone", "supplyCode", "useType", "householdSize", "foglio", "particella", "subalterno", "occupancyTitle", "startDate", "notes"],
  voltura: [
    "givenName",
    "familyName",
    "fiscalCode",
    "email",
    "phone",
    "supplyCode",
    "previousHolderName",
    "previousHolderFiscalCode",
    "useType",
    "householdSize",
    "foglio",
    "particella",
    "subalterno",
    "occupancyTitle",
    "finalReading",
    "readingDate",
    "notes",
  ],
  termination: ["givenName", "familyName", "fiscalCode", "email", "phone", "supplyCode", "finalReading", "readingDate", "terminationDate", "billingStreet", "billingHouseNumber", "billingPostalCode", "billingCity", "notes"],
  contactChange: ["supplyCode", "billingStreet", "billingHouseNumber", "billingPostalCode", "billingCity", "contactEmail", "contactPhone", "notes"],
  sepaMandate: ["supplyCode", "accountHolderName", "accountHolderFiscalCode", "iban", "mandateConsent"],
  eBilling: ["supplyCode", "billingEmail", "billingEmailConfirmation", "paperlessConsent"],
};

/** Field name to the catalog key of its first error. */
export type PracticeFieldErrors = Record<string, string>;

/** A validated form: the stored payload, without the idempotency key. */
export type PracticePayload = Record<string, string | number | null>;

/**
 * Validates a form's values for `kind`. Returns the payload to store, or the first error key of
 * each field. `today` is the date in Milan as YYYY-MM-DD.
 */
export function parsePracticeForm(
  kind: OnlinePracticeKind,
  values: Record<string, string>,
  today: string,
): { ok: true; idempotencyKey: string; payload: PracticePayload } | { ok: false; fieldErrors: PracticeFieldErrors } {
  const result = practiceSchemaFor(kind, today).safeParse(values);

  if (!result.success) {
    const fieldErrors: PracticeFieldErrors = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }

  const { idempotencyKey, ...payload } = result.data as Record<string, string | number | null>;
  return { ok: true, idempotencyKey: String(idempotencyKey), payload };
}
