import { z } from "zod";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "@/lib/pagination";

/** Payment filter of the bill list: settled bills, or bills with something left to pay. */
export type BillPaymentFilter = "paid" | "unpaid";

/** Query-string values of the bill list, named in Italian because they show in the address bar. */
export const billQueryKeys = { supply: "fornitura", year: "anno", payment: "pagamento" } as const;

/** Values of the `pagamento` parameter and the filter each one selects. */
export const paymentQueryValues: Record<string, BillPaymentFilter> = { pagate: "paid", "da-pagare": "unpaid" };

export type BillFilters = {
  supplyId: string | null;
  year: number | null;
  payment: BillPaymentFilter | null;
};

/** Earliest and latest issue years the filter accepts; bills outside them cannot exist in the portal. */
const firstBillYear = 1990;
const lastBillYear = 2200;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the bill list's filters from the query string. A malformed value is dropped rather than
 * rejected, because these links may have been edited by hand.
 */
export function parseBillFilters(searchParams: SearchParams): BillFilters {
  const supply = z.uuid().safeParse(firstValue(searchParams[billQueryKeys.supply]));
  const year = z.coerce.number().int().min(firstBillYear).max(lastBillYear).safeParse(firstValue(searchParams[billQueryKeys.year]));
  const payment = paymentQueryValues[firstValue(searchParams[billQueryKeys.payment]) ?? ""] ?? null;

  return {
    supplyId: supply.success ? supply.data : null,
    year: year.success ? year.data : null,
    payment,
  };
}

/** Returns the `pagamento` query value of a payment filter. */
export function paymentQueryValue(filter: BillPaymentFilter): string {
  return filter === "paid" ? "pagate" : "da-pagare";
}

/**
 * Returns the `where` clause of the year and payment filters. The year is the year of issue, as
 * customers name bills ("le bollette del 2025"). A partly paid bill counts as unpaid, because
 * something is still owed on it.
 */
export function billFiltersWhere(filters: Pick<BillFilters, "year" | "payment">): Prisma.BillWhereInput {
  const where: Prisma.BillWhereInput = {};

  if (filters.year !== null) {
    where.issuedOn = { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) };
  }

  if (filters.payment === "paid") where.paymentState = "paid";
  if (filters.payment === "unpaid") where.paymentState = { in: ["unpaid", "partiallyPaid"] };

  return where;
}
