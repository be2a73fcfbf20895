import "server-only";

import { pauseClock, resumeClock, type ClockSummary } from "@/lib/charter/clock-service";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput, ticketConflict } from "@/lib/tickets/ticket-errors";
import { pauseTicketClockSchema, resumeTicketClockSchema } from "@/lib/tickets/ticket-schemas";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

function noActiveClock(ticketId: string): AppError {
  return new AppError("ticket.noActiveClock", `Ticket ${ticketId} has no running or paused service clock`, 409);
}

/**
 * Pauses the ticket's service clock for one of the listed reasons, with its evidence, whatever
 * the ticket's state: a third party's permit can hold a ticket that is in progress. The clock
 * stays paused until an operator resumes it, the ticket leaves "waiting for customer", or the
 * clock stops. Bumps the ticket's version, so a stale page gets a conflict. Raises
 * `ticket.noActiveClock` and the charter's `charter.clockNotRunning`.
 */
export async function pauseTicketClock(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ clock: ClockSummary; version: number }> {
  const parsed = pauseTicketClockSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, version, reason, evidence } = parsed.data;

  const result = await db().$transaction(async (tx) => {
    const ticket = await loadTicketForUpdate(tx, actor, ticketId);
    if (ticket.version !== version) throw ticketConflict(ticketId, ticket);

    const clock = await pauseClock(tx, { ticketId, reason, evidence, actorId: actor.id, at });
    if (!clock) throw noActiveClock(ticketId);

    const newVersion = await updateTicketVersion(tx, ticketId, version, {});
    return { clock, version: newVersion };
  });

  logger.info({ ticketId, actorId: actor.id, reason }, "ticket clock paused");
  return result;
}

/**
 * Resumes the ticket's paused clock; the deadline moves on by the paused time. Raises
 * `ticket.noActiveClock` and the charter's `charter.clockNotPaused`.
 */
export async function resumeTicketClock(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ clock: ClockSummary; version: number }> {
  const parsed = resumeTicketClockSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, version } = parsed.data;

  const result = await db().$transaction(async (tx) => {
    const ticket = await loadTicketForUpdate(tx, actor, ticketId);
    if (ticket.version !== version) throw ticketConflict(ticketId, ticket);

    const clock = await resumeClock(tx, { ticketId, actorId: actor.id, at });
    if (!clock) throw noActiveClock(ticketId);

    const newVersion = await updateTicketVersion(tx, ticketId, version, {});
    return { clock, version: newVersion };
  });

  logger.info({ ticketId, actorId: actor.id }, "ticket clock resumed");
  return result;
}
