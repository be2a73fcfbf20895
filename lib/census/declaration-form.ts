import { z } from "zod";

import { normalizeCodiceFiscale, validateCodiceFiscale, type DecodedCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { parseEuroCents } from "@/lib/requests/parse-euro-cents";

/*
 * The census declaration as the tenant's form sends it. Drafts keep the typed text as it is;
 * a submission must pass `validateDeclaration`, whose messages are keys under `census.fieldErrors`.
 * Member fields are named `member-<index>-<field>`, so the form works without JavaScript.
 */

export const relationships = ["holder", "spouse", "partner", "child", "parent", "sibling", "otherRelative", "other"] as const;
export const employmentKinds = ["employee", "selfEmployed", "unemployed", "retired", "student", "homemaker", "other"] as const;

export const memberFields = ["givenName", "familyName", "fiscalCode", "birthDate", "relationship", "citizenship", "employment", "yearlyIncome", "disability", "dependent"] as const;
export const declarationFields = ["residesInDwelling", "residenceNote", "iseeErp", "dsuProtocol", "dsuDate", "phone", "email"] as const;

export type MemberField = (typeof memberFields)[number];
export type MemberValues = Record<MemberField, string>;
export type DeclarationFieldName = (typeof declarationFields)[number];

/** The declaration's text as typed, stored as the draft payload and shown again in the form. */
export type DeclarationValues = { members: MemberValues[] } & Record<DeclarationFieldName, string>;

/**
 * Maximum number of members one declaration form accepts.
 * NOTE: a household on file with more members is prefilled in full, but a save keeps only the first 12.
 */
export const MAX_MEMBERS = 12;

export function memberFieldId(index: number, field: MemberField): string {
  return `member-${index}-${field}`;
}

function text(formData: FormData, name: string, maxLength = 200): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, maxLength) : "";
}

/** Reads the declaration from a form. A member row left empty, or ticked for removal, is dropped. */
export function readDeclarationForm(formData: FormData): DeclarationValues {
  const members: MemberValues[] = [];

  for (let index = 0; index < MAX_MEMBERS; index++) {
    if (text(formData, `member-${index}-remove`) === "on") continue;

    const member = Object.fromEntries(memberFields.map((field) => [field, text(formData, memberFieldId(index, field))])) as MemberValues;
    const typed = memberFields.some((field) => field !== "relationship" && field !== "disability" && field !== "dependent" && member[field].trim() !== "");
    if (typed) members.push(member);
  }

  const fields = Object.fromEntries(declarationFields.map((field) => [field, text(formData, field, field === "residenceNote" ? 1000 : 200)])) as Record<DeclarationFieldName, string>;
  return { members, ...fields };
}

/** Reads a stored payload back into form values, tolerating payloads written by older versions. */
export function declarationValuesOf(payload: unknown): DeclarationValues | null {
  const parsed = z
    .object({
      members: z.array(z.record(z.string(), z.unknown())).max(MAX_MEMBERS),
    })
    .catchall(z.unknown())
    .safeParse(payload);
  if (!parsed.success) return null;

  const asText = (value: unknown): string => {
    if (typeof value === "string") return value;
    if (value === true) return "on";
    return "";
  };
  const members = parsed.data.members.map((member) => Object.fromEntries(memberFields.map((field) => [field, asText(member[field])])) as MemberValues);
  const fields = Object.fromEntries(declarationFields.map((field) => [field, asText(parsed.data[field])])) as Record<DeclarationFieldName, string>;
  return { members, ...fields };
}

/** A member as a validated declaration records it. */
export type DeclaredMember = {
  givenName: string;
  familyName: string;
  fiscalCode: string;
  birthDate: string;
  relationship: (typeof relationships)[number];
  citizenship: string;
  employment: (typeof employmentKinds)[number];
  yearlyIncomeCents: number;
  disability: boolean;
  dependent: boolean;
};

export type ValidDeclaration = {
  members: DeclaredMember[];
  residesInDwelling: boolean;
  residenceNote: string;
  iseeErpCents: number;
  dsuProtocol: string;
  dsuDate: string;
  phone: string;
  email: string;
};

export type DeclarationValidation = { ok: true; declaration: ValidDeclaration } | { ok: false; fieldErrors: Record<string, string> };

/** DSU protocol as INPS prints it, for example INPS-ISEE-2026-01234567-00. */
const dsuProtocolPattern = /^INPS-ISEE-\d{4}-\d{8}-\d{2}$/;

const isoDate = z.iso.date();

function isPastDate(value: string, today: string): boolean {
  return isoDate.safeParse(value).success && value <= today;
}

/** True when the code's day, month and two-digit year are those of the birth date; the code does not carry the century. */
function matchesBirthDate(decoded: DecodedCodiceFiscale, birthDate: string): boolean {
  const [year, month, day] = birthDate.split("-").map(Number);
  return decoded.birthYearTwoDigits === (year ?? 0) % 100 && decoded.birthMonth === month && decoded.birthDay === day;
}

