import { bonusCheckKinds } from "@/lib/bonus/bonus-checks";
import { rejectionCodeOfCheck } from "@/lib/bonus/rejection-reasons";
import { computeCodiceFiscale, type Sex } from "@/lib/identifiers/codice-fiscale";

import type { BonusPeriod } from "./billing";
import { buildHistoricCafApplications, historicYearTotals } from "./bonus-history";
import { addDays, atHour, utcDate } from "./dates";
import { italianNames } from "./data/names";
import type { SeedContext } from "./seed-rows";
import type { SeededSupply } from "./water";

/** 18.25 m³ per member per year (50 litres a day), valued at the demo tariff's subsidised rate plus sewerage and treatment (0.80 €/m³). */
const cubicMetresPerMember = 18.25;
const bonusValuePerCubicMetre = 0.8;
const supplementaryCentsPerMember = 1500;

export type BonusHousehold = {
  supply: SeededSupply;
  holder: { id: string; fiscalCode: string; givenName: string; familyName: string };
  /** Other members already seeded as persons; the rest are generated. */
  otherMembers?: Array<{ fiscalCode: string; givenName: string; familyName: string }>;
  memberCount: number;
};

type Outcome =
  | { kind: "accepted" }
  | { kind: "rejected"; reason: string; failedCheck: "domesticResident" | "holderInHousehold" | "iseeThreshold" }
  | { kind: "noSupplyFound" }
  | { kind: "received" };

function generatedMember(context: SeedContext, familyName: string): { fiscalCode: string; givenName: string; familyName: string; birthDate: Date } {
  const sex: Sex = context.random.chance(0.5) ? "F" : "M";
  const givenName = context.random.pick(sex === "F" ? italianNames.femaleGivenNames : italianNames.maleGivenNames);
  const birthDate = utcDate(context.random.integer(1960, 2020), context.random.integer(1, 12), context.random.integer(1, 28));
  return { fiscalCode: computeCodiceFiscale({ surname: familyName, name: givenName, birthDate, sex, placeCode: "F205" }), givenName, familyName, birthDate };
}

function yearlyAmountCents(members: number): number {
  return Math.round(cubicMetresPerMember * members * bonusValuePerCubicMetre * 100);
}

type ApplicationOptions = {
  household: BonusHousehold | null;
  applicant: { fiscalCode: string; givenName: string; familyName: string };
  memberCount: number;
  source: "national" | "caf";
  competenceYear: number;
  receivedOn: Date;
  outcome: Outcome;
  supplyKind: "direct" | "indirect";
  batchId?: string;
  cafOfficeId?: string;
  filedById?: string;
  deciderId: string;
};

function matchResultFor(options: ApplicationOptions): "noSupplyFound" | "matched" | "pending" {
  if (options.outcome.kind === "noSupplyFound") return "noSupplyFound";
  return options.household ? "matched" : "pending";
}

function stateFor(outcome: Outcome): "checking" | "accepted" | "rejected" {
  if (outcome.kind === "received") return "checking";
  return outcome.kind === "accepted" ? "accepted" : "rejected";
}

function failedCheckOf(outcome: Outcome): "domesticResident" | "holderInHousehold" | "iseeThreshold" | "supplyActive" | null {
  if (outcome.kind === "rejected") return outcome.failedCheck;
  return outcome.kind === "noSupplyFound" ? "supplyActive" : null;
}

