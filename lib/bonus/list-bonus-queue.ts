import "server-only";

import type { BonusQueueFilters } from "@/lib/bonus/bonus-queue-filters";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageSummary } from "@/lib/pagination";

export type BonusQueueRow = {
  id: string;
  reference: string;
  source: "national" | "caf";
  state: string;
  supplyKind: "direct" | "indirect";
  applicantName: string;
  competenceYear: number;
  receivedAt: Date;
  cafOfficeName: string | null;
  failedChecks: number;
  openInspections: number;
};

/** Builds the `where` clause of the queue filters; each filter uses an indexed column or a unique key. */
export function bonusQueueWhere(filters: Omit<BonusQueueFilters, "paging">): Prisma.WaterBonusApplicationWhereInput {
  const where: Prisma.WaterBonusApplicationWhereInput[] = [];

  if (filters.state) where.push({ state: filters.state });
  if (filters.source) where.push({ source: filters.source });
  if (filters.cafOffice) where.push({ cafOfficeId: filters.cafOffice });
  if (filters.year) where.push({ competenceYear: filters.year });
  if (filters.failedCheck) where.push({ checks: { some: { kind: filters.failedCheck, outcome: "failed" } } });
  if (filters.needsInspection) where.push({ inspections: { some: { outcome: null } } });
  if (filters.q) {
    const text = filters.q.toUpperCase();
    where.push({ OR: [{ reference: { startsWith: text } }, { applicantFiscalCode: text }, { applicantFamilyName: { startsWith: filters.q, mode: "insensitive" } }] });
  }

  return { AND: where };
}

/** Loads one page of the back-office bonus queue, newest first. */
export async function listBonusQueue(filters: BonusQueueFilters): Promise<{ rows: BonusQueueRow[]; summary: PageSummary }> {
  const where = bonusQueueWhere(filters);

  const [total, applications] = await Promise.all([
    db().waterBonusApplication.count({ where }),
    db().waterBonusApplication.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
      ...toSkipTake(filters.paging),
      select: {
        id: true,
        reference: true,
        source: true,
        state: true,
        supplyKind: true,
        applicantFamilyName: true,
        applicantGivenName: true,
        competenceYear: true,
        receivedAt: true,
        cafOffice: { select: { name: true } },
        _count: { select: { checks: { where: { outcome: "failed" } }, inspections: { where: { outcome: null } } } },
      },
    }),
  ]);

  return {
    summary: summarizePage(filters.paging, total),
    rows: applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      source: application.source,
      state: application.state,
      supplyKind: application.supplyKind,
      applicantName: `${application.applicantFamilyName} ${application.applicantGivenName}`,
      competenceYear: application.competenceYear,
      receivedAt: application.receivedAt,
      cafOfficeName: application.cafOffice?.name ?? null,
      failedChecks: application._count.checks,
      openInspections: application._count.inspections,
    })),
  };
}

/** Options of the queue's filter form: the CAF offices and the years present. */
export async function listBonusQueueOptions(): Promise<{ cafOffices: Array<{ id: string; name: string }>; years: number[] }> {
  const [cafOffices, years] = await Promise.all([
    db().cafOffice.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 200 }),
    db().waterBonusApplication.groupBy({ by: ["competenceYear"], orderBy: { competenceYear: "desc" } }),
  ]);

  return { cafOffices, years: years.map((row) => row.competenceYear) };
}
