import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { TicketState } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";

/** Maximum number of tickets one bulk action may change, so a single request stays short. */
export const bulkTicketLimit = 100;

const selectedTicketsSchema = z
  .array(z.object({ id: z.uuid(), version: z.int().positive() }))
  .min(1)
  .max(bulkTicketLimit);

const bulkAssignSchema = z.object({ tickets: selectedTicketsSchema, assigneeId: z.uuid().nullable().optional(), teamId: z.uuid().nullable().optional() });

const bulkStateSchema = z.object({ tickets: selectedTicketsSchema, toState: z.enum(TicketState), reason: z.string().trim().max(2000).optional() });

/** A ticket the bulk action did not change, with the error code of the reason. The protocol is null for an id the user may not see. */
export type BulkFailure = { id: string; protocol: string | null; code: string };

export type BulkOutcome = { applied: { id: string; protocol: string }[]; failed: BulkFailure[] };

type Selected = { id: string; version: number };

/**
 * Applies `apply` to each selected ticket in turn. Each call runs in its own transaction with
 * its own events, so one rejected ticket does not undo the others. Ids outside the user's
 * divisions are reported as not found, without their protocol.
 */
async function applyToEach(actor: TicketActor, tickets: Selected[], apply: (ticket: Selected) => Promise<unknown>): Promise<BulkOutcome> {
  const unique = [...new Map(tickets.map((ticket) => [ticket.id, ticket])).values()];
  const visible = await db().ticket.findMany({
    where: { AND: [{ id: { in: unique.map((ticket) => ticket.id) } }, operatorTicketScope(actor, "update")] },
    select: { id: true, protocol: true },
  });
  const protocols = new Map(visible.map((ticket) => [ticket.id, ticket.protocol]));

  const outcome: BulkOutcome = { applied: [], failed: [] };
  for (const ticket of unique) {
    const protocol = protocols.get(ticket.id);
    if (!protocol) {
      outcome.failed.push({ id: ticket.id, protocol: null, code: "ticket.notFound" });
      continue;
    }

    try {
      await apply(ticket);
      outcome.applied.push({ id: ticket.id, protocol });
    } catch (error) {
      if (!isAppError(error)) throw error;

      logger.info({ ticketId: ticket.id, actorId: actor.id, code: error.code }, "bulk action skipped a ticket");
      outcome.failed.push({ id: ticket.id, protocol, code: error.code });
    }
  }
  return outcome;
}

/**
 * Assigns each selected ticket to an operator, or to no one, and optionally a team; with a team
 * and no assignee, each ticket keeps an assignee who is a member of that team. Returns the
 * tickets it could not assign.
 */
export async function bulkAssignTickets(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<BulkOutcome> {
  const parsed = bulkAssignSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { tickets, assigneeId, teamId } = parsed.data;

  return applyToEach(actor, tickets, (ticket) => assignTicket(actor, { ticketId: ticket.id, version: ticket.version, assigneeId, teamId }, at));
}

/** Moves each selected ticket to `toState`. Returns the tickets where the move is not allowed or the version changed. */
export async function bulkChangeTicketState(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<BulkOutcome> {
  const parsed = bulkStateSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { tickets, toState, reason } = parsed.data;

  return applyToEach(actor, tickets, (ticket) => changeTicketState(actor, { ticketId: ticket.id, version: ticket.version, toState, reason: reason || undefined }, at));
}
