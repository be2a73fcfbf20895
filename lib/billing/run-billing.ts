import "server-only";

import { billsPerYear } from "@/lib/billing/compute-bill-lines";
import { issueBill, type SkipReason } from "@/lib/billing/issue-bill";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

const dayMilliseconds = 86_400_000;
const batchSize = 200;
/** Failures listed one by one in the summary; the count covers the rest. */
const listedFailuresMax = 50;

export type BillingRunRequest = {
  periodEnd: Date;
  issuedOn: Date;
  /** When true, only counts and lists the due supplies and issues nothing. */
  dryRun: boolean;
  /** Stops after this many due supplies, for partial runs. */
  limit?: number;
  /** Restricts the run to these supplies, for a rerun of the ones that failed. */
  onlySupplyIds?: string[];
};

export type BillingRunSummary = {
  periodEnd: Date;
  dryRun: boolean;
  /** Active supplies whose billing period ends by `periodEnd`. */
  due: number;
  issued: number;
  skipped: Partial<Record<SkipReason, number>>;
  failed: number;
  failures: Array<{ supplyCode: string; message: string }>;
  /** Supply codes of the first due supplies, for the dry-run preview. */
  dueSample: string[];
};

type SupplyRow = { id: string; supplyCode: string; contractStartOn: Date };

/** Subtracts calendar months from a UTC-midnight date, clamping to the month's last day. */
export function subtractMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/**
 * Returns true when a supply's next bill is due by `periodEnd`: it was never billed, or its last
 * billed period ended at least one billing interval (12 / bills per year, in months) earlier.
 * Bills per year follow the yearly use, taken from the bills of the year before `periodEnd`.
 */
export function isBillingDue(periodEnd: Date, lastPeriodEnd: Date | null, yearlyCubicMetres: number): boolean {
  if (!lastPeriodEnd) return true;

  const intervalMonths = 12 / billsPerYear(yearlyCubicMetres);
  return lastPeriodEnd <= subtractMonths(periodEnd, intervalMonths);
}

/** Selects the due supplies of one batch with two grouped queries, one for the whole batch each. */
async function dueSuppliesOf(client: PrismaClient, batch: SupplyRow[], periodEnd: Date): Promise<SupplyRow[]> {
  const supplyIds = batch.map((supply) => supply.id);
  const yearBefore = new Date(periodEnd.getTime() - 365 * dayMilliseconds);

  const [lastBills, yearUse] = await Promise.all([
    client.bill.groupBy({ by: ["supplyId"], where: { supplyId: { in: supplyIds }, state: "issued" }, _max: { periodEnd: true } }),
    client.bill.groupBy({ by: ["supplyId"], where: { supplyId: { in: supplyIds }, state: "issued", periodEnd: { gt: yearBefore } }, _sum: { consumptionCubicMetres: true } }),
  ]);
  const lastEndBySupply = new Map(lastBills.map((row) => [row.supplyId, row._max.periodEnd]));
  const useBySupply = new Map(yearUse.map((row) => [row.supplyId, row._sum.consumptionCubicMetres ?? 0]));

  return batch.filter((supply) => supply.contractStartOn <= periodEnd && isBillingDue(periodEnd, lastEndBySupply.get(supply.id) ?? null, useBySupply.get(supply.id) ?? 0));
}

/**
 * Issues the bills of every active supply whose billing period is due by `request.periodEnd`.
 * It reads the active supplies in keyset batches by id and issues each bill in its own
 * transaction, so one failure leaves the other bills issued, and returns what it issued,
 * skipped and failed. A dry run only counts the due supplies.
 */
export async function runBilling(request: BillingRunRequest, client: PrismaClient = db()): Promise<BillingRunSummary> {
  const summary: BillingRunSummary = { periodEnd: request.periodEnd, dryRun: request.dryRun, due: 0, issued: 0, skipped: {}, failed: 0, failures: [], dueSample: [] };
  const limit = request.limit ?? Number.POSITIVE_INFINITY;
  let afterId: string | undefined;

  while (summary.due < limit) {
    const batch = await client.supply.findMany({
      where: { state: "active", AND: [afterId ? { id: { gt: afterId } } : {}, request.onlySupplyIds ? { id: { in: request.onlySupplyIds } } : {}] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, supplyCode: true, contractStartOn: true },
    });
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]!.id;

    for (const supply of await dueSuppliesOf(client, batch, request.periodEnd)) {
      if (summary.due >= limit) break;
      summary.due += 1;
      if (summary.dueSample.length < 20) summary.dueSample.push(supply.supplyCode);
      if (request.dryRun) continue;

      await issueOne(client, supply, request, summary);
    }
  }

  logger.info({ periodEnd: request.periodEnd.toISOString().slice(0, 10), dryRun: request.dryRun, due: summary.due, issued: summary.issued, failed: summary.failed }, "Billing run finished");
  return summary;
}

async function issueOne(client: PrismaClient, supply: SupplyRow, request: BillingRunRequest, summary: BillingRunSummary): Promise<void> {
  try {
    const outcome = await issueBill({ supplyId: supply.id, periodEnd: request.periodEnd, issuedOn: request.issuedOn }, client);

    if (outcome.status === "issued") summary.issued += 1;
    else summary.skipped[outcome.reason] = (summary.skipped[outcome.reason] ?? 0) + 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    summary.failed += 1;
    if (summary.failures.length < listedFailuresMax) summary.failures.push({ supplyCode: supply.supplyCode, message });
    logger.error({ err: error, supplyId: supply.id }, "Bill issue failed: the run goes on with the next supply");
  }
}
