import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { formatPracticeProtocol, practiceCounterScope } from "@/lib/practices/practice-protocol";
import { protocolYearOf } from "@/lib/tickets/protocol-number";

/**
 * Takes the next practice protocol number for the year of `at` in Milan. The upsert increments
 * the counter row and locks it until the surrounding transaction ends, so concurrent submissions
 * wait for each other and never share a number, and a rolled-back submission leaves no gap.
 */
export async function allocatePracticeProtocol(tx: Prisma.TransactionClient, at: Date): Promise<string> {
  const year = protocolYearOf(at);

  const rows = await tx.$queryRaw<Array<{ lastValue: number }>>`
    INSERT INTO "ProtocolCounter" ("scope", "year", "lastValue", "updatedAt")
    VALUES (${practiceCounterScope}, ${year}, 1, now())
    ON CONFLICT ("scope", "year")
    DO UPDATE SET "lastValue" = "ProtocolCounter"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;

  return formatPracticeProtocol(year, rows[0]!.lastValue);
}
