import "server-only";

import { db } from "@/lib/db/client";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";

/**
 * Returns the id of the ticket with this protocol that the operator may update, or null. The
 * protocol is matched after trimming and upper-casing, because operators type it as read out.
 */
export async function findTicketIdByProtocol(actor: TicketActor, protocol: string): Promise<string | null> {
  const ticket = await db().ticket.findFirst({
    where: { AND: [{ protocol: protocol.trim().toUpperCase() }, operatorTicketScope(actor, "update")] },
    select: { id: true },
  });

  return ticket?.id ?? null;
}
