import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma, TicketState } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { enqueueTicketNotification } from "@/lib/notifications/enqueue-ticket-notification";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { applyStateChangeToClock, cancelClock, readClockState } from "@/lib/tickets/ticket-clock";
import { invalidTicketInput, ticketConflict, transitionNotAllowed } from "@/lib/tickets/ticket-errors";
import { changeTicketStateSchema } from "@/lib/tickets/ticket-schemas";
import { canTransition } from "@/lib/tickets/ticket-states";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

export type StateChangeResult = { state: TicketState; version: number };

/** Timestamps a state sets on the ticket: resolution and closure are recorded, and reopening clears both. */
function timestampsFor(to: TicketState, at: Date): Prisma.TicketUpdateManyMutationInput {
  if (to === "resolved") return { resolvedAt: at };
  if (to === "closed" || to === "cancelled") return { closedAt: at };
  if (to === "reopened") return { resolvedAt: null, closedAt: null };
  return {};
}

/**
 * Moves a ticket to another state if the table in `ticket-states.ts` allows it, with the
 * version the operator saw. Writes a public `stateChanged` event and moves the service clock
 * along. A move to resolved notifies the customer in the app and by e-mail. Raises `ticket.transitionNotAllowed`, `ticket.conflict` or `ticket.notFound`.
 */
export async function changeTicketState(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<StateChangeResult> {
  const parsed = changeTicketStateSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, version, toState, reason, pauseReason } = parsed.data;

  if (toState === "waitingForCustomer" && !reason) {
    throw new AppError("ticket.invalidInput", "A reason is required to wait for the customer", 400, { field: "reason" });
  }

  const result = await db().$transaction(async (tx) => {
    const ticket = await loadTicketForUpdate(tx, actor, ticketId, { allowFinal: true });
    // A stale form is a conflict even when its move would be refused now: the operator must see the new state first.
    if (ticket.version !== version) throw ticketConflict(ticketId, ticket);
    if (!canTransition(ticket.state, toState)) throw transitionNotAllowed(ticket.state, toState);

    const newVersion = await updateTicketVersion(tx, ticketId, version, { state: toState, ...timestampsFor(toState, at) });

    const clockStep = { ticketId, actorId: actor.id, at };
    if (toState === "cancelled") await cancelClock(tx, clockStep);
    else await applyStateChangeToClock(tx, { ...clockStep, from: ticket.state, to: toState, reason, pauseReason });

    const clockState = await readClockState(tx, ticketId);

    await tx.ticketEvent.create({
      data: {
        ticketId,
        kind: "stateChanged",
        visibility: "public",
        authorId: actor.id,
        body: reason ?? null,
        fromState: ticket.state,
        toState,
        clockState,
        createdAt: at,
      },
    });

    if (toState === "resolved") await enqueueTicketNotification(tx, { ticketId, kind: "ticketResolved", resolutionNote: reason ?? null });

    return { state: toState, version: newVersion, from: ticket.state };
  });

  logger.info({ ticketId, actorId: actor.id, from: result.from, to: result.state }, "ticket state changed");
  return { state: result.state, version: result.version };
}