function addApplication(context: SeedContext, options: ApplicationOptions): { id: string; benefitStart: Date | null; benefitEnd: Date | null } {
  const { random, rows } = context;
  const id = random.uuid();
  const decided = options.outcome.kind !== "received";
  const accepted = options.outcome.kind === "accepted";
  const decidedOn = addDays(options.receivedOn, random.integer(10, 40));
  const benefitStart = accepted ? utcDate(options.competenceYear, 1, 1) : null;
  const benefitEnd = accepted ? utcDate(options.competenceYear, 12, 31) : null;
  const iseeCents = options.outcome.kind === "rejected" && options.outcome.failedCheck === "iseeThreshold" ? random.integer(1_000_000, 1_400_000) : random.integer(300_000, 950_000);

  rows.bonusApplications.push({
    id,
    reference: options.source === "national"
      ? `SII-${options.competenceYear}-${random.digits(9)}`
      : `CAF-${options.competenceYear}-${String(rows.bonusApplications.length + 1).padStart(5, "0")}`,
    source: options.source,
    batchId: options.batchId ?? null,
    cafOfficeId: options.cafOfficeId ?? null,
    filedById: options.filedById ?? null,
    competenceYear: options.competenceYear,
    applicantFiscalCode: options.applicant.fiscalCode,
    applicantFamilyName: options.applicant.familyName,
    applicantGivenName: options.applicant.givenName,
    applicantId: options.household?.holder.id ?? null,
    memberCount: options.memberCount,
    iseeCents,
    dsuProtocol: `INPS-ISEE-${options.competenceYear - 1}-${random.digits(8)}-00`,
    dsuDate: addDays(options.receivedOn, -random.integer(20, 60)),
    supplyKind: options.supplyKind,
    declaredSupplyCode: options.household?.supply.supplyCode ?? null,
    supplyId: options.outcome.kind === "noSupplyFound" ? null : (options.household?.supply.id ?? null),
    matchResult: matchResultFor(options),
    matchedAt: options.household ? atHour(addDays(options.receivedOn, 2), 9) : null,
    state: stateFor(options.outcome),
    rejectionCode: failedCheckOf(options.outcome) && options.outcome.kind !== "received" ? rejectionCodeOfCheck[failedCheckOf(options.outcome)!] : null,
    rejectionReason:
      options.outcome.kind === "rejected"
        ? options.outcome.reason
        : options.outcome.kind === "noSupplyFound"
          ? "Nessuna fornitura intestata a un componente del nucleo ISEE all'indirizzo dichiarato."
          : null,
    decidedAt: decided ? atHour(decidedOn, 12) : null,
    decidedById: decided ? options.deciderId : null,
    benefitStart,
    benefitEnd,
    yearlyAmountCents: accepted ? yearlyAmountCents(options.memberCount) : null,
    supplementaryYearlyAmountCents: accepted ? supplementaryCentsPerMember * options.memberCount : null,
    receivedAt: atHour(options.receivedOn, 8),
  });

  const members = [
    { ...options.applicant, isApplicant: true },
    ...(options.household?.otherMembers ?? []).map((member) => ({ ...member, isApplicant: false })),
  ];
  while (members.length < options.memberCount) {
    members.push({ ...generatedMember(context, options.applicant.familyName), isApplicant: false });
  }
  for (const member of members.slice(0, options.memberCount)) {
    rows.bonusMembers.push({
      id: random.uuid(),
      applicationId: id,
      fiscalCode: member.fiscalCode,
      familyName: member.familyName,
      givenName: member.givenName,
      isApplicant: member.isApplicant,
    });
  }

  const failedCheck = failedCheckOf(options.outcome);
  for (const kind of bonusCheckKinds) {
    if (kind === "holderInHousehold" && options.supplyKind === "indirect") continue;
    let outcome: "pending" | "failed" | "passed" = kind === failedCheck ? "failed" : "passed";
    if (options.outcome.kind === "received") outcome = "pending";
    rows.bonusChecks.push({
      id: random.uuid(),
      applicationId: id,
      kind,
      outcome,
      checkedAt: outcome === "pending" ? null : atHour(decidedOn, 11),
      checkedById: outcome === "pending" ? null : options.deciderId,
    });
  }

  if (accepted && options.supplyKind === "indirect") {
    // Indirect users are paid once, outside the bill, within 60 days of the positive check.
    for (const supplementary of [false, true]) {
      rows.bonusPaymentOrders.push({
        id: random.uuid(),
        applicationId: id,
        supplementary,
        amountCents: supplementary ? supplementaryCentsPerMember * options.memberCount : yearlyAmountCents(options.memberCount),
        orderedOn: addDays(decidedOn, 5),
        dueBy: addDays(decidedOn, 60),
        paidOn: addDays(decidedOn, random.integer(20, 50)),
        method: "bankTransfer",
        state: "paid",
      });
    }
  }

  return { id, benefitStart, benefitEnd };
}

export type BonusInputs = {
  directHouseholds: BonusHousehold[];
  indirectHouseholds: BonusHousehold[];
  nonResidentHousehold: BonusHousehold;
  cafHouseholds: BonusHousehold[];
  cafOfficeId: string;
  cafOperatorId: string;
  deciderId: string;
  importerId: string;
};

