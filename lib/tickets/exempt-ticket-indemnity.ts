import "server-only";

import { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import { exemptIndemnity } from "@/lib/charter/exempt-indemnity";
import { exemptionReasons } from "@/lib/charter/exemption-reasons";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput, ticketNotFound, ticketPermissionDenied } from "@/lib/tickets/ticket-errors";

export const exemptTicketIndemnitySchema = z.object({
  ticketId: z.uuid(),
  reason: z.enum(exemptionReasons),
  /** Evidence of the cause, for example the storm warning or the customer's missed appointment. */
  note: z.string().trim().min(1).max(2000),
});

/**
 * Exempts the indemnity of the ticket's latest service clock, for a supervisor only (permission
 * `indemnity:exempt:any`). The charter's `exemptIndemnity` writes the decision and the audit
 * row in the same transaction. Raises `ticket.permissionDenied`, `ticket.notFound`,
 * `ticket.noClock`, and the charter's `charter.clockNotStopped`, `charter.indemnityNotOwed`
 * and `charter.indemnityAlreadySettled`.
 */
export async function exemptTicketIndemnity(actor: TicketActor, rawInput: unknown, requestId?: string): Promise<{ indemnityId: string }> {
  if (!hasPermission(actor, "indemnity:exempt:any")) throw ticketPermissionDenied("indemnity:exempt:any");

  const parsed = exemptTicketIndemnitySchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, reason, note } = parsed.data;

  const result = await db().$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { AND: [{ id: ticketId }, operatorTicketScope(actor, "read")] }, select: { id: true } });
    if (!ticket) throw ticketNotFound(ticketId);

    const clock = await tx.serviceClock.findFirst({ where: { ticketId }, orderBy: { startedAt: "desc" }, select: { id: true } });
    if (!clock) throw new AppError("ticket.noClock", `Ticket ${ticketId} has no service clock`, 409);

    return exemptIndemnity(tx, { clockId: clock.id, reason, note, actorId: actor.id, requestId });
  });

  logger.info({ ticketId, indemnityId: result.indemnityId, actorId: actor.id, reason }, "ticket indemnity exempted");
  return result;
}