/** Checks one member row and records its errors under the row's field ids. */
function validateMember(member: MemberValues, index: number, today: string, errors: Record<string, string>): DeclaredMember | null {
  const id = (field: MemberField) => memberFieldId(index, field);
  const startErrors = Object.keys(errors).length;

  const givenName = member.givenName.trim();
  const familyName = member.familyName.trim();
  if (!givenName) errors[id("givenName")] = "givenNameMissing";
  if (!familyName) errors[id("familyName")] = "familyNameMissing";

  const birthDate = member.birthDate.trim();
  if (!isPastDate(birthDate, today)) errors[id("birthDate")] = "birthDateInvalid";

  const fiscalCode = normalizeCodiceFiscale(member.fiscalCode);
  const checked = validateCodiceFiscale(fiscalCode);
  if (!fiscalCode) {
    errors[id("fiscalCode")] = "fiscalCodeMissing";
  } else if (!checked.valid) {
    errors[id("fiscalCode")] = `fiscalCode.${checked.problem}`;
  } else if (!errors[id("birthDate")] && !matchesBirthDate(checked.decoded, birthDate)) {
    errors[id("fiscalCode")] = "fiscalCodeBirthDateMismatch";
  }

  const relationship = relationships.find((value) => value === member.relationship);
  if (!relationship) errors[id("relationship")] = "relationshipMissing";

  const citizenship = member.citizenship.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(citizenship)) errors[id("citizenship")] = "citizenshipInvalid";

  const employment = employmentKinds.find((value) => value === member.employment);
  if (!employment) errors[id("employment")] = "employmentMissing";

  const yearlyIncomeCents = member.yearlyIncome.trim() === "" ? 0 : parseEuroCents(member.yearlyIncome);
  if (yearlyIncomeCents === null) errors[id("yearlyIncome")] = "amountInvalid";

  if (Object.keys(errors).length > startErrors || !relationship || !employment || yearlyIncomeCents === null) return null;
  return { givenName, familyName, fiscalCode, birthDate, relationship, citizenship, employment, yearlyIncomeCents, disability: member.disability === "on", dependent: member.dependent === "on" };
}

/**
 * Checks a declaration before submission: every member complete with a valid codice fiscale
 * that matches the birth date, exactly one holder, no code twice, the ISEE-ERP with its DSU
 * protocol and date, and a way to reach the household. `today` is YYYY-MM-DD in Rome.
 */
export function validateDeclaration(values: DeclarationValues, today: string): DeclarationValidation {
  const errors: Record<string, string> = {};

  if (values.members.length === 0) errors[memberFieldId(0, "givenName")] = "membersMissing";
  const members = values.members.map((member, index) => validateMember(member, index, today, errors));

  const holders = values.members.filter((member) => member.relationship === "holder").length;
  if (values.members.length > 0 && holders !== 1) errors[memberFieldId(0, "relationship")] = "holderCount";

  const seen = new Set<string>();
  values.members.forEach((member, index) => {
    const code = normalizeCodiceFiscale(member.fiscalCode);
    if (code && seen.has(code)) errors[memberFieldId(index, "fiscalCode")] = "fiscalCodeRepeated";
    seen.add(code);
  });

  if (values.residesInDwelling !== "yes" && values.residesInDwelling !== "no") errors.residesInDwelling = "residenceMissing";
  if (values.residesInDwelling === "no" && values.residenceNote.trim() === "") errors.residenceNote = "residenceNoteMissing";

  const iseeErpCents = parseEuroCents(values.iseeErp);
  if (iseeErpCents === null) errors.iseeErp = "amountInvalid";

  const dsuProtocol = values.dsuProtocol.trim().toUpperCase();
  if (!dsuProtocolPattern.test(dsuProtocol)) errors.dsuProtocol = "dsuProtocolInvalid";
  if (!isPastDate(values.dsuDate.trim(), today)) errors.dsuDate = "dsuDateInvalid";

  const phone = values.phone.trim();
  const email = values.email.trim().toLowerCase();
  if (phone && !/^\+?[0-9 ]{6,20}$/.test(phone)) errors.phone = "phoneInvalid";
  if (email && !z.email().safeParse(email).success) errors.email = "emailInvalid";
  if (!phone && !email) errors.phone = "contactMissing";

  if (Object.keys(errors).length > 0 || iseeErpCents === null) return { ok: false, fieldErrors: errors };

  return {
    ok: true,
    declaration: {
      members: members.filter((member): member is DeclaredMember => member !== null),
      residesInDwelling: values.residesInDwelling === "yes",
      residenceNote: values.residenceNote.trim(),
      iseeErpCents,
      dsuProtocol,
      dsuDate: values.dsuDate.trim(),
      phone,
      email,
    },
  };
}
