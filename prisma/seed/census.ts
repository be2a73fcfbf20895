import type { Prisma } from "@/lib/generated/prisma/client";

import { atHour, utcDate } from "./dates";
import type { SeededTenancy } from "./housing";
import type { SeedContext } from "./seed-rows";

/**
 * Adds the 2025 Anagrafe utenza round, closed, with one declaration per tenancy, and the 2027
 * round in progress. Households in the forfeiture area did not return the 2025 declaration,
 * which is what put them there. `waitingTenancyIds` are the demo tenants' tenancies, whose 2027
 * declarations stay "to fill in" so the demo accounts can fill them.
 */
export function buildCensus(context: SeedContext, tenancies: SeededTenancy[], reviewerId: string, waitingTenancyIds: readonly string[] = []): void {
  const { random, rows } = context;
  const closedCampaignId = random.uuid();
  const openCampaignId = random.uuid();

  rows.censusCampaigns.push(
    {
      id: closedCampaignId,
      code: "AU-2025",
      name: "Anagrafe utenza 2025",
      opensOn: utcDate(2025, 3, 3),
      closesOn: utcDate(2025, 6, 30),
      rentEffectiveFrom: utcDate(2026, 1, 1),
      state: "closed",
    },
    {
      id: openCampaignId,
      code: "AU-2027",
      name: "Anagrafe utenza 2027",
      opensOn: utcDate(2026, 11, 2),
      closesOn: utcDate(2027, 2, 26),
      rentEffectiveFrom: utcDate(2028, 1, 1),
      state: "open",
    },
  );

  for (const tenancy of tenancies) {
    const tenancyRow = rows.tenancies.find((row) => row.id === tenancy.id);
    const household = rows.households.find((row) => row.id === tenancy.householdId);
    const forfeiture = tenancyRow?.rentArea === "forfeiture";
    const submittedAt = atHour(utcDate(2025, random.integer(3, 6), random.integer(1, 28)), random.integer(9, 19));

    rows.censusDeclarations.push({
      id: random.uuid(),
      campaignId: closedCampaignId,
      tenancyId: tenancy.id,
      householdId: tenancy.householdId,
      state: forfeiture ? "notStarted" : "accepted",
      iseeErpCents: forfeiture ? null : (household?.iseeErpCents ?? null),
      dsuProtocol: forfeiture ? null : `INPS-ISEE-2025-${random.digits(8)}-00`,
      dsuDate: forfeiture ? null : utcDate(2025, random.integer(1, 2), random.integer(1, 28)),
      memberCount: forfeiture ? null : tenancy.memberCount,
      resultingArea: tenancyRow?.rentArea ?? null,
      submittedAt: forfeiture ? null : submittedAt,
      reviewedAt: forfeiture ? null : atHour(utcDate(2025, 9, random.integer(1, 30)), 11),
      reviewedById: forfeiture ? null : reviewerId,
    });
  }

  buildOpenCampaignDeclarations(context, openCampaignId, tenancies, reviewerId, waitingTenancyIds);
}

type DeclarationState = "notStarted" | "draft" | "submitted" | "underReview" | "incomplete" | "accepted";

/** Share of the 2027 declarations in each state at the reference date, a round a few weeks in. */
const openRoundStates: ReadonlyArray<readonly [DeclarationState, number]> = [
  ["notStarted", 35],
  ["draft", 12],
  ["submitted", 15],
  ["underReview", 10],
  ["incomplete", 8],
  ["accepted", 20],
];

/** Citizenship of household members by the holder's origin; the seed records only the holder's birth place. */
function citizenshipOf(context: SeedContext, personId: string): string {
  const person = context.rows.persons.find((row) => row.id === personId);
  return person?.citizenship ?? "IT";
}

