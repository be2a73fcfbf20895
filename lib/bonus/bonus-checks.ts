import { iseeThresholdFor, rulesInForce, type BonusRules } from "@/lib/bonus/bonus-rules";
import { isAdultOn } from "@/lib/bonus/household-members";
import { compareAddresses, type AddressParts } from "@/lib/bonus/normalize-address";
import { normalizeCodiceFiscale, validateCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

/** The automatic checks, in the order they are run and shown. */
export const bonusCheckKinds = [
  "fiscalCodesValid",
  "iseeThreshold",
  "supplyActive",
  "domesticResident",
  "holderInHousehold",
  "addressMatch",
  "onePerHousehold",
  "noOverlappingBonus",
] as const;

export type BonusCheckKind = (typeof bonusCheckKinds)[number];

/**
 * Result of one check. `note` is a catalog key under `bonus.checkNotes` that explains the
 * outcome; `values` fill its placeholders.
 */
export type CheckResult = {
  kind: BonusCheckKind;
  outcome: "passed" | "failed" | "pending";
  note: string;
  values?: Record<string, string | number>;
};

export type MatchedSupply = {
  supplyCode: string;
  state: "pending" | "active" | "suspended" | "terminated";
  useType: "domesticResident" | "domesticNonResident" | "condominium" | "nonDomestic";
  holderFiscalCode: string;
  holderFamilyName: string | null;
  address: AddressParts;
};

export type SupplyMatch = { kind: "found"; supply: MatchedSupply } | { kind: "notFound" } | { kind: "multiple"; count: number };

export type ChecksInput = {
  supplyKind: "direct" | "indirect";
  applicantFiscalCode: string;
  members: ReadonlyArray<{ fiscalCode: string; familyName: string }>;
  memberCount: number;
  dependentChildren: number;
  iseeCents: number;
  dsuDate: Date;
  declaredAddress: AddressParts | null;
  match: SupplyMatch;
  rules: readonly BonusRules[];
  /** Another application of a household member names a different supply for the same year. */
  householdHasOtherSupply: boolean;
  /** An accepted bonus of the same supply or household already covers part of the period. */
  overlappingBonus: boolean;
};

function sameName(first: string, second: string): boolean {
  const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z]/g, "");
  return plain(first) === plain(second);
}

export function checkFiscalCodes(input: Pick<ChecksInput, "applicantFiscalCode" | "members" | "memberCount">): CheckResult {
  const invalid = [input.applicantFiscalCode, ...input.members.map((member) => member.fiscalCode)].filter((code) => !validateCodiceFiscale(code).valid);
  if (invalid.length > 0) {
    return { kind: "fiscalCodesValid", outcome: "failed", note: "fiscalCodeInvalid", values: { codes: [...new Set(invalid)].join(", ") } };
  }

  const applicant = normalizeCodiceFiscale(input.applicantFiscalCode);
  if (!input.members.some((member) => normalizeCodiceFiscale(member.fiscalCode) === applicant)) {
    return { kind: "fiscalCodesValid", outcome: "failed", note: "applicantNotMember" };
  }
  if (input.members.length !== input.memberCount) {
    return { kind: "fiscalCodesValid", outcome: "failed", note: "memberCountMismatch", values: { declared: input.memberCount, listed: input.members.length } };
  }

  return { kind: "fiscalCodesValid", outcome: "passed", note: "fiscalCodesOk" };
}

/** ISEE at most the threshold in force on the DSU date: equal to the threshold passes, one cent above fails. */
export function checkIseeThreshold(input: Pick<ChecksInput, "iseeCents" | "dependentChildren" | "dsuDate" | "rules">): CheckResult {
  const rules = rulesInForce(input.rules, input.dsuDate);
  if (!rules) return { kind: "iseeThreshold", outcome: "failed", note: "noRulesForDate" };

  const thresholdCents = iseeThresholdFor(rules, input.dependentChildren);
  const largeFamily = input.dependentChildren >= rules.largeFamilyMinChildren;
  const values = { thresholdCents, iseeCents: input.iseeCents };

  if (input.iseeCents <= thresholdCents) {
    return { kind: "iseeThreshold", outcome: "passed", note: largeFamily ? "iseeWithinLargeFamily" : "iseeWithin", values };
  }
  return { kind: "iseeThreshold", outcome: "failed", note: largeFamily ? "iseeAboveLargeFamily" : "iseeAbove", values };
}

