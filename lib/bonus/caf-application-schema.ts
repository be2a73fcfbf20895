import { validateCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { isItalianPostalCode } from "@/lib/identifiers/milan-postal-code";
import { isValidSupplyCode, normalizeSupplyCode } from "@/lib/identifiers/supply-code";
import { parseEuroCents } from "@/lib/requests/parse-euro-cents";
import { parseIsoDate } from "@/lib/bonus/batch-file-layout";
import { fromUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";

/** Rows for household members besides the applicant on the CAF form; empty rows are ignored. */
export const otherMemberSlots = 7;

const memberFields = Array.from({ length: otherMemberSlots }, (_, index) => [
  `member${index + 1}FiscalCode`,
  `member${index + 1}FamilyName`,
  `member${index + 1}GivenName`,
]).flat();

/** Fields of the CAF application form, in the order the form and its error summary show them. */
export const cafApplicationFields = [
  "applicantFamilyName",
  "applicantGivenName",
  "applicantFiscalCode",
  "street",
  "houseNumber",
  "postalCode",
  "iseeEuros",
  "dsuProtocol",
  "dsuDate",
  "dependentChildren",
  "competenceYear",
  ...memberFields,
  "supplyKind",
  "supplyCode",
  "dwelling",
] as const;

export type CafApplicationInput = {
  applicantFamilyName: string;
  applicantGivenName: string;
  applicantFiscalCode: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  iseeCents: number;
  dsuProtocol: string;
  dsuDate: Date;
  dependentChildren: number;
  competenceYear: number;
  members: Array<{ fiscalCode: string; familyName: string; givenName: string; isApplicant: boolean }>;
  supplyKind: "direct" | "indirect";
  supplyCode: string | null;
  dwelling: string | null;
};

/** Field errors as catalog keys under `caf.fieldErrors`. */
export type CafFieldErrors = Record<string, string>;

export type ParsedCafApplication = { ok: true; data: CafApplicationInput } | { ok: false; fieldErrors: CafFieldErrors };

function checkName(value: string, field: string, errors: CafFieldErrors): string {
  const name = value.trim();
  if (name === "") errors[field] = "nameMissing";
  else if (name.length > 80) errors[field] = "nameTooLong";
  return name;
}

function checkFiscalCode(value: string, field: string, errors: CafFieldErrors): string {
  if (value.trim() === "") {
    errors[field] = "fiscalCodeMissing";
    return "";
  }

  const result = validateCodiceFiscale(value);
  if (!result.valid) errors[field] = `fiscalCode_${result.problem}`;
  return result.code;
}

/**
 * Validates the CAF form. The DSU date may not be after today in Rome and must fall in the year
 * before the competence year or in it, because a DSU is valid until the end of its year.
 */
export function parseCafApplication(values: Record<string, string>, today: Date = new Date()): ParsedCafApplication {
  const errors: CafFieldErrors = {};

  const applicantFamilyName = checkName(values.applicantFamilyName ?? "", "applicantFamilyName", errors);
  const applicantGivenName = checkName(values.applicantGivenName ?? "", "applicantGivenName", errors);
  const applicantFiscalCode = checkFiscalCode(values.applicantFiscalCode ?? "", "applicantFiscalCode", errors);

  const street = (values.street ?? "").trim();
  if (street === "") errors.street = "streetMissing";
  const houseNumber = (values.houseNumber ?? "").trim();
  if (!/^\d+\s*[/-]?\s*[A-Za-z]{0,3}$/.test(houseNumber)) errors.houseNumber = "houseNumberInvalid";
  const postalCode = (values.postalCode ?? "").trim();
  if (!isItalianPostalCode(postalCode)) errors.postalCode = "postalCodeInvalid";

  const iseeCents = parseEuroCents(values.iseeEuros ?? "");
  if (iseeCents === null) errors.iseeEuros = "iseeInvalid";

  const dsuProtocol = (values.dsuProtocol ?? "").trim().toUpperCase();
  if (!/^[A-Z0-9-]{6,40}$/.test(dsuProtocol)) errors.dsuProtocol = "dsuProtocolInvalid";

  const dsuDate = parseIsoDate((values.dsuDate ?? "").trim());
  if (!dsuDate) errors.dsuDate = "dsuDateInvalid";
  // The DSU date is a calendar day, so it is compared with today's date in Rome, not with the instant.
  else if (fromUtcMidnight(dsuDate) > romeDateOf(today)) errors.dsuDate = "dsuDateFuture";

  const dependentChildren = Number((values.dependentChildren ?? "").trim() || "0");
  if (!Number.isInteger(dependentChildren) || dependentChildren < 0 || dependentChildren > 15) errors.dependentChildren = "childrenInvalid";

  const competenceYear = Number(values.competenceYear ?? "");
  if (!Number.isInteger(competenceYear) || competenceYear < 2018 || competenceYear > today.getUTCFullYear() + 1) {
    errors.competenceYear = "competenceYearInvalid";
  } else if (dsuDate && (dsuDate.getUTCFullYear() < competenceYear - 1 || dsuDate.getUTCFullYear() > competenceYear)) {
    errors.dsuDate = "dsuDateOutsideYear";
  }

  const members: CafApplicationInput["members"] = [{ fiscalCode: applicantFiscalCode, familyName: applicantFamilyName, givenName: applicantGivenName, isApplicant: true }];
  for (let slot = 1; slot <= otherMemberSlots; slot += 1) {
    const prefix = `member${slot}`;
    const raw = [values[`${prefix}FiscalCode`], values[`${prefix}FamilyName`], values[`${prefix}GivenName`]].map((value) => (value ?? "").trim());
    if (raw.every((value) => value === "")) continue;

    const fiscalCode = checkFiscalCode(raw[0]!, `${prefix}FiscalCode`, errors);
    const familyName = checkName(raw[1]!, `${prefix}FamilyName`, errors);
    const givenName = checkName(raw[2]!, `${prefix}GivenName`, errors);
    if (fiscalCode !== "" && members.some((member) => member.fiscalCode === fiscalCode)) errors[`${prefix}FiscalCode`] = "memberRepeated";
    members.push({ fiscalCode, familyName, givenName, isApplicant: false });
  }
  if (dependentChildren >= members.length && !errors.dependentChildren) errors.dependentChildren = "childrenAboveMembers";

  const supplyKind = values.supplyKind;
  if (supplyKind !== "direct" && supplyKind !== "indirect") errors.supplyKind = "supplyKindMissing";

  const supplyCodeText = (values.supplyCode ?? "").trim();
  const supplyCode = supplyCodeText === "" ? null : normalizeSupplyCode(supplyCodeText);
  if (supplyCode !== null && !isValidSupplyCode(supplyCode)) errors.supplyCode = "supplyCodeInvalid";
  if (supplyKind === "indirect" && supplyCode === null) errors.supplyCode = "condominiumSupplyCodeMissing";

  const dwellingText = (values.dwelling ?? "").trim();
  if (supplyKind === "indirect" && dwellingText === "") errors.dwelling = "dwellingMissing";
  if (dwellingText.length > 120) errors.dwelling = "dwellingTooLong";

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };

  return {
    ok: true,
    data: {
      applicantFamilyName,
      applicantGivenName,
      applicantFiscalCode,
      street,
      houseNumber,
      postalCode,
      iseeCents: iseeCents!,
      dsuProtocol,
      dsuDate: dsuDate!,
      dependentChildren,
      competenceYear,
      members,
      supplyKind: supplyKind as "direct" | "indirect",
      supplyCode,
      dwelling: dwellingText === "" ? null : dwellingText,
    },
  };
}