/** Builds the form values a household would have typed, from its members on file. */
function payloadOf(context: SeedContext, tenancy: SeededTenancy, iseeErpCents: number, dsuProtocol: string, dsuDate: Date): Record<string, unknown> {
  const { random, rows } = context;
  const members = rows.householdMembers
    .filter((member) => member.householdId === tenancy.householdId && !member.leftOn)
    .map((member) => {
      const person = rows.persons.find((row) => row.id === member.personId);
      const birthDate = person?.birthDate instanceof Date ? person.birthDate.toISOString().slice(0, 10) : "";
      const retired = birthDate !== "" && birthDate < "1960-01-01";
      return {
        givenName: person?.givenName ?? "",
        familyName: person?.familyName ?? "",
        fiscalCode: person?.fiscalCode ?? "",
        birthDate,
        relationship: member.relationship,
        citizenship: citizenshipOf(context, member.personId),
        employment: retired ? "retired" : random.pick(["employee", "employee", "selfEmployed", "unemployed", "homemaker", "student"]),
        yearlyIncome: String(random.integer(0, 22_000)),
        disability: random.chance(0.06) ? "on" : "",
        dependent: member.relationship === "child" ? "on" : "",
      };
    });

  return {
    members,
    residesInDwelling: "yes",
    residenceNote: "",
    iseeErp: (iseeErpCents / 100).toFixed(2).replace(".", ","),
    dsuProtocol,
    dsuDate: dsuDate.toISOString().slice(0, 10),
    phone: `+39 3${random.digits(9)}`,
    email: "",
  };
}

/** Adds one 2027 declaration per tenancy, spread over every state, with the payload the state implies. */
function buildOpenCampaignDeclarations(context: SeedContext, campaignId: string, tenancies: SeededTenancy[], reviewerId: string, waitingTenancyIds: readonly string[]): void {
  const { random, rows } = context;

  for (const tenancy of tenancies) {
    const state: DeclarationState = waitingTenancyIds.includes(tenancy.id) ? "notStarted" : random.weighted(openRoundStates);
    const household = rows.households.find((row) => row.id === tenancy.householdId);
    const tenancyRow = rows.tenancies.find((row) => row.id === tenancy.id);

    if (state === "notStarted") {
      rows.censusDeclarations.push({ id: random.uuid(), campaignId, tenancyId: tenancy.id, householdId: tenancy.householdId, state });
      continue;
    }

    // A year on, most households declare an ISEE-ERP within 15% of the last one.
    const iseeErpCents = Math.max(0, Math.round((household?.iseeErpCents ?? 1_000_000) * (0.85 + random.next() * 0.3)));
    const dsuDate = utcDate(2026, random.integer(9, 11), random.integer(1, 18));
    const dsuProtocol = `INPS-ISEE-2026-${random.digits(8)}-00`;
    const submitted = state !== "draft";
    const submittedAt = atHour(utcDate(2026, 11, random.integer(3, 18)), random.integer(9, 19));
    const reviewed = state === "underReview" || state === "incomplete" || state === "accepted";

    rows.censusDeclarations.push({
      id: random.uuid(),
      campaignId,
      tenancyId: tenancy.id,
      householdId: tenancy.householdId,
      state,
      payload: payloadOf(context, tenancy, iseeErpCents, dsuProtocol, dsuDate) as Prisma.InputJsonValue,
      iseeErpCents: submitted ? iseeErpCents : null,
      dsuProtocol: submitted ? dsuProtocol : null,
      dsuDate: submitted ? dsuDate : null,
      memberCount: submitted ? tenancy.memberCount : null,
      resultingArea: state === "accepted" ? (tenancyRow?.rentArea ?? null) : null,
      submittedAt: submitted ? submittedAt : null,
      reviewedAt: reviewed ? atHour(utcDate(2026, 11, 19), 11) : null,
      reviewedById: reviewed ? reviewerId : null,
      integrationRequest: state === "incomplete" ? "Manca l'attestazione ISEE in PDF: la alleghi alla dichiarazione, per favore." : null,
      integrationRequestedAt: state === "incomplete" ? atHour(utcDate(2026, 11, 19), 11) : null,
    });
  }
}
