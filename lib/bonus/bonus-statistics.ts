import "server-only";

import { startOfRomeDay } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";

export type BonusStatistics = {
  year: number;
  received: number;
  byStartYear: Array<{ year: number; count: number }>;
  accepted: number;
  rejected: number;
  pending: number;
  /** Accepted over received, from 0 to 1; null when nothing was received. */
  acceptedShare: number | null;
  rejectionReasons: Array<{ code: string; count: number }>;
  bySupplyKind: Array<{ supplyKind: "direct" | "indirect"; count: number }>;
  bySource: Array<{ source: "national" | "caf"; count: number }>;
};

/** Returns the instants a calendar year starts and ends in Rome, so an application received at 00:30 on 1 January counts in the new year. */
function yearRange(year: number) {
  return { gte: startOfRomeDay(`${year}-01-01`), lt: startOfRomeDay(`${year + 1}-01-01`) };
}

/** Years in which applications were received, newest first, for the year picker. */
export async function listReceiptYears(): Promise<number[]> {
  const rows = await db().$queryRaw<Array<{ year: number }>>`
    SELECT DISTINCT EXTRACT(YEAR FROM "receivedAt" AT TIME ZONE 'Europe/Rome')::int AS year FROM "WaterBonusApplication" ORDER BY year DESC`;
  return rows.map((row) => row.year);
}

/**
 * Computes the statistics of the applications received in a calendar year (Rome time)
 * with SQL aggregates over the rows: totals by year of start (the competence year), by state,
 * by rejection reason, by supply kind and by source.
 */
export async function computeBonusStatistics(year: number): Promise<BonusStatistics> {
  const where = { receivedAt: yearRange(year) };
  const applications = db().waterBonusApplication;

  const [byStartYear, byState, byReason, byKind, bySource] = await Promise.all([
    applications.groupBy({ by: ["competenceYear"], where, _count: { _all: true }, orderBy: { competenceYear: "asc" } }),
    applications.groupBy({ by: ["state"], where, _count: { _all: true } }),
    applications.groupBy({ by: ["rejectionCode"], where: { ...where, state: "rejected" }, _count: { _all: true } }),
    applications.groupBy({ by: ["supplyKind"], where, _count: { _all: true }, orderBy: { supplyKind: "asc" } }),
    applications.groupBy({ by: ["source"], where, _count: { _all: true }, orderBy: { source: "asc" } }),
  ]);

  const countOf = (state: string) => byState.find((row) => row.state === state)?._count._all ?? 0;
  const received = byState.reduce((sum, row) => sum + row._count._all, 0);
  const accepted = countOf("accepted");
  const rejected = countOf("rejected");

  return {
    year,
    received,
    byStartYear: byStartYear.map((row) => ({ year: row.competenceYear, count: row._count._all })),
    accepted,
    rejected,
    pending: received - accepted - rejected,
    acceptedShare: received === 0 ? null : accepted / received,
    rejectionReasons: byReason
      .map((row) => ({ code: row.rejectionCode ?? "OTHER", count: row._count._all }))
      .sort((first, second) => second.count - first.count || first.code.localeCompare(second.code)),
    bySupplyKind: byKind.map((row) => ({ supplyKind: row.supplyKind, count: row._count._all })),
    bySource: bySource.map((row) => ({ source: row.source, count: row._count._all })),
  };
}
