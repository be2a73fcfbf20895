import "server-only";

import { billCounterScope, waterNoticeCounterScope, waterSegregationCode } from "@/lib/billing/bill-counter-scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";

/**
 * Takes the next value of a yearly counter. The upsert locks the counter row until the
 * transaction ends, so concurrent bills never share a value, and a rollback returns it.
 */
async function nextCounterValue(tx: Prisma.TransactionClient, scope: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ lastValue: number }>>`
    INSERT INTO "ProtocolCounter" ("scope", "year", "lastValue", "updatedAt")
    VALUES (${scope}, ${year}, 1, now())
    ON CONFLICT ("scope", "year")
    DO UPDATE SET "lastValue" = "ProtocolCounter"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;

  return rows[0]!.lastValue;
}

/** Allocates a bill number such as "2026/0001234": the issue year and a 7-digit sequence. */
export async function allocateBillNumber(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const sequence = await nextCounterValue(tx, billCounterScope, year);
  return `${year}/${String(sequence).padStart(7, "0")}`;
}

/** Allocates a pagoPA notice code whose 13-digit IUV base is the two-digit year and an 11-digit serial. */
export async function allocateWaterNoticeCode(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const serial = await nextCounterValue(tx, waterNoticeCounterScope, year);
  const iuvBase = String(year % 100).padStart(2, "0") + String(serial).padStart(11, "0");
  return buildPagoPaNoticeCode(waterSegregationCode, iuvBase);
}
