import { billCounterScope, waterNoticeCounterScope, waterSegregationCode } from "@/lib/billing/bill-counter-scopes";
import { billsPerYear, computeBillLines } from "@/lib/billing/compute-bill-lines";
import { buildPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { indemnityCreditLine, isCreditableOn } from "@/lib/indemnities/indemnity-credit-line";

import { addDays, addMonths, daysInclusive, historyMonths, historyStart, lastDayOfMonth, atHour, seedReferenceDate } from "./dates";
import { nextInSequence, type SeedContext } from "./seed-rows";
import type { DemoTariff } from "./tariff";
import type { SupplyHistory } from "./water";

/** pagoPA segregation codes used by the seed: one for water bills, one for ERP rent. */
export { waterSegregationCode };
export const rentSegregationCode = "02";

/** Returns a fresh notice code whose IUV base starts with the two-digit year. */
export function newNoticeCode(context: SeedContext, segregationCode: string, year: number): string {
  const serial = nextInSequence(context, `iuv:${segregationCode}:${year}`);
  const iuvBase = String(year % 100).padStart(2, "0") + String(serial).padStart(11, "0");
  return buildPagoPaNoticeCode(segregationCode, iuvBase);
}

export { billsPerYear };

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

type SeedBill = SeedContext["rows"]["bills"][number];

/** Keeps a bill's payment consistent with a total lowered by a credit. */
function settleAfterCredit(context: SeedContext, bill: SeedBill): void {
  const { rows } = context;
  const payments = rows.payments.filter((payment) => payment.billId === bill.id);

  if (bill.totalCents <= 0) {
    // Credits cover the charges: nothing is owed, so no notice and no payment.
    bill.paymentState = "paid";
    bill.paidOn = bill.dueOn;
    bill.pagoPaNoticeCode = null;
    for (const payment of payments) rows.payments.splice(rows.payments.indexOf(payment), 1);
    return;
  }

  for (const payment of payments) {
    if (bill.paymentState === "paid") payment.amountCents = bill.totalCents;
    if (bill.paymentState === "partiallyPaid" && payment.amountCents >= bill.totalCents) payment.amountCents = Math.round(bill.totalCents / 2);
  }
}

/**
 * Credits each due indemnity of a water supply on the first bill of that supply issued on or after
 * the day the indemnity was recorded, as `creditPendingIndemnities` does when a bill is issued,
 * and marks it credited. Indemnities with no later bill by the reference date stay due. Call it
 * after the tickets, which record the indemnities. Returns how many it credited.
 */
export function creditSeededIndemnities(context: SeedContext): number {
  const { rows } = context;
  const billsBySupply = new Map<string, SeedBill[]>();
  for (const bill of rows.bills) {
    const list = billsBySupply.get(bill.supplyId) ?? [];
    list.push(bill);
    billsBySupply.set(bill.supplyId, list);
  }
  let credited = 0;

  const due = rows.indemnities.filter((indemnity) => indemnity.state === "due" && indemnity.supplyId);
  due.sort((left, right) => new Date(left.createdAt!).getTime() - new Date(right.createdAt!).getTime());

  for (const indemnity of due) {
    const recordedAt = new Date(indemnity.createdAt!);
    const candidates = (billsBySupply.get(indemnity.supplyId!) ?? []).filter((bill) => isCreditableOn(recordedAt, new Date(bill.issuedOn)));
    const bill = candidates.sort((left, right) => new Date(left.issuedOn).getTime() - new Date(right.issuedOn).getTime())[0];
    if (!bill) continue;

    const standard = rows.serviceStandards.find((row) => row.id === indemnity.serviceStandardId);
    const line = indemnityCreditLine({ id: indemnity.id!, amountCents: indemnity.amountCents }, standard?.name ?? "standard di servizio");
    const position = Math.max(0, ...rows.billLines.filter((row) => row.billId === bill.id).map((row) => row.position)) + 1;

    rows.billLines.push({ id: context.random.uuid(), billId: bill.id!, position, kind: line.kind, description: line.description, amountCents: line.amountCents, indemnityId: line.indemnityId });
    bill.totalCents += line.amountCents;
    indemnity.state = "credited";
    settleAfterCredit(context, bill);
    credited += 1;
  }

  return credited;
}

/**
 * Stores where the seed's bill numbers and water-notice serials stopped in `ProtocolCounter`,
 * so bills issued at runtime (lib/billing/bill-counters.ts) continue the same sequences.
 */
export function recordBillingCounters(context: SeedContext): void {
  for (const [name, next] of context.sequences) {
    const bill = /^bill:(\d{4})$/.exec(name);
    if (bill) context.rows.protocolCounters.push({ scope: billCounterScope, year: Number(bill[1]), lastValue: next - 1 });

    const notice = /^iuv:(\d{2}):(\d{4})$/.exec(name);
    if (notice && notice[1] === waterSegregationCode) context.rows.protocolCounters.push({ scope: waterNoticeCounterScope, year: Number(notice[2]), lastValue: next - 1 });
  }
}
