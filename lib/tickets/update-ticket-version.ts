import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { ticketConflict, ticketNotFound } from "@/lib/tickets/ticket-errors";

/**
 * Applies `data` to the ticket only if its version is still `expectedVersion`, and bumps the
 * version. The `WHERE id = ? AND version = ?` makes the check and the write one atomic
 * statement, so of two operators saving the same version exactly one succeeds. The other gets
 * `ticket.conflict` with the state and version now stored. Returns the new version.
 */
export async function updateTicketVersion(
  tx: Prisma.TransactionClient,
  ticketId: string,
  expectedVersion: number,
  data: Prisma.TicketUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.ticket.updateMany({
    where: { id: ticketId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });

  if (count === 1) return expectedVersion + 1;

  const current = await tx.ticket.findUnique({ where: { id: ticketId }, select: { state: true, version: true } });
  if (!current) throw ticketNotFound(ticketId);
  throw ticketConflict(ticketId, current);
}
