import "server-only";

import { billedDays } from "@/lib/billing/compute-bill-lines";
import { endOfRomeDay, startOfRomeDay } from "@/lib/charter/rome-time";
import { fromUtcMidnight } from "@/lib/charter/plain-date";
import type { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

const readingSelect = { id: true, meterId: true, cubicMetres: true, readAt: true, source: true } as const;

export type PeriodReading = { id: string; meterId: string; cubicMetres: number; readAt: Date; source: "actual" | "self" | "estimated" };

/** Share of the usual use an estimate bills, as the demo history does, so the next actual reading rarely goes backwards. */
const estimateShare = 0.9;

/**
 * Finds the reading a new bill starts from, which is the closing reading of the supply's last
 * issued bill. When that bill records none, it is the latest accepted reading by the end of the
 * bill's period in Rome. A supply never billed starts from its first accepted reading.
 */
export async function findOpeningReading(tx: Transaction, supplyId: string, lastBill: { periodEnd: Date; toReadingId: string | null } | null): Promise<PeriodReading | null> {
  if (lastBill?.toReadingId) {
    return tx.meterReading.findUnique({ where: { id: lastBill.toReadingId }, select: readingSelect });
  }

  if (lastBill) {
    return tx.meterReading.findFirst({
      where: { supplyId, state: "accepted", readAt: { lte: endOfRomeDay(fromUtcMidnight(lastBill.periodEnd)) } },
      orderBy: { readAt: "desc" },
      select: readingSelect,
    });
  }

  return tx.meterReading.findFirst({ where: { supplyId, state: "accepted" }, orderBy: { readAt: "asc" }, select: readingSelect });
}

/** Finds the latest accepted actual or self-reading after the opening reading and by the end of `periodEnd` in Rome. */
export async function findClosingReading(tx: Transaction, supplyId: string, opening: PeriodReading, periodEnd: Date): Promise<PeriodReading | null> {
  return tx.meterReading.findFirst({
    where: {
      supplyId,
      state: "accepted",
      source: { in: ["actual", "self"] },
      readAt: { gt: opening.readAt, lte: endOfRomeDay(fromUtcMidnight(periodEnd)) },
    },
    orderBy: { readAt: "desc" },
    select: readingSelect,
  });
}

/**
 * Computes the m³ used between two readings. On one meter it is the difference, adding one turn
 * of the register when it wrapped to 0. Across a meter replacement it is the old meter's use up
 * to its removal reading plus the new meter's use from its install reading.
 * NOTE: only one replacement inside a period is handled; a second one is billed as if absent.
 */
export async function consumptionBetween(tx: Transaction, opening: PeriodReading, closing: PeriodReading): Promise<number> {
  if (opening.meterId === closing.meterId) {
    const difference = closing.cubicMetres - opening.cubicMetres;
    if (difference >= 0) return difference;

    const meter = await tx.meter.findUniqueOrThrow({ where: { id: closing.meterId }, select: { digits: true } });
    return difference + 10 ** meter.digits;
  }

  const [oldMeter, newMeter] = await Promise.all([
    tx.meter.findUniqueOrThrow({ where: { id: opening.meterId }, select: { removalReadingCubicMetres: true } }),
    tx.meter.findUniqueOrThrow({ where: { id: closing.meterId }, select: { installReadingCubicMetres: true } }),
  ]);
  const oldUse = Math.max(0, (oldMeter.removalReadingCubicMetres ?? opening.cubicMetres) - opening.cubicMetres);
  const newUse = Math.max(0, closing.cubicMetres - newMeter.installReadingCubicMetres);
  return oldUse + newUse;
}

/**
 * Estimates the m³ of a period with no actual or self-reading: 90% of the daily use billed over
 * the year before the period, times the period's days. A supply with no billed year estimates 0.
 */
export async function estimateConsumption(tx: Transaction, supplyId: string, periodStart: Date, periodEnd: Date): Promise<number> {
  const yearBefore = new Date(periodStart.getTime() - 365 * 86_400_000);
  const bills = await tx.bill.findMany({
    where: { supplyId, state: "issued", periodEnd: { gte: yearBefore, lt: periodStart } },
    select: { periodStart: true, periodEnd: true, consumptionCubicMetres: true },
  });

  const billedDaysTotal = bills.reduce((sum, bill) => sum + billedDays(bill.periodStart, bill.periodEnd), 0);
  if (billedDaysTotal === 0) return 0;

  const dailyUse = bills.reduce((sum, bill) => sum + bill.consumptionCubicMetres, 0) / billedDaysTotal;
  return Math.floor(dailyUse * billedDays(periodStart, periodEnd) * estimateShare);
}

/** Records the estimated closing reading of a period on the opening reading's meter, at noon in Rome on `periodEnd`. */
export async function recordEstimatedReading(tx: Transaction, supplyId: string, opening: PeriodReading, periodEnd: Date, cubicMetresUsed: number): Promise<PeriodReading> {
  const readAt = new Date(startOfRomeDay(fromUtcMidnight(periodEnd)).getTime() + 12 * 3_600_000);

  return tx.meterReading.create({
    data: {
      meterId: opening.meterId,
      supplyId,
      readAt,
      cubicMetres: opening.cubicMetres + cubicMetresUsed,
      source: "estimated",
      channel: "system",
      state: "accepted",
    },
    select: readingSelect,
  });
}
