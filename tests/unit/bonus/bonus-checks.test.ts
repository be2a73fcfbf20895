import { describe, expect, it } from "vitest";

import {
  checkAddressMatch,
  checkDomesticResident,
  checkFiscalCodes,
  checkHolderInHousehold,
  checkIseeThreshold,
  checkSupplyActive,
  evaluateBonusChecks,
  type ChecksInput,
  type MatchedSupply,
} from "@/lib/bonus/bonus-checks";
import type { BonusRules } from "@/lib/bonus/bonus-rules";
import { computeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

const common = {
  largeFamilyIseeThresholdCents: 2_000_000,
  largeFamilyMinChildren: 4,
  cubicMetresPerMemberPerYear: 18.25,
  benefitMonths: 12,
  indirectPaymentDays: 60,
  supplementaryCentsPerMemberPerYear: 1500,
};

const rules: BonusRules[] = [
  { ...common, effectiveFrom: utc(2018, 1, 1), effectiveTo: utc(2022, 12, 31), iseeThresholdCents: 826_500 },
  { ...common, effectiveFrom: utc(2023, 1, 1), effectiveTo: utc(2025, 12, 31), iseeThresholdCents: 953_000 },
  { ...common, effectiveFrom: utc(2026, 1, 1), effectiveTo: null, iseeThresholdCents: 979_600 },
];

const parent = computeCodiceFiscale({ surname: "Bianchi", name: "Laura", birthDate: utc(1980, 3, 12), sex: "F", placeCode: "F205" });
const child = computeCodiceFiscale({ surname: "Bianchi", name: "Luca", birthDate: utc(2015, 6, 1), sex: "M", placeCode: "F205" });
const nearlyAdult = computeCodiceFiscale({ surname: "Bianchi", name: "Sara", birthDate: utc(2008, 2, 20), sex: "F", placeCode: "F205" });

const members = [
  { fiscalCode: parent, familyName: "Bianchi" },
  { fiscalCode: child, familyName: "Bianchi" },
];

const supply: MatchedSupply = {
  supplyCode: "MM0001234567",
  state: "active",
  useType: "domesticResident",
  holderFiscalCode: parent,
  holderFamilyName: "Bianchi",
  address: { street: "Viale Monza", houseNumber: "12/A", postalCode: "20127" },
};

describe("checkIseeThreshold", () => {
  const base = { dependentChildren: 0, dsuDate: utc(2026, 2, 1), rules };

  it("passes exactly at the threshold", () => {
    expect(checkIseeThreshold({ ...base, iseeCents: 979_600 }).outcome).toBe("passed");
  });

  it("fails one cent above the threshold", () => {
    const result = checkIseeThreshold({ ...base, iseeCents: 979_601 });
    expect(result.outcome).toBe("failed");
    expect(result.note).toBe("iseeAbove");
  });

  it("uses the threshold in force on the DSU date", () => {
    expect(checkIseeThreshold({ ...base, iseeCents: 953_000, dsuDate: utc(2025, 12, 31) }).outcome).toBe("passed");
    expect(checkIseeThreshold({ ...base, iseeCents: 953_001, dsuDate: utc(2025, 12, 31) }).outcome).toBe("failed");
    expect(checkIseeThreshold({ ...base, iseeCents: 953_001, dsuDate: utc(2026, 1, 1) }).outcome).toBe("passed");
    expect(checkIseeThreshold({ ...base, iseeCents: 826_501, dsuDate: utc(2019, 5, 10) }).outcome).toBe("failed");
  });

  it("applies the large-family threshold from four children", () => {
    expect(checkIseeThreshold({ ...base, dependentChildren: 4, iseeCents: 2_000_000 }).outcome).toBe("passed");
    expect(checkIseeThreshold({ ...base, dependentChildren: 4, iseeCents: 2_000_001 }).outcome).toBe("failed");
    expect(checkIseeThreshold({ ...base, dependentChildren: 3, iseeCents: 1_500_000 }).outcome).toBe("failed");
  });

  it("fails when no rules cover the DSU date", () => {
    const result = checkIseeThreshold({ ...base, iseeCents: 100, dsuDate: utc(2017, 6, 1) });
    expect(result.outcome).toBe("failed");
    expect(result.note).toBe("noRulesForDate");
  });
});

describe("checkFiscalCodes", () => {
  it("passes valid codes that include the applicant", () => {
    expect(checkFiscalCodes({ applicantFiscalCode: parent, members, memberCount: 2 }).outcome).toBe("passed");
  });

  it("fails a wrong check letter", () => {
    const broken = `${parent.slice(0, 15)}${parent.endsWith("A") ? "B" : "A"}`;
    const result = checkFiscalCodes({ applicantFiscalCode: parent, members: [{ fiscalCode: broken, familyName: "Bianchi" }], memberCount: 1 });
    expect(result.outcome).toBe("failed");
    expect(result.note).toBe("fiscalCodeInvalid");
  });

  it("fails an applicant outside the household", () => {
    expect(checkFiscalCodes({ applicantFiscalCode: parent, members: [members[1]!], memberCount: 1 }).note).toBe("applicantNotMember");
  });
});

describe("supply checks", () => {
  it("fails a missing or suspended supply", () => {
    expect(checkSupplyActive({ kind: "notFound" }).outcome).toBe("failed");
    expect(checkSupplyActive({ kind: "multiple", count: 2 }).note).toBe("multipleSupplies");
    expect(checkSupplyActive({ kind: "found", supply: { ...supply, state: "suspended" } }).outcome).toBe("failed");
    expect(checkSupplyActive({ kind: "found", supply }).outcome).toBe("passed");
  });

  it("needs a resident supply for direct use", () => {
    expect(checkDomesticResident("direct", { kind: "found", supply }).outcome).toBe("passed");
    expect(checkDomesticResident("direct", { kind: "found", supply: { ...supply, useType: "domesticNonResident" } }).note).toBe("notResident");
  });

  it("needs a condominium supply for indirect use", () => {
    expect(checkDomesticResident("indirect", { kind: "found", supply: { ...supply, useType: "condominium" } }).outcome).toBe("passed");
    expect(checkDomesticResident("indirect", { kind: "found", supply }).note).toBe("notCondominium");
  });
});

describe("checkHolderInHousehold", () => {
  const dsuDate = utc(2026, 2, 1);

  it("passes an adult member holder", () => {
    expect(checkHolderInHousehold({ members, dsuDate, match: { kind: "found", supply } }).outcome).toBe("passed");
  });

  it("fails a holder outside the household", () => {
    const other = { ...supply, holderFiscalCode: "RSSMRA45D25F205N", holderFamilyName: "Rossi" };
    expect(checkHolderInHousehold({ members, dsuDate, match: { kind: "found", supply: other } }).note).toBe("holderNotMember");
  });

  it("fails a minor holder until the eighteenth birthday", () => {
    const household = [...members, { fiscalCode: nearlyAdult, familyName: "Bianchi" }];
    const minorSupply = { ...supply, holderFiscalCode: nearlyAdult };
    expect(checkHolderInHousehold({ members: household, dsuDate: utc(2026, 2, 19), match: { kind: "found", supply: minorSupply } }).note).toBe("holderNotAdult");
    expect(checkHolderInHousehold({ members: household, dsuDate: utc(2026, 2, 20), match: { kind: "found", supply: minorSupply } }).outcome).toBe("passed");
  });
});

describe("checkAddressMatch", () => {
  const found = { kind: "found" as const, supply };

  it("passes the same address written differently", () => {
    expect(checkAddressMatch({ street: "V.le Monza", houseNumber: "12 a", postalCode: "20127" }, found).outcome).toBe("passed");
  });

  it("fails a near match with the near note", () => {
    const result = checkAddressMatch({ street: "Viale Monza", houseNumber: "14", postalCode: "20127" }, found);
    expect(result.outcome).toBe("failed");
    expect(result.note).toBe("addressNear");
  });

  it("fails another street", () => {
    expect(checkAddressMatch({ street: "Via Padova", houseNumber: "12/A", postalCode: "20127" }, found).note).toBe("addressDifferent");
  });
});

describe("evaluateBonusChecks", () => {
  const input: ChecksInput = {
    supplyKind: "direct",
    applicantFiscalCode: parent,
    members,
    memberCount: 2,
    dependentChildren: 1,
    iseeCents: 500_000,
    dsuDate: utc(2026, 2, 1),
    declaredAddress: { street: "Viale Monza", houseNumber: "12/A", postalCode: "20127" },
    match: { kind: "found", supply },
    rules,
    householdHasOtherSupply: false,
    overlappingBonus: false,
  };

  it("passes every check of a clean direct application", () => {
    const results = evaluateBonusChecks(input);
    expect(results.map((result) => result.kind)).toEqual([
      "fiscalCodesValid",
      "iseeThreshold",
      "supplyActive",
      "domesticResident",
      "holderInHousehold",
      "addressMatch",
      "onePerHousehold",
      "noOverlappingBonus",
    ]);
    expect(results.every((result) => result.outcome === "passed")).toBe(true);
  });

  it("skips the holder check for indirect use", () => {
    const results = evaluateBonusChecks({ ...input, supplyKind: "indirect", match: { kind: "found", supply: { ...supply, useType: "condominium" } } });
    expect(results.some((result) => result.kind === "holderInHousehold")).toBe(false);
  });

  it("fails the household and overlap checks", () => {
    const results = evaluateBonusChecks({ ...input, householdHasOtherSupply: true, overlappingBonus: true });
    expect(results.find((result) => result.kind === "onePerHousehold")?.outcome).toBe("failed");
    expect(results.find((result) => result.kind === "noOverlappingBonus")?.outcome).toBe("failed");
  });
});
