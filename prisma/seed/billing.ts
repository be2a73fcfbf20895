import { buildPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";

import { addDays, addMonths, daysInclusive, historyMonths, historyStart, lastDayOfMonth, atHour, seedReferenceDate } from "./dates";
import { nextInSequence, type SeedContext } from "./seed-rows";
import { computeBillLines, type DemoTariff } from "./tariff";
import type { SupplyHistory } from "./water";

/** pagoPA segregation codes used by the seed: one for water bills, one for ERP rent. */
export const waterSegregationCode = "01";
export const rentSegregationCode = "02";

/** Returns a fresh notice code whose IUV base starts with the two-digit year. */
export function newNoticeCode(context: SeedContext, segregationCode: string, year: number): string {
  const serial = nextInSequence(context, `iuv:${segregationCode}:${year}`);
  const iuvBase = String(year % 100).padStart(2, "0") + String(serial).padStart(11, "0");
  return buildPagoPaNoticeCode(segregationCode, iuvBase);
}

/** Bills per year by yearly consumption: up to 100 m³ 2, up to 1,000 m³ 3, up to 3,000 m³ 4, above 6. */
export function billsPerYear(yearlyCubicMetres: number): number {
  if (yearlyCubicMetres <= 100) return 2;
  if (yearlyCubicMetres <= 1000) return 3;
  if (yearlyCubicMetres <= 3000) return 4;
  return 6;
}

export type BonusPeriod = {
  applicationId: string;
  members: number;
  start: Date;
  end: Date;
  cubicMetresPerMemberPerYear: number;
  supplementaryCentsPerMemberPerYear: number | null;
};

function overlapDays(periodStart: Date, periodEnd: Date, bonus: BonusPeriod): number {
  const start = periodStart > bonus.start ? periodStart : bonus.start;
  const end = periodEnd < bonus.end ? periodEnd : bonus.end;
  return end < start ? 0 : daysInclusive(start, end);
}

type PaymentOutcome = { state: "paid" | "partiallyPaid" | "unpaid"; paidOn: Date | null; paidCents: number };

function decidePayment(context: SeedContext, dueOn: Date, totalCents: number, options: { inArrears: boolean; viaDirectDebit: boolean }): PaymentOutcome {
  const { random } = context;

  if (totalCents <= 0) return { state: "paid", paidOn: dueOn, paidCents: 0 };
  if (dueOn >= seedReferenceDate) {
    // Some customers pay a pagoPA notice early, but a direct debit waits for the due date.
    return !options.viaDirectDebit && random.chance(0.3)
      ? { state: "paid", paidOn: addDays(dueOn, -random.integer(5, 15)), paidCents: totalCents }
      : { state: "unpaid", paidOn: null, paidCents: 0 };
  }
  if (options.inArrears) return { state: "unpaid", paidOn: null, paidCents: 0 };

  const roll = random.next();
  if (roll < 0.9) return { state: "paid", paidOn: addDays(dueOn, random.integer(-12, 6)), paidCents: totalCents };
  if (roll < 0.94) return { state: "partiallyPaid", paidOn: addDays(dueOn, random.integer(0, 20)), paidCents: Math.round(totalCents / 2) };
  return { state: "unpaid", paidOn: null, paidCents: 0 };
}

/**
 * Adds the bills of a supply over its reading history, with their lines, pagoPA notices and
 * payments. A bill is issued 10 to 20 days after its period, within the 45-day standard, and
 * falls due 25 days after issue. Bills not issued by the reference date are left out.
 */
export function buildBills(context: SeedContext, history: SupplyHistory, tariff: DemoTariff, bonus: BonusPeriod | null): number {
  const { supply, points } = history;
  const { random, rows } = context;
  if (points.length < 2) return 0;

  const monthsPerBill = 12 / billsPerYear(supply.yearlyCubicMetres);
  const monthsAvailable = Math.min(historyMonths, points.length - 1);
  // A suspended supply is in arrears: its last three bills stay unpaid.
  const arrearsFrom = supply.state === "suspended" ? monthsAvailable - 3 * monthsPerBill : Number.POSITIVE_INFINITY;
  let billCount = 0;

  for (let startMonth = 0; startMonth < monthsAvailable; startMonth += monthsPerBill) {
    const endMonth = Math.min(startMonth + monthsPerBill, monthsAvailable);
    const periodStart = addMonths(historyStart, startMonth);
    const periodEnd = lastDayOfMonth(addMonths(historyStart, endMonth - 1));
    const issuedOn = addDays(periodEnd, random.integer(10, 20));
    if (issuedOn > seedReferenceDate) break;

    const from = points[startMonth]!;
    const to = points[endMonth]!;
    const consumption = to.cumulativeCubicMetres - from.cumulativeCubicMetres;
    const bonusDays = bonus ? overlapDays(periodStart, periodEnd, bonus) : 0;

    const lines = computeBillLines({
      tariff,
      periodStart,
      periodEnd,
      consumptionCubicMetres: consumption,
      housingUnits: supply.housingUnits,
      residentCount: supply.residentCount,
      bonus: bonus && bonusDays > 0
        ? {
            members: bonus.members,
            days: bonusDays,
            cubicMetresPerMemberPerYear: bonus.cubicMetresPerMemberPerYear,
            supplementaryCentsPerMemberPerYear: bonus.supplementaryCentsPerMemberPerYear,
          }
        : undefined,
    });
    const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);

    const billId = random.uuid();
    const year = issuedOn.getUTCFullYear();
    const dueOn = addDays(issuedOn, 25);
    const viaDirectDebit = supply.paymentMethod === "sepaDirectDebit";
    const payment = decidePayment(context, dueOn, totalCents, { inArrears: startMonth >= arrearsFrom, viaDirectDebit });
    // A SEPA direct debit is collected on the due date.
    const paidOn = payment.paidOn && viaDirectDebit ? dueOn : payment.paidOn;
    const noticeCode = totalCents > 0 ? newNoticeCode(context, waterSegregationCode, year) : null;

    rows.bills.push({
      id: billId,
      number: `${year}/${String(nextInSequence(context, `bill:${year}`)).padStart(7, "0")}`,
      supplyId: supply.id,
      tariffId: tariff.id,
      periodStart,
      periodEnd,
      issuedOn,
      dueOn,
      consumptionCubicMetres: consumption,
      estimated: to.source === "estimated",
      fromReadingId: from.readingId,
      toReadingId: to.readingId,
      totalCents,
      paymentState: payment.state,
      paidOn: payment.state === "paid" ? paidOn : null,
      pagoPaNoticeCode: noticeCode,
    });

    lines.forEach((line, index) => {
      rows.billLines.push({
        id: random.uuid(),
        billId,
        position: index + 1,
        kind: line.kind,
        service: line.service,
        band: line.band,
        description: line.description,
        quantity: line.quantity,
        unitPrice: line.unitPrice === null ? null : Math.round(line.unitPrice * 1_000_000) / 1_000_000,
        amountCents: line.amountCents,
        bonusApplicationId: line.kind === "bonusCredit" || line.kind === "supplementaryBonusCredit" ? (bonus?.applicationId ?? null) : null,
      });
    });

    if (paidOn && payment.paidCents > 0) {
      rows.payments.push({
        id: random.uuid(),
        billId,
        amountCents: payment.paidCents,
        paidAt: atHour(paidOn, 12),
        method: supply.paymentMethod,
        pagoPaNoticeCode: viaDirectDebit ? null : noticeCode,
        receiptReference: `${viaDirectDebit ? "SDD" : "IUR"}${random.digits(12)}`,
      });
    }

    billCount += 1;
  }

  return billCount;
}
