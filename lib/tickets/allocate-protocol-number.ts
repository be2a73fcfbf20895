import "server-only";

import type { Division, Prisma } from "@/lib/generated/prisma/client";
import { formatTicketProtocol, protocolYearOf, ticketCounterScope } from "@/lib/tickets/protocol-number";

export type ProtocolNumber = { protocol: string; year: number; sequence: number };

/**
 * Takes the next protocol number of a division for the year of `at`. The upsert increments the
 * counter row and locks it until the surrounding transaction ends, so concurrent creations wait
 * for each other: none gets a duplicate, and a creation that rolls back also rolls back its
 * increment, which leaves no gap.
 */
export async function allocateTicketProtocol(tx: Prisma.TransactionClient, division: Division, at: Date): Promise<ProtocolNumber> {
  const year = protocolYearOf(at);
  const scope = ticketCounterScope(division);

  const rows = await tx.$queryRaw<Array<{ lastValue: number }>>`
    INSERT INTO "ProtocolCounter" ("scope", "year", "lastValue", "updatedAt")
    VALUES (${scope}, ${year}, 1, now())
    ON CONFLICT ("scope", "year")
    DO UPDATE SET "lastValue" = "ProtocolCounter"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;

  const sequence = rows[0]!.lastValue;
  return { protocol: formatTicketProtocol(division, year, sequence), year, sequence };
}