export function checkSupplyActive(match: SupplyMatch): CheckResult {
  if (match.kind === "notFound") return { kind: "supplyActive", outcome: "failed", note: "supplyNotFound" };
  if (match.kind === "multiple") return { kind: "supplyActive", outcome: "failed", note: "multipleSupplies", values: { count: match.count } };
  if (match.supply.state !== "active") return { kind: "supplyActive", outcome: "failed", note: "supplyNotActive", values: { supplyCode: match.supply.supplyCode } };

  return { kind: "supplyActive", outcome: "passed", note: "supplyActive", values: { supplyCode: match.supply.supplyCode } };
}

/** Checks the supply's use: a direct bonus needs a domestic resident supply, an indirect one the building's condominium supply. */
export function checkDomesticResident(supplyKind: ChecksInput["supplyKind"], match: SupplyMatch): CheckResult {
  if (match.kind !== "found") return { kind: "domesticResident", outcome: "pending", note: "noSupplyYet" };

  const expected = supplyKind === "direct" ? "domesticResident" : "condominium";
  if (match.supply.useType !== expected) {
    return { kind: "domesticResident", outcome: "failed", note: supplyKind === "direct" ? "notResident" : "notCondominium", values: { supplyCode: match.supply.supplyCode } };
  }

  return { kind: "domesticResident", outcome: "passed", note: supplyKind === "direct" ? "resident" : "condominium" };
}

/** The holder of a direct supply must be an adult member of the ISEE household on the DSU date, with the same family name. */
export function checkHolderInHousehold(input: Pick<ChecksInput, "members" | "dsuDate" | "match">): CheckResult {
  if (input.match.kind !== "found") return { kind: "holderInHousehold", outcome: "pending", note: "noSupplyYet" };

  const holderCode = normalizeCodiceFiscale(input.match.supply.holderFiscalCode);
  const member = input.members.find((candidate) => normalizeCodiceFiscale(candidate.fiscalCode) === holderCode);
  if (!member) return { kind: "holderInHousehold", outcome: "failed", note: "holderNotMember" };
  if (!isAdultOn(member.fiscalCode, input.dsuDate)) return { kind: "holderInHousehold", outcome: "failed", note: "holderNotAdult" };

  const holderName = input.match.supply.holderFamilyName;
  if (holderName !== null && !sameName(holderName, member.familyName)) {
    return { kind: "holderInHousehold", outcome: "failed", note: "holderNameMismatch" };
  }

  return { kind: "holderInHousehold", outcome: "passed", note: "holderMember" };
}

/** The declared residence must be the supply's address; a near match fails and waits for a person, because it is not a guess to make. */
export function checkAddressMatch(declared: AddressParts | null, match: SupplyMatch): CheckResult {
  if (match.kind !== "found") return { kind: "addressMatch", outcome: "pending", note: "noSupplyYet" };
  if (!declared) return { kind: "addressMatch", outcome: "failed", note: "addressMissing" };

  const comparison = compareAddresses(declared, match.supply.address);
  if (comparison === "exact") return { kind: "addressMatch", outcome: "passed", note: "addressExact" };

  return { kind: "addressMatch", outcome: "failed", note: comparison === "near" ? "addressNear" : "addressDifferent" };
}

/** Runs every automatic check that applies to the application's supply kind. */
export function evaluateBonusChecks(input: ChecksInput): CheckResult[] {
  const results: CheckResult[] = [
    checkFiscalCodes(input),
    checkIseeThreshold(input),
    checkSupplyActive(input.match),
    checkDomesticResident(input.supplyKind, input.match),
  ];

  if (input.supplyKind === "direct") results.push(checkHolderInHousehold(input));
  results.push(checkAddressMatch(input.declaredAddress, input.match));

  results.push(
    input.householdHasOtherSupply
      ? { kind: "onePerHousehold", outcome: "failed", note: "householdOtherSupply" }
      : { kind: "onePerHousehold", outcome: "passed", note: "householdOneSupply" },
  );
  results.push(
    input.overlappingBonus
      ? { kind: "noOverlappingBonus", outcome: "failed", note: "bonusOverlaps" }
      : { kind: "noOverlappingBonus", outcome: "passed", note: "noOverlap" },
  );

  return results;
}
