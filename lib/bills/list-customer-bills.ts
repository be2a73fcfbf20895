import "server-only";

import { billFiltersWhere, type BillFilters } from "@/lib/bills/bill-filters";
import { customerBillScope } from "@/lib/bills/customer-bill-scope";
import { db } from "@/lib/db/client";
import type { PaymentState } from "@/lib/generated/prisma/enums";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

/** One row of the bill list. */
export type CustomerBillRow = {
  id: string;
  number: string;
  periodStart: Date;
  periodEnd: Date;
  issuedOn: Date;
  dueOn: Date;
  consumptionCubicMetres: number;
  estimated: boolean;
  totalCents: number;
  paymentState: PaymentState;
  cancelled: boolean;
};

/**
 * Lists one page of a supply's bills, newest period first, within the customer's scope. A supply
 * outside the scope gives an empty page, so callers check the supply first to respond with 404.
 */
export async function listCustomerBills(
  personId: string | null,
  supplyId: string,
  filters: Pick<BillFilters, "year" | "payment">,
  page: PageRequest,
  today: Date = new Date(),
): Promise<{ rows: CustomerBillRow[]; summary: PageSummary }> {
  const where = { AND: [customerBillScope(personId, today), { supplyId }, billFiltersWhere(filters)] };

  // The (supplyId, periodEnd) index serves both the count and the ordered page.
  const [total, bills] = await Promise.all([
    db().bill.count({ where }),
    db().bill.findMany({
      where,
      orderBy: [{ periodEnd: "desc" }, { id: "desc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        number: true,
        periodStart: true,
        periodEnd: true,
        issuedOn: true,
        dueOn: true,
        consumptionCubicMetres: true,
        estimated: true,
        totalCents: true,
        paymentState: true,
        state: true,
      },
    }),
  ]);

  const rows = bills.map(({ state, ...bill }) => ({ ...bill, cancelled: state === "cancelled" }));
  return { rows, summary: summarizePage(page, total) };
}

/** Returns the years of issue of a supply's bills, newest first, for the year filter. */
export async function listBillYears(supplyId: string): Promise<number[]> {
  const range = await db().bill.aggregate({ where: { supplyId }, _min: { issuedOn: true }, _max: { issuedOn: true } });
  const first = range._min.issuedOn?.getUTCFullYear();
  const last = range._max.issuedOn?.getUTCFullYear();
  if (first === undefined || last === undefined) return [];

  const years: number[] = [];
  for (let year = last; year >= first; year -= 1) years.push(year);
  return years;
}
