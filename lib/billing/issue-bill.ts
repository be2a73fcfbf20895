import "server-only";

import { allocateBillNumber, allocateWaterNoticeCode } from "@/lib/billing/bill-counters";
import { computeBillLines, type ComputedLine } from "@/lib/billing/compute-bill-lines";
import { loadTariffInForce } from "@/lib/billing/load-tariff";
import { consumptionBetween, estimateConsumption, findClosingReading, findOpeningReading, recordEstimatedReading } from "@/lib/billing/period-readings";
import { creditBonusOnBill } from "@/lib/bonus/credit-bonus-on-bill";
import { db } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { creditPendingIndemnities } from "@/lib/indemnities/credit-pending-indemnities";
import { logger } from "@/lib/log/logger";

const dayMilliseconds = 86_400_000;

/** Calendar days from issue to due date. The service charter requires at least 20. */
export const paymentTermDays = 25;

export type IssueBillRequest = {
  supplyId: string;
  /** Last billed day, a UTC midnight as Prisma stores `@db.Date`. */
  periodEnd: Date;
  /** Issue date, a UTC midnight. */
  issuedOn: Date;
};

export type SkipReason = "supplyNotActive" | "alreadyBilled" | "noOpeningReading" | "noTariff" | "emptyPeriod";

export type IssueBillOutcome =
  | { status: "issued"; billId: string; number: string; totalCents: number; creditedIndemnities: number; bonusCreditCents: number; estimated: boolean }
  | { status: "skipped"; reason: SkipReason };

type Transaction = Prisma.TransactionClient;

function toLineRow(billId: string, line: ComputedLine, position: number): Prisma.BillLineCreateManyInput {
  return {
    billId,
    position,
    kind: line.kind,
    service: line.service,
    band: line.band,
    description: line.description,
    quantity: line.quantity,
    unitPrice: line.unitPrice === null ? null : Math.round(line.unitPrice * 1_000_000) / 1_000_000,
    amountCents: line.amountCents,
  };
}

async function issueInTransaction(tx: Transaction, request: IssueBillRequest): Promise<IssueBillOutcome> {
  // Locking the supply serializes two issues for it, so the second one reads the bill of the first.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Supply" WHERE id = ${request.supplyId}::uuid FOR UPDATE`;
  if (locked.length === 0) return { status: "skipped", reason: "supplyNotActive" };

  const supply = await tx.supply.findUniqueOrThrow({
    where: { id: request.supplyId },
    select: { state: true, useType: true, housingUnits: true, residentCount: true, contractStartOn: true },
  });
  if (supply.state !== "active") return { status: "skipped", reason: "supplyNotActive" };

  const lastBill = await tx.bill.findFirst({
    where: { supplyId: request.supplyId, state: "issued" },
    orderBy: { periodEnd: "desc" },
    select: { periodEnd: true, toReadingId: true },
  });
  if (lastBill && lastBill.periodEnd >= request.periodEnd) return { status: "skipped", reason: "alreadyBilled" };

  const periodStart = lastBill ? new Date(lastBill.periodEnd.getTime() + dayMilliseconds) : supply.contractStartOn;
  if (periodStart > request.periodEnd) return { status: "skipped", reason: "emptyPeriod" };

  const opening = await findOpeningReading(tx, request.supplyId, lastBill);
  if (!opening) return { status: "skipped", reason: "noOpeningReading" };

  const tariff = await loadTariffInForce(tx, supply.useType, request.periodEnd);
  if (!tariff) return { status: "skipped", reason: "noTariff" };

  let closing = await findClosingReading(tx, request.supplyId, opening, request.periodEnd);
  let consumption: number;
  if (closing) {
    consumption = await consumptionBetween(tx, opening, closing);
  } else {
    consumption = await estimateConsumption(tx, request.supplyId, periodStart, request.periodEnd);
    closing = await recordEstimatedReading(tx, request.supplyId, opening, request.periodEnd, consumption);
  }

  const lines = computeBillLines({
    tariff,
    periodStart,
    periodEnd: request.periodEnd,
    consumptionCubicMetres: consumption,
    housingUnits: supply.housingUnits,
    residentCount: supply.residentCount,
  });
  const chargesCents = lines.reduce((sum, line) => sum + line.amountCents, 0);

  const year = request.issuedOn.getUTCFullYear();
  const bill = await tx.bill.create({
    data: {
      number: await allocateBillNumber(tx, year),
      supplyId: request.supplyId,
      tariffId: tariff.id,
      periodStart,
      periodEnd: request.periodEnd,
      issuedOn: request.issuedOn,
      dueOn: new Date(request.issuedOn.getTime() + paymentTermDays * dayMilliseconds),
      consumptionCubicMetres: consumption,
      estimated: closing.source === "estimated",
      fromReadingId: opening.id,
      toReadingId: closing.id,
      totalCents: chargesCents,
    },
    select: { id: true, number: true, dueOn: true },
  });
  await tx.billLine.createMany({ data: lines.map((line, index) => toLineRow(bill.id, line, index + 1)) });

  const indemnities = await creditPendingIndemnities(request.supplyId, bill, tx);
  const bonusCreditCents = await creditBonusOnBill(tx, bill.id);

  // The credits changed the total, so the notice code and payment state follow the final sum.
  const sum = await tx.billLine.aggregate({ where: { billId: bill.id }, _sum: { amountCents: true } });
  const totalCents = sum._sum.amountCents ?? 0;
  const owed = totalCents > 0;
  await tx.bill.update({
    where: { id: bill.id },
    data: {
      totalCents,
      pagoPaNoticeCode: owed ? await allocateWaterNoticeCode(tx, year) : null,
      paymentState: owed ? "unpaid" : "paid",
      paidOn: owed ? null : bill.dueOn,
    },
  });

  return {
    status: "issued",
    billId: bill.id,
    number: bill.number,
    totalCents,
    creditedIndemnities: indemnities.ok ? indemnities.creditedIndemnityIds.length : 0,
    bonusCreditCents,
    estimated: closing.source === "estimated",
  };
}

/**
 * Issues the bill of one supply for the period from the day after its last bill to
 * `periodEnd`. The consumption runs from the last billed reading to the latest accepted actual
 * or self-reading, or to an estimate recorded as a reading. It is priced with the tariff in
 * force. The bill gets a number, a due date 25 days after issue and, when something is owed, a
 * pagoPA notice code.
 * In the same transaction it credits the supply's due indemnities and accepted direct bonuses.
 * Issuing the same supply and period again, even concurrently, returns `alreadyBilled`,
 * because the supply row is locked and the last bill's period end is compared.
 */
export async function issueBill(request: IssueBillRequest, client: PrismaClient = db()): Promise<IssueBillOutcome> {
  const outcome = await client.$transaction((tx) => issueInTransaction(tx, request));

  if (outcome.status === "issued") {
    logger.info({ billId: outcome.billId, supplyId: request.supplyId, creditedIndemnities: outcome.creditedIndemnities, estimated: outcome.estimated }, "Bill issued");
  }
  return outcome;
}
