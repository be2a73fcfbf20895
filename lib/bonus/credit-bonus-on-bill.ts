import "server-only";

import { daysBetweenInclusive, proRataCents } from "@/lib/bonus/bonus-amount";
import type { Prisma } from "@/lib/generated/prisma/client";

const dayMilliseconds = 86_400_000;

export type BonusCreditPreview = {
  applicationId: string;
  from: Date;
  to: Date;
  days: number;
  memberCount: number;
  bonusCents: number;
  supplementaryCents: number;
};

type AcceptedBonus = {
  id: string;
  memberCount: number;
  benefitStart: Date | null;
  benefitEnd: Date | null;
  yearlyAmountCents: number | null;
  supplementaryYearlyAmountCents: number | null;
};

/**
 * Computes what the next bill owes an accepted direct bonus: the days from the benefit start,
 * or from the day after the last bill already credited, up to `until` and the benefit end.
 * Days of bills issued before the acceptance are therefore credited on the next bill.
 */
export function pendingBonusCredit(bonus: AcceptedBonus, lastCreditedThrough: Date | null, until: Date): BonusCreditPreview | null {
  if (!bonus.benefitStart || !bonus.benefitEnd || bonus.yearlyAmountCents === null) return null;

  const dayAfterCredited = lastCreditedThrough ? new Date(lastCreditedThrough.getTime() + dayMilliseconds) : bonus.benefitStart;
  const from = dayAfterCredited > bonus.benefitStart ? dayAfterCredited : bonus.benefitStart;
  const to = until < bonus.benefitEnd ? until : bonus.benefitEnd;
  const days = daysBetweenInclusive(from, to);
  if (days === 0) return null;

  return {
    applicationId: bonus.id,
    from,
    to,
    days,
    memberCount: bonus.memberCount,
    bonusCents: shareOfPeriodCents(bonus.yearlyAmountCents, bonus.benefitStart, bonus.benefitEnd, from, days),
    supplementaryCents: shareOfPeriodCents(bonus.supplementaryYearlyAmountCents ?? 0, bonus.benefitStart, bonus.benefitEnd, from, days),
  };
}

/**
 * Returns the cents owed for `days` days from `from` within the benefit period. The share is the
 * difference of two rounded running totals over the period's own length, so the credits of a whole
 * period add up to exactly the yearly amount, in a leap year too, whatever the bill boundaries.
 */
function shareOfPeriodCents(yearlyCents: number, benefitStart: Date, benefitEnd: Date, from: Date, days: number): number {
  const periodDays = daysBetweenInclusive(benefitStart, benefitEnd);
  const daysBefore = daysBetweenInclusive(benefitStart, from) - 1;

  return proRataCents(yearlyCents, daysBefore + days, periodDays) - proRataCents(yearlyCents, daysBefore, periodDays);
}

/** Last day already credited to an application: the latest period end among bills carrying its credit line. */
export async function lastCreditedDay(tx: Pick<Prisma.TransactionClient, "billLine">, applicationId: string, excludingBillId?: string): Promise<Date | null> {
  const lines = await tx.billLine.findMany({
    where: { bonusApplicationId: applicationId, kind: "bonusCredit", ...(excludingBillId ? { billId: { not: excludingBillId } } : {}) },
    select: { periodEnd: true, bill: { select: { periodEnd: true } } },
    orderBy: { bill: { periodEnd: "desc" } },
    take: 1,
  });
  const line = lines[0];

  return line ? (line.periodEnd ?? line.bill.periodEnd) : null;
}

/**
 * Adds the bonus credit lines to a bill when it is issued: for each accepted direct bonus of the
 * bill's supply, the pro-rata national bonus and supplementary bonus for the days not yet credited
 * up to the bill's period end. Calling it again for the same bill adds nothing, because a bill
 * already carrying an application's credit is skipped (and a unique index enforces it).
 * Returns the credited cents as a negative number, already added to the bill's total.
 */
export async function creditBonusOnBill(tx: Prisma.TransactionClient, billId: string): Promise<number> {
  const bill = await tx.bill.findUniqueOrThrow({
    where: { id: billId },
    select: { id: true, supplyId: true, periodStart: true, periodEnd: true, state: true, lines: { select: { position: true, bonusApplicationId: true } } },
  });
  if (bill.state !== "issued") return 0;

  const bonuses = await tx.waterBonusApplication.findMany({
    where: { supplyId: bill.supplyId, supplyKind: "direct", state: "accepted", benefitStart: { lte: bill.periodEnd } },
    select: { id: true, memberCount: true, benefitStart: true, benefitEnd: true, yearlyAmountCents: true, supplementaryYearlyAmountCents: true },
  });

  let position = Math.max(0, ...bill.lines.map((line) => line.position));
  let creditedCents = 0;

  for (const bonus of bonuses) {
    if (bill.lines.some((line) => line.bonusApplicationId === bonus.id)) continue;

    const credit = pendingBonusCredit(bonus, await lastCreditedDay(tx, bonus.id, bill.id), bill.periodEnd);
    if (!credit) continue;

    const lines: Prisma.BillLineCreateManyInput[] = [
      {
        billId: bill.id,
        position: ++position,
        kind: "bonusCredit",
        description: `Bonus sociale idrico (${credit.memberCount} componenti, ${credit.days} giorni)`,
        quantity: credit.days,
        amountCents: -credit.bonusCents,
        periodStart: credit.from,
        periodEnd: credit.to,
        bonusApplicationId: bonus.id,
      },
    ];
    if (credit.supplementaryCents > 0) {
      lines.push({
        billId: bill.id,
        position: ++position,
        kind: "supplementaryBonusCredit",
        description: `Bonus idrico integrativo (${credit.memberCount} componenti, ${credit.days} giorni)`,
        quantity: credit.days,
        amountCents: -credit.supplementaryCents,
        periodStart: credit.from,
        periodEnd: credit.to,
        bonusApplicationId: bonus.id,
      });
    }

    await tx.billLine.createMany({ data: lines });
    creditedCents -= credit.bonusCents + credit.supplementaryCents;
  }

  if (creditedCents !== 0) await tx.bill.update({ where: { id: bill.id }, data: { totalCents: { increment: creditedCents } } });
  return creditedCents;
}
