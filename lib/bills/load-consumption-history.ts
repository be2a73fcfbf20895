import "server-only";

import { customerBillScope } from "@/lib/bills/customer-bill-scope";
import { chartWindowStart, type ConsumptionPeriod } from "@/lib/bills/consumption-chart";
import { db } from "@/lib/db/client";

/** Most periods the chart reads: 24 months billed monthly, with room for corrected bills. */
const maxPeriods = 36;

/**
 * Loads the billed periods of a supply that end within the last 24 months, for the consumption
 * chart. Cancelled bills are left out, because a corrected bill replaces them.
 */
export async function loadConsumptionHistory(personId: string | null, supplyId: string, today: Date = new Date()): Promise<ConsumptionPeriod[]> {
  const bills = await db().bill.findMany({
    where: { AND: [customerBillScope(personId, today), { supplyId, state: "issued", periodEnd: { gte: chartWindowStart(today) } }] },
    orderBy: [{ periodEnd: "desc" }],
    take: maxPeriods,
    select: { id: true, periodStart: true, periodEnd: true, consumptionCubicMetres: true, estimated: true },
  });

  return bills.map((bill) => ({
    billId: bill.id,
    periodStart: bill.periodStart,
    periodEnd: bill.periodEnd,
    cubicMetres: bill.consumptionCubicMetres,
    estimated: bill.estimated,
  }));
}
