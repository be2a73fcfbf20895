import { atHour, utcDate } from "./dates";
import type { SeededTenancy } from "./housing";
import type { SeedContext } from "./seed-rows";

/**
 * Adds the 2025 Anagrafe utenza round, closed, with one declaration per tenancy, and the 2027
 * round as a draft. Households in the forfeiture area did not return the 2025 declaration,
 * which is what put them there.
 */
export function buildCensus(context: SeedContext, tenancies: SeededTenancy[], reviewerId: string): void {
  const { random, rows } = context;
  const closedCampaignId = random.uuid();

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
      id: random.uuid(),
      code: "AU-2027",
      name: "Anagrafe utenza 2027",
      opensOn: utcDate(2027, 3, 1),
      closesOn: utcDate(2027, 6, 30),
      rentEffectiveFrom: utcDate(2028, 1, 1),
      state: "draft",
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
}
