import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indemnityCreditLine, isCreditableOn } from "@/lib/indemnities/indemnity-credit-line";
import { logger } from "@/lib/log/logger";

/** Outcome of crediting a supply's pending indemnities on a bill. */
export type CreditOutcome =
  | { ok: true; creditedIndemnityIds: string[]; totalCents: number }
  | { ok: false; reason: "billNotFound" | "billNotOpen" };

type Transaction = Prisma.TransactionClient;

async function creditInTransaction(tx: Transaction, supplyId: string, billId: string): Promise<CreditOutcome> {
  // Locking the bill makes two concurrent calls for it run one after the other.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Bill" WHERE id = ${billId}::uuid AND "supplyId" = ${supplyId}::uuid FOR UPDATE`;
  if (locked.length === 0) return { ok: false, reason: "billNotFound" };

  const bill = await tx.bill.findUniqueOrThrow({
    where: { id: billId },
    select: { issuedOn: true, state: true, paymentState: true, totalCents: true, _count: { select: { payments: true } } },
  });
  // A bill already paid, partly paid or cancelled is closed: its credits wait for the next bill.
  if (bill.state !== "issued" || bill.paymentState !== "unpaid" || bill._count.payments > 0) return { ok: false, reason: "billNotOpen" };

  // Locking the due indemnities keeps a bill of another call from crediting them a second time.
  const lockedIndemnityIds = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Indemnity" WHERE "supplyId" = ${supplyId}::uuid AND state = 'due' ORDER BY "createdAt", id FOR UPDATE`;
  const pending = await tx.indemnity.findMany({
    where: { id: { in: lockedIndemnityIds.map((row) => row.id) }, state: "due", billLine: { is: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, amountCents: true, createdAt: true, serviceStandard: { select: { name: true } } },
  });
  const creditable = pending.filter((indemnity) => isCreditableOn(indemnity.createdAt, bill.issuedOn));
  if (creditable.length === 0) return { ok: true, creditedIndemnityIds: [], totalCents: bill.totalCents };

  const last = await tx.billLine.aggregate({ where: { billId }, _max: { position: true } });
  let position = last._max.position ?? 0;

  for (const indemnity of creditable) {
    position += 1;
    const line = indemnityCreditLine(indemnity, indemnity.serviceStandard.name);
    await tx.billLine.create({ data: { billId, position, ...line } });
    await tx.indemnity.update({ where: { id: indemnity.id }, data: { state: "credited" } });
  }

  const sum = await tx.billLine.aggregate({ where: { billId }, _sum: { amountCents: true } });
  const totalCents = sum._sum.amountCents ?? 0;
  // Credits larger than the charges leave nothing to pay.
  // NOTE: the balance in the customer's favour is not carried to the next bill yet.
  await tx.bill.update({ where: { id: billId }, data: { totalCents, ...(totalCents <= 0 ? { paymentState: "paid" as const } : {}) } });

  return { ok: true, creditedIndemnityIds: creditable.map((indemnity) => indemnity.id), totalCents };
}

/**
 * Credits, on a bill of the supply being issued, every due indemnity of that supply recorded by
 * the bill's issue date and not credited yet: one `indemnityCredit` line each, with the
 * indemnity marked `credited`, and the bill's total recomputed. Running it again, or on two
 * instances at once, adds no second line, because the bill and the indemnities are locked and
 * `BillLine.indemnityId` is unique. Pass `tx` to run inside the caller's transaction.
 */
export async function creditPendingIndemnities(supplyId: string, bill: { id: string }, tx?: Transaction): Promise<CreditOutcome> {
  const outcome = tx ? await creditInTransaction(tx, supplyId, bill.id) : await db().$transaction((client) => creditInTransaction(client, supplyId, bill.id));

  if (outcome.ok && outcome.creditedIndemnityIds.length > 0) {
    logger.info({ billId: bill.id, supplyId, credited: outcome.creditedIndemnityIds.length }, "Indemnities credited on bill");
  }
  if (!outcome.ok) logger.warn({ billId: bill.id, supplyId, reason: outcome.reason }, "Indemnities not credited on bill");

  return outcome;
}
