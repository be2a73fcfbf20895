import { z } from "zod";

import { validateCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { findIbanProblem, normalizeIban } from "@/lib/identifiers/iban";
import { isItalianPostalCode, isMilanPostalCode } from "@/lib/identifiers/milan-postal-code";
import { findNumericFiscalCodeProblem, normalizeNumericFiscalCode } from "@/lib/identifiers/numeric-fiscal-code";
import { isValidSupplyCode, normalizeSupplyCode } from "@/lib/identifiers/supply-code";
import { cadastralPartProblem, normalizeCadastralPart, type CadastralField } from "@/lib/practices/cadastral-data";

// Field schemas shared by the practice forms. Every `error` is a key under
// `practices.fieldErrors` in the message catalogs, so the form shows it in the visitor's language.

/** Random id the form view carries in a hidden field, so a double submit creates one practice. */
export const idempotencyKeyField = z.uuid({ error: "formExpired" });

export function requiredText(missingKey: string, max: number) {
  return z.string().trim().min(1, { error: missingKey }).max(max, { error: "textTooLong" });
}

export function optionalText(max: number) {
  return z.string().trim().max(max, { error: "textTooLong" });
}

/** Codice fiscale of a person (16 characters) or of a company or condominium (11 digits). */
export const fiscalCodeField = z.string().transform((value, context) => {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  if (compact === "") {
    context.addIssue({ code: "custom", message: "fiscalCodeRequired" });
    return z.NEVER;
  }

  if (/^[0-9]+$/.test(compact)) {
    const problem = findNumericFiscalCodeProblem(compact);
    if (problem) {
      context.addIssue({ code: "custom", message: problem === "format" ? "fiscalCodeLength" : "fiscalCodeCheckCharacter" });
      return z.NEVER;
    }
    return normalizeNumericFiscalCode(compact);
  }

  const result = validateCodiceFiscale(compact);
  if (!result.valid) {
    const keys = { length: "fiscalCodeLength", structure: "fiscalCodeStructure", birthDate: "fiscalCodeBirthDate", checkCharacter: "fiscalCodeCheckCharacter" } as const;
    context.addIssue({ code: "custom", message: keys[result.problem] });
    return z.NEVER;
  }
  return result.code;
});

/** IBAN of an Italian account: 27 characters starting with IT, with valid mod-97 check digits (ISO 13616). */
export const italianIbanField = z.string().transform((value, context) => {
  const compact = normalizeIban(value);
  if (compact === "") {
    context.addIssue({ code: "custom", message: "ibanRequired" });
    return z.NEVER;
  }
  if (/^[A-Z]{2}/.test(compact) && !compact.startsWith("IT")) {
    context.addIssue({ code: "custom", message: "ibanNotItalian" });
    return z.NEVER;
  }

  const problem = findIbanProblem(compact);
  if (problem) {
    const keys = { format: "ibanFormat", length: "ibanLength", checkDigits: "ibanCheckDigits" } as const;
    context.addIssue({ code: "custom", message: keys[problem] });
    return z.NEVER;
  }
  return compact;
});

export const supplyCodeField = z.string().transform((value, context) => {
  const code = normalizeSupplyCode(value.trim());
  if (code === "") {
    context.addIssue({ code: "custom", message: "supplyCodeRequired" });
    return z.NEVER;
  }
  if (!isValidSupplyCode(code)) {
    context.addIssue({ code: "custom", message: "supplyCodeFormat" });
    return z.NEVER;
  }
  return code;
});

export const emailField = z.string().trim().min(1, { error: "emailRequired" }).pipe(z.email({ error: "emailInvalid" }).max(254, { error: "textTooLong" }));

/** An Italian or international phone number: digits, spaces and an optional leading +, 6 to 20 characters. */
export const phonePattern = /^\+?[0-9][0-9 ]{5,19}$/;

export const optionalPhoneField = z.string().trim().refine((value) => value === "" || phonePattern.test(value), { error: "phoneInvalid" });

export const streetField = requiredText("streetRequired", 150);

/** House number as Italian addresses write it: "12", "12A", "12/B". */
export const houseNumberField = z
  .string()
  .trim()
  .min(1, { error: "houseNumberRequired" })
  .regex(/^[0-9]{1,4}\s?[A-Za-z]?(\/[A-Za-z0-9]{1,3})?$/, { error: "houseNumberInvalid" });

/** CAP of an address in the city of Milan, where every supply MM runs is. */
export const milanPostalCodeField = z
  .string()
  .trim()
  .min(1, { error: "postalCodeRequired" })
  .refine(isItalianPostalCode, { error: "postalCodeInvalid" })
  .refine(isMilanPostalCode, { error: "postalCodeNotMilan" });

export const italianPostalCodeField = z.string().trim().min(1, { error: "postalCodeRequired" }).refine(isItalianPostalCode, { error: "postalCodeInvalid" });

export function cadastralField(field: CadastralField) {
  return z.string().transform((value, context) => {
    const problem = cadastralPartProblem(field, value);
    if (problem) {
      context.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return value.trim() === "" ? "" : normalizeCadastralPart(value);
  });
}

export const supplyUseTypes = ["domesticResident", "domesticNonResident", "condominium", "nonDomestic"] as const;

export const useTypeField = z.enum(supplyUseTypes, { error: "useTypeRequired" });

/** The customer's right to occupy the property: owner, tenant, usufructuary or another title such as a loan for use. */
export const occupancyTitles = ["owner", "tenant", "usufructuary", "other"] as const;

export const occupancyTitleField = z.enum(occupancyTitles, { error: "occupancyTitleRequired" });

/** Housing units a supply serves: 1 for a flat, up to 999 for a large condominium. */
export const housingUnitsField = z
  .string()
  .trim()
  .regex(/^[0-9]{1,3}$/, { error: "housingUnitsInvalid" })
  .transform(Number)
  .pipe(z.int().min(1, { error: "housingUnitsInvalid" }));

/** People living in the dwelling, which sizes the subsidised consumption band of a resident household. */
export const householdSizeField = z
  .string()
  .trim()
  .refine((value) => value === "" || /^[0-9]{1,2}$/.test(value), { error: "householdSizeInvalid" })
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || (value >= 1 && value <= 20), { error: "householdSizeInvalid" });

/** Meter figures in whole cubic metres, as the black digits of the meter show them. */
export const meterReadingField = z
  .string()
  .trim()
  .min(1, { error: "readingRequired" })
  .regex(/^[0-9]{1,8}$/, { error: "readingInvalid" })
  .transform(Number);

/** Returns true when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Returns the schema of a date field written YYYY-MM-DD, as `<input type="date">` sends it. */
export function dateField(missingKey: string) {
  return z.string().trim().min(1, { error: missingKey }).refine(isIsoDate, { error: "dateInvalid" });
}

/** Returns the schema of a checkbox the customer must tick. Browsers send "on" for a ticked box and nothing otherwise. */
export function consentField(missingKey: string) {
  return z.literal("on", { error: missingKey });
}
