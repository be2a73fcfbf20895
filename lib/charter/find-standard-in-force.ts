import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

import { toUtcMidnight } from "./plain-date";
import { romeDateOf } from "./rome-time";

/** Columns of a standard that clocks and indemnities read. */
export const standardTermsSelect = {
  id: true,
  code: true,
  division: true,
  kind: true,
  limitValue: true,
  unit: true,
  indemnityCents: true,
  indemnityScalesWithDelay: true,
  calendarId: true,
  startEvent: true,
} satisfies Prisma.ServiceStandardSelect;

export type StandardTerms = Prisma.ServiceStandardGetPayload<{ select: typeof standardTermsSelect }>;

/**
 * Returns the version of a standard in force on the Rome date of `at`: the row with the latest
 * `effectiveFrom` on or before that date whose `effectiveTo`, the last day it applies, is not
 * earlier. Returns null when no version applies.
 */
export async function findStandardInForce(tx: Prisma.TransactionClient, code: string, at: Date): Promise<StandardTerms | null> {
  const day = toUtcMidnight(romeDateOf(at));

  return tx.serviceStandard.findFirst({
    where: { code, effectiveFrom: { lte: day }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] },
    orderBy: { effectiveFrom: "desc" },
    select: standardTermsSelect,
  });
}
