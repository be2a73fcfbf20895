import "server-only";

import { pauseClock, resumeClock, startClockForTicket, stopClock } from "@/lib/charter/clock-service";
import { findStandardInForce } from "@/lib/charter/find-standard-in-force";
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
 * Start events of standards whose clock runs again when a closed matter is reopened: the
 * customer's written request. A reopened complaint or information request is a new request
 * that is owed a new reply within the limit. Standards started by another event (an accepted
 * estimate, a meter check, a call) measure one execution, so reopening the ticket starts
 * nothing: the execution they measure has already happened.
 */
const restartOnReopenEvents: readonly string[] = ["requestReceived"];

/**
 * Starts a new clock when a ticket whose clock has stopped is reopened, under the standard in
 * force on the reopening date (a new request follows the rule of its own date). Does nothing
 * when the ticket has no category standard or its standard does not restart on reopening.
 */
async function restartClockOnReopen(tx: Prisma.TransactionClient, step: ClockStep): Promise<void> {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: step.ticketId },
    select: { categoryId: true, category: { select: { serviceStandardCode: true } } },
  });
  const code = ticket.category.serviceStandardCode;
  if (!code) return;

  const standard = await findStandardInForce(tx, code, step.at);
  if (!standard || !restartOnReopenEvents.includes(standard.startEvent)) return;

  await startClockForTicket(tx, { ticketId: step.ticketId, categoryId: ticket.categoryId, openedAt: step.at, actorId: step.actorId });
}

/**
 * Moves the clock with the ticket: waiting for the customer pauses it, leaving that state
 * resumes it, resolution stops the standards that end with the resolution, and reopening a
 * ticket whose clock has stopped may start a new one (see `restartOnReopenEvents`). A pause an
 * operator set for another reason (a third party's permit, say) stays through other moves
 * until it is resumed or the clock stops.
 */
export async function applyStateChangeToClock(
  tx: Prisma.TransactionClient,
  step: ClockStep & { from: TicketState; to: TicketState; reason: string | undefined; pauseReason?: PauseReason },
): Promise<void> {
  const clock = await findActiveClock(tx, step.ticketId);
  const { ticketId, actorId, at } = step;

  if (!clock) {
    if (step.to === "reopened") await restartClockOnReopen(tx, { ticketId, actorId, at });
    return;
  }

  if (step.to === "waitingForCustomer" && clock.state === "running") {
    // The reason the operator wrote (the request sent to the customer) is the evidence the pause needs.
    await pauseClock(tx, { ticketId, actorId, at, reason: step.pauseReason ?? "waitingForCustomerAnswer", evidence: step.reason ?? "" });
    return;
  }

  if (clock.state === "paused" && step.from === "waitingForCustomer" && step.to !== "waitingForCustomer") {
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
