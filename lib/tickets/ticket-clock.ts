import "server-only";

import { pauseClock, resumeClock, stopClock } from "@/lib/charter/clock-service";
import type { PauseReason } from "@/lib/charter/pause-reasons";
import type { ClockState, Prisma, TicketState } from "@/lib/generated/prisma/client";

/**
 * Stop events of reply standards: the clock of a complaint or a written information request
 * stops with the first reasoned reply to the customer (RQSII, 30 working days). Every other
 * standard stops when the ticket is resolved.
 */
const replyStopEvents: readonly string[] = ["replySent"];

type ActiveClock = { state: ClockState; stopsOnReply: boolean };

/** Loads the ticket's running or paused service clock, if any. */
async function findActiveClock(tx: Prisma.TransactionClient, ticketId: string): Promise<ActiveClock | null> {
  const clock = await tx.serviceClock.findFirst({
    where: { ticketId, state: { in: ["running", "paused"] } },
    orderBy: { startedAt: "desc" },
    select: { state: true, serviceStandard: { select: { stopEvent: true } } },
  });
  if (!clock) return null;

  return { state: clock.state, stopsOnReply: replyStopEvents.includes(clock.serviceStandard.stopEvent) };
}

/**
 * Returns the state of the ticket's latest clock after a change, recorded on the event that
 * caused it, or null when the ticket has no clock. The charter's clock functions keep the
 * ticket's `dueAt` copy themselves.
 */
export async function readClockState(tx: Prisma.TransactionClient, ticketId: string): Promise<ClockState | null> {
  const latest = await tx.serviceClock.findFirst({ where: { ticketId }, orderBy: { startedAt: "desc" }, select: { state: true } });
  return latest?.state ?? null;
}

type ClockStep = { ticketId: string; actorId: string; at: Date };

/**
 * Stops a reply standard's clock at the first public reply, closing a pause in progress. Later
 * replies find no active clock and change nothing.
 */
export async function applyReplyToClock(tx: Prisma.TransactionClient, step: ClockStep): Promise<void> {
  const clock = await findActiveClock(tx, step.ticketId);
  if (!clock?.stopsOnReply) return;

  await stopClock(tx, step);
}

/**
 * Moves the clock with the ticket: waiting for the customer pauses it, leaving that state
 * resumes it, and resolution stops the standards that end with the resolution.
 */
export async function applyStateChangeToClock(
  tx: Prisma.TransactionClient,
  step: ClockStep & { from: TicketState; to: TicketState; reason: string | undefined; pauseReason?: PauseReason },
): Promise<void> {
  const clock = await findActiveClock(tx, step.ticketId);
  if (!clock) return;

  const { ticketId, actorId, at } = step;

  if (step.to === "waitingForCustomer" && clock.state === "running") {
    // The reason the operator wrote (the request sent to the customer) is the evidence the pause needs.
    await pauseClock(tx, { ticketId, actorId, at, reason: step.pauseReason ?? "waitingForCustomerAnswer", evidence: step.reason ?? "" });
    return;
  }

  if (clock.state === "paused" && step.to !== "waitingForCustomer") {
    await resumeClock(tx, { ticketId, actorId, at });
  }

  if (step.to === "resolved" && !clock.stopsOnReply) {
    await stopClock(tx, { ticketId, actorId, at });
  }
}

/**
 * Marks the ticket's active clock as not applicable, for a cancelled or merged ticket: no
 * standard is owed on a request that was withdrawn or is handled under another protocol.
 * TODO: call the charter's own cancel function once `lib/charter/clock-service.ts` has one.
 */
export async function cancelClock(tx: Prisma.TransactionClient, step: ClockStep): Promise<void> {
  await tx.serviceClock.updateMany({
    where: { ticketId: step.ticketId, state: { in: ["running", "paused"] } },
    data: { state: "notApplicable", stoppedAt: step.at },
  });
  await tx.ticket.update({ where: { id: step.ticketId }, data: { dueAt: null }, select: { id: true } });
}
