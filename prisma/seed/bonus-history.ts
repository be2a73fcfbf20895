import { bonusCheckKinds } from "@/lib/bonus/bonus-checks";
import { rejectionCodeOfCheck } from "@/lib/bonus/rejection-reasons";
import { computeCodiceFiscale, type Sex } from "@/lib/identifiers/codice-fiscale";

import { addDays, atHour, utcDate } from "./dates";
import { italianNames } from "./data/names";
import { SeededRandom } from "./random";
import type { SeedContext } from "./seed-rows";

/**
 * MM's CAF applications received in 2019, before the bonus became automatic: 1,671 received,
 * 1,562 starting in 2019 and 109 in 2020, 1,591 accepted (95.2%). The demo households that
 * buildBonusApplications files in 2019 count towards these totals, so this module adds the rest.
 */
export const historicYearTotals = { year: 2019, received: 1671, startingThatYear: 1562, startingNextYear: 109, accepted: 1591 } as const;

/** Seed of the separate generator, so the historic rows do not shift the rows built after them. */
const historyRandomSeed = 2_019_1671;

/** Yearly value per m³ used for the historic amounts: subsidised rate plus sewerage and treatment of the demo tariff. */
const bonusValuePerCubicMetre = 0.8;
const cubicMetresPerMember = 18.25;
const supplementaryCentsPerMember = 1500;

/** Checks that can fail a historic application, with their relative frequency among rejections. */
const historicFailures: ReadonlyArray<readonly [(typeof bonusCheckKinds)[number], number]> = [
  ["iseeThreshold", 40],
  ["domesticResident", 20],
  ["holderInHousehold", 15],
  ["onePerHousehold", 10],
  ["addressMatch", 10],
  ["fiscalCodesValid", 5],
];

type HistoricInputs = {
  cafOfficeId: string;
  cafOperatorId: string;
  deciderId: string;
  /** Applications received in the historic year that other seed code already added. */
  existing: { received: number; startingThatYear: number; accepted: number };
};

function person(random: SeededRandom, familyName: string, birthYearRange: [number, number]) {
  const sex: Sex = random.chance(0.5) ? "F" : "M";
  const givenName = random.pick(sex === "F" ? italianNames.femaleGivenNames : italianNames.maleGivenNames);
  const birthDate = utcDate(random.integer(...birthYearRange), random.integer(1, 12), random.integer(1, 28));
  return { fiscalCode: computeCodiceFiscale({ surname: familyName, name: givenName, birthDate, sex, placeCode: "F205" }), givenName, familyName };
}

/**
 * Adds the historic CAF applications with bulk rows: applications, their members and their
 * checks. The counts are exact, the mix of sizes, supply kinds and reasons is drawn at random.
 */
export function buildHistoricCafApplications(context: SeedContext, inputs: HistoricInputs): void {
  const random = new SeededRandom(historyRandomSeed);
  const { rows } = context;
  const year = historicYearTotals.year;

  const toAdd = historicYearTotals.received - inputs.existing.received;
  const nextYearCount = historicYearTotals.startingNextYear;
  const thisYearCount = historicYearTotals.startingThatYear - inputs.existing.startingThatYear;
  const acceptedCount = historicYearTotals.accepted - inputs.existing.accepted;
  if (thisYearCount + nextYearCount !== toAdd || acceptedCount > toAdd) {
    throw new Error(`Historic bonus totals do not add up: ${toAdd} to add, ${thisYearCount} + ${nextYearCount} by start year, ${acceptedCount} accepted`);
  }

  // Rejections are spread evenly over the list, so both start years have some.
  const rejectedEvery = toAdd / (toAdd - acceptedCount);

  for (let index = 0; index < toAdd; index += 1) {
    const startsNextYear = index >= thisYearCount;
    const competenceYear = startsNextYear ? year + 1 : year;
    const rejected = Math.floor((index + 1) / rejectedEvery) > Math.floor(index / rejectedEvery);
    const failedCheck = rejected ? random.weighted(historicFailures) : null;

    // Applications for the next year arrive in the autumn, with the new DSU.
    const receivedOn = startsNextYear ? utcDate(year, random.integer(10, 12), random.integer(1, 28)) : utcDate(year, random.integer(1, 9), random.integer(1, 28));
    const decidedOn = addDays(receivedOn, random.integer(15, 45));
    const familyName = random.pick(italianNames.surnames);
    const applicant = person(random, familyName, [1940, 1995]);
    const memberCount = random.weighted([[1, 20], [2, 25], [3, 25], [4, 20], [5, 7], [6, 3]] as const);
    const supplyKind = random.chance(0.7) ? ("direct" as const) : ("indirect" as const);
    const id = random.uuid();

    rows.bonusApplications.push({
      id,
      reference: `CAF-${year}-H${String(index + 1).padStart(5, "0")}`,
      source: "caf",
      cafOfficeId: inputs.cafOfficeId,
      filedById: inputs.cafOperatorId,
      competenceYear,
      applicantFiscalCode: applicant.fiscalCode,
      applicantFamilyName: applicant.familyName,
      applicantGivenName: applicant.givenName,
      memberCount,
      dependentChildren: Math.max(0, memberCount - 2),
      iseeCents: failedCheck === "iseeThreshold" ? random.integer(826_600, 1_400_000) : random.integer(200_000, 826_500),
      dsuProtocol: `INPS-ISEE-${receivedOn.getUTCFullYear()}-${random.digits(8)}-00`,
      dsuDate: addDays(receivedOn, -random.integer(5, 40)),
      supplyKind,
      matchResult: "matched",
      matchedAt: atHour(addDays(receivedOn, 3), 10),
      state: rejected ? "rejected" : "accepted",
      rejectionCode: failedCheck ? rejectionCodeOfCheck[failedCheck] : null,
      rejectionReason: failedCheck ? "Esito del controllo registrato nell'archivio storico delle domande CAF." : null,
      decidedAt: atHour(decidedOn, 12),
      decidedById: inputs.deciderId,
      benefitStart: rejected ? null : utcDate(competenceYear, 1, 1),
      benefitEnd: rejected ? null : utcDate(competenceYear, 12, 31),
      yearlyAmountCents: rejected ? null : Math.round(cubicMetresPerMember * memberCount * bonusValuePerCubicMetre * 100),
      supplementaryYearlyAmountCents: rejected ? null : supplementaryCentsPerMember * memberCount,
      receivedAt: atHour(receivedOn, 9),
    });

    rows.bonusMembers.push({ id: random.uuid(), applicationId: id, ...applicant, isApplicant: true });
    for (let member = 1; member < memberCount; member += 1) {
      const range: [number, number] = member === 1 ? [1940, 1995] : [2000, 2018];
      rows.bonusMembers.push({ id: random.uuid(), applicationId: id, ...person(random, familyName, range), isApplicant: false });
    }

    for (const kind of bonusCheckKinds) {
      if (kind === "holderInHousehold" && supplyKind === "indirect") continue;
      rows.bonusChecks.push({
        id: random.uuid(),
        applicationId: id,
        kind,
        outcome: kind === failedCheck ? "failed" : "passed",
        checkedAt: atHour(decidedOn, 11),
        checkedById: inputs.deciderId,
      });
    }
  }
}