/**
 * Adds the 2026 national batch and the applications filed by a CAF in 2019, the historic year
 * that buildHistoricCafApplications completes. The batch has accepted direct and indirect
 * households, a rejection for a non-resident supply, a household without a supply and one still
 * being checked. Returns the bonus periods to credit in bills, by supply.
 */
export function buildBonusApplications(context: SeedContext, inputs: BonusInputs): Map<string, BonusPeriod> {
  const { random, rows } = context;
  const periods = new Map<string, BonusPeriod>();
  const batchId = random.uuid();
  const receivedOn = utcDate(2026, 2, 10);
  const national = { source: "national" as const, competenceYear: 2026, receivedOn, batchId, deciderId: inputs.deciderId };

  for (const household of inputs.directHouseholds) {
    const application = addApplication(context, { ...national, household, applicant: household.holder, memberCount: household.memberCount, outcome: { kind: "accepted" }, supplyKind: "direct" });
    periods.set(household.supply.id, {
      applicationId: application.id,
      members: household.memberCount,
      start: application.benefitStart!,
      end: application.benefitEnd!,
      cubicMetresPerMemberPerYear: cubicMetresPerMember,
      supplementaryCentsPerMemberPerYear: supplementaryCentsPerMember,
    });
  }

  for (const household of inputs.indirectHouseholds) {
    addApplication(context, { ...national, household, applicant: household.holder, memberCount: household.memberCount, outcome: { kind: "accepted" }, supplyKind: "indirect" });
  }

  addApplication(context, {
    ...national,
    household: inputs.nonResidentHousehold,
    applicant: inputs.nonResidentHousehold.holder,
    memberCount: 2,
    supplyKind: "direct",
    outcome: {
      kind: "rejected",
      failedCheck: "domesticResident",
      reason: "La fornitura è ad uso domestico non residente: il bonus spetta solo alle forniture domestiche residenti.",
    },
  });

  const stranger = generatedMember(context, random.pick(italianNames.surnames));
  addApplication(context, { ...national, household: null, applicant: stranger, memberCount: 3, supplyKind: "direct", outcome: { kind: "noSupplyFound" } });

  const latecomer = generatedMember(context, random.pick(italianNames.surnames));
  addApplication(context, { ...national, household: null, applicant: latecomer, memberCount: 4, supplyKind: "indirect", receivedOn: utcDate(2026, 11, 3), outcome: { kind: "received" } });

  for (const [index, household] of inputs.cafHouseholds.entries()) {
    addApplication(context, {
      source: "caf",
      competenceYear: 2019,
      receivedOn: utcDate(2019, random.integer(2, 10), random.integer(1, 28)),
      deciderId: inputs.deciderId,
      cafOfficeId: inputs.cafOfficeId,
      filedById: inputs.cafOperatorId,
      household,
      applicant: household.holder,
      memberCount: household.memberCount,
      supplyKind: "direct",
      outcome:
        index === inputs.cafHouseholds.length - 1
          ? { kind: "rejected", failedCheck: "iseeThreshold", reason: "ISEE superiore alla soglia di 8.265 € in vigore per il 2019." }
          : { kind: "accepted" },
    });
  }

  rows.bonusBatches.push({
    id: batchId,
    reference: "SII-BATCH-2026-01",
    source: "national",
    receivedOn,
    fileName: "bonus-idrico-2026-01.csv",
    recordCount: rows.bonusApplications.filter((application) => application.batchId === batchId).length,
    importedById: inputs.importerId,
  });

  const historicYear = historicYearTotals.year;
  const receivedInHistoricYear = rows.bonusApplications.filter((application) => new Date(application.receivedAt).getUTCFullYear() === historicYear);
  buildHistoricCafApplications(context, {
    cafOfficeId: inputs.cafOfficeId,
    cafOperatorId: inputs.cafOperatorId,
    deciderId: inputs.deciderId,
    existing: {
      received: receivedInHistoricYear.length,
      startingThatYear: receivedInHistoricYear.filter((application) => application.competenceYear === historicYear).length,
      accepted: receivedInHistoricYear.filter((application) => application.state === "accepted").length,
    },
  });

  return periods;
}
