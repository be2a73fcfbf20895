import "server-only";

import { db } from "@/lib/db/client";
import type { CensusDeclarationState } from "@/lib/generated/prisma/client";

import { declarationStates } from "./declaration-states";

export type CampaignSummary = { id: string; code: string; name: string; state: "draft" | "open" | "closed"; opensOn: Date; closesOn: Date };

/** Lists the campaigns, newest first. There is one every two years, so the list is short. */
export async function listCampaigns(): Promise<CampaignSummary[]> {
  return db().censusCampaign.findMany({ orderBy: { opensOn: "desc" }, take: 50, select: { id: true, code: true, name: true, state: true, opensOn: true, closesOn: true } });
}

export type BuildingProgress = { buildingId: string; buildingCode: string; buildingName: string; counts: Record<CensusDeclarationState, number>; total: number };

/** Counts a campaign's declarations per building and state, in one grouped query, by building code. */
export async function campaignProgress(campaignId: string): Promise<BuildingProgress[]> {
  const rows = await db().$queryRaw<Array<{ buildingId: string; code: string; name: string | null; state: CensusDeclarationState; count: bigint }>>`
    SELECT b."id" AS "buildingId", b."code", b."name", d."state", count(*) AS "count"
    FROM "CensusDeclaration" d
    JOIN "Tenancy" t ON t."id" = d."tenancyId"
    JOIN "Dwelling" w ON w."id" = t."dwellingId"
    JOIN "Building" b ON b."id" = w."buildingId"
    WHERE d."campaignId" = ${campaignId}::uuid
    GROUP BY b."id", b."code", b."name", d."state"
    ORDER BY b."code"`;

  const byBuilding = new Map<string, BuildingProgress>();
  for (const row of rows) {
    let progress = byBuilding.get(row.buildingId);
    if (!progress) {
      const counts = Object.fromEntries(declarationStates.map((state) => [state, 0])) as Record<CensusDeclarationState, number>;
      progress = { buildingId: row.buildingId, buildingCode: row.code, buildingName: row.name ?? row.code, counts, total: 0 };
      byBuilding.set(row.buildingId, progress);
    }
    progress.counts[row.state] = Number(row.count);
    progress.total += Number(row.count);
  }

  return [...byBuilding.values()];
}

export type CensusAggregates = {
  ageBands: Array<{ band: "under30" | "from30to44" | "from45to65" | "from66"; count: number }>;
  nationalities: Array<{ country: string; count: number }>;
  householdSizes: Array<{ size: number; count: number }>;
  declarations: number;
};

/** Most frequent citizenships listed by the aggregates; the rest are summed as "other". */
const TOP_COUNTRIES = 8;

/**
 * Computes the dashboard figures from a campaign's completed declarations: members by age band
 * (under 30, 30-44, 45-65, 66 and over, age on `on`), by citizenship (most frequent first, the
 * rest as "other") and households by size. The database does the counting over the declared members.
 */
export async function campaignAggregates(campaignId: string, on: string): Promise<CensusAggregates> {
  const members = db().$queryRaw<Array<{ band: CensusAggregates["ageBands"][number]["band"]; count: bigint }>>`
    SELECT CASE
             WHEN a.age < 30 THEN 'under30'
             WHEN a.age < 45 THEN 'from30to44'
             WHEN a.age < 66 THEN 'from45to65'
             ELSE 'from66' END AS "band",
           count(*) AS "count"
    FROM (
      SELECT date_part('year', age(${on}::date, (m->>'birthDate')::date)) AS age
      FROM "CensusDeclaration" d, jsonb_array_elements(d."payload"->'members') m
      WHERE d."campaignId" = ${campaignId}::uuid AND d."state" = 'accepted' AND (m->>'birthDate') ~ '^\\d{4}-\\d{2}-\\d{2}$'
    ) a
    GROUP BY 1`;

  const countries = db().$queryRaw<Array<{ country: string; count: bigint }>>`
    SELECT upper(m->>'citizenship') AS "country", count(*) AS "count"
    FROM "CensusDeclaration" d, jsonb_array_elements(d."payload"->'members') m
    WHERE d."campaignId" = ${campaignId}::uuid AND d."state" = 'accepted'
    GROUP BY 1
    ORDER BY 2 DESC, 1`;

  const sizes = db().$queryRaw<Array<{ size: number; count: bigint }>>`
    SELECT d."memberCount" AS "size", count(*) AS "count"
    FROM "CensusDeclaration" d
    WHERE d."campaignId" = ${campaignId}::uuid AND d."state" = 'accepted' AND d."memberCount" IS NOT NULL
    GROUP BY 1
    ORDER BY 1`;

  const [bandRows, countryRows, sizeRows] = await Promise.all([members, countries, sizes]);

  const bandOrder = ["under30", "from30to44", "from45to65", "from66"] as const;
  const ageBands = bandOrder.map((band) => ({ band, count: Number(bandRows.find((row) => row.band === band)?.count ?? 0) }));

  const nationalities = countryRows.slice(0, TOP_COUNTRIES).map((row) => ({ country: row.country, count: Number(row.count) }));
  const otherCount = countryRows.slice(TOP_COUNTRIES).reduce((sum, row) => sum + Number(row.count), 0);
  if (otherCount > 0) nationalities.push({ country: "other", count: otherCount });

  const householdSizes = sizeRows.map((row) => ({ size: row.size, count: Number(row.count) }));
  return { ageBands, nationalities, householdSizes, declarations: householdSizes.reduce((sum, row) => sum + row.count, 0) };
}
