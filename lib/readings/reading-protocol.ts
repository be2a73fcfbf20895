import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { protocolYearOf } from "@/lib/tickets/protocol-number";

/** Counter scope of self-reading protocols in `ProtocolCounter`. */
export const readingCounterScope = "reading";

/** Formats a self-reading protocol, for example `AL-2026-000123`: year and a sequence padded to six digits. */
export function formatReadingProtocol(year: number, sequence: number): string {
  return `AL-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Takes the next self-reading protocol for the year of `at` (in Milan). The upsert locks the
 * counter row until the transaction ends, so concurrent submissions never share a number, and
 * a rolled-back submission also rolls back its increment.
 */
export async function allocateReadingProtocol(tx: Prisma.TransactionClient, at: Date): Promise<string> {
  const year = protocolYearOf(at);

  const rows = await tx.$queryRaw<Array<{ lastValue: number }>>`
    INSERT INTO "ProtocolCounter" ("scope", "year", "lastValue", "updatedAt")
    VALUES (${readingCounterScope}, ${year}, 1, now())
    ON CONFLICT ("scope", "year")
    DO UPDATE SET "lastValue" = "ProtocolCounter"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;

  return formatReadingProtocol(year, rows[0]!.lastValue);
}
