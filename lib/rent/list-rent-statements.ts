import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { PaymentState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { tenantRentChargeScope } from "@/lib/rent/rent-charge-scope";
import { monthBalanceOf, statementMonthKey, summarizeArrears, type ArrearsSummary, type MonthBalance } from "@/lib/rent/statement-arithmetic";
import { findAccountPersonId } from "@/lib/tenancy/find-account-person";

/** One month of the statement list. */
export type RentStatementRow = MonthBalance & {
  /** `YYYY-MM`, the month's key in URLs. */
  month: string;
  rentCents: number;
  serviceChargesCents: number;
  dueOn: Date;
  paymentState: PaymentState;
};

export type RentStatementList = { rows: RentStatementRow[]; summary: PageSummary; arrears: ArrearsSummary };

const sumPaid = (payments: { amountCents: number }[]): number => payments.reduce((sum, payment) => sum + payment.amountCents, 0);

/**
 * Lists one page of the tenant's monthly statements, newest month first, with the arrears over
 * every month. Returns null when the account has no person; an account without a tenancy in
 * force gets an empty list.
 */
export async function listRentStatements(user: Pick<SessionUser, "id">, page: PageRequest, now: Date = new Date()): Promise<RentStatementList | null> {
  const personId = await findAccountPersonId(user.id);
  if (!personId) return null;

  const where = tenantRentChargeScope(personId);
  const today = romeDateOf(now);

  const [total, charges, unsettled] = await Promise.all([
    db().rentCharge.count({ where }),
    db().rentCharge.findMany({
      where,
      orderBy: [{ month: "desc" }, { id: "desc" }],
      ...toSkipTake(page),
      select: { month: true, rentCents: true, serviceChargesCents: true, totalCents: true, dueOn: true, paymentState: true, payments: { select: { amountCents: true } } },
    }),
    // Arrears come from the months not fully paid, a handful per tenancy, so the whole history is never loaded.
    db().rentCharge.findMany({
      where: { AND: [where, { paymentState: { not: "paid" } }] },
      select: { totalCents: true, dueOn: true, payments: { select: { amountCents: true } } },
    }),
  ]);

  const rows = charges.map((charge) => ({
    month: statementMonthKey(charge.month),
    rentCents: charge.rentCents,
    serviceChargesCents: charge.serviceChargesCents,
    dueOn: charge.dueOn,
    paymentState: charge.paymentState,
    ...monthBalanceOf({ totalCents: charge.totalCents, paidCents: sumPaid(charge.payments), dueOn: isoDate(charge.dueOn) }, today),
  }));

  const arrears = summarizeArrears(
    unsettled.map((charge) => ({ totalCents: charge.totalCents, paidCents: sumPaid(charge.payments), dueOn: isoDate(charge.dueOn) })),
    today,
  );

  return { rows, summary: summarizePage(page, total), arrears };
}

/** Writes a `@db.Date` value (UTC midnight) as `YYYY-MM-DD`. */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
