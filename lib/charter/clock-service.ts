import "server-only";

import { AppError } from "@/lib/errors/app-error";
import type { ClockState, Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { recordClockEvent } from "./clock-events";
import { deadlineAt, isClockUnit, pausedAmount } from "./deadline";
import { findStandardInForce, standardTermsSelect } from "./find-standard-in-force";
import { loadCalendarForStandard } from "./load-calendar";
import { pauseClockInputSchema, type PauseReason } from "./pause-reasons";

// Ticket.dueAt mirrors the running deadline only: it is cleared while the clock is paused,
// because the deadline moves by the length of the pause, and once the clock stops.

export type StartClockInput = { ticketId: string; categoryId: string; openedAt: Date; actorId?: string | null };
export type PauseClockInput = { ticketId: string; reason: PauseReason; evidence: string; actorId: string; at: Date };
export type ClockChangeInput = { ticketId: string; actorId: string | null; at: Date };

/** A clock after a change. `dueAt` is null while paused. `metStandard` is set once stopped. */
export type ClockSummary = { clockId: string; state: ClockState; dueAt: Date | null; metStandard: boolean | null };

/**
 * Starts the clock of the standard in force for the ticket's category on the opening date, sets
 * the ticket's due date and records the start. Returns null, starting nothing, when the category
 * has no standard or no version of it applies on that date.
 */
export async function startClockForTicket(
  tx: Prisma.TransactionClient,
  input: StartClockInput,
): Promise<{ clockId: string; dueAt: Date } | null> {
  const category = await tx.ticketCategory.findUnique({ where: { id: input.categoryId }, select: { serviceStandardCode: true } });
  if (!category) {
    throw new AppError("charter.categoryNotFound", `Ticket category ${input.categoryId} not found.`, 404, { categoryId: input.categoryId });
  }
  if (!category.serviceStandardCode) return null;

  const standard = await findStandardInForce(tx, category.serviceStandardCode, input.openedAt);
  if (!standard || !isClockUnit(standard.unit)) {
    logger.warn({ ticketId: input.ticketId, standardCode: category.serviceStandardCode }, "No timed standard in force for the ticket's category: no clock started");
    return null;
  }

  const active = await tx.serviceClock.findFirst({ where: { ticketId: input.ticketId, state: { in: ["running", "paused"] } }, select: { id: true } });
  if (active) {
    throw new AppError("charter.clockAlreadyStarted", `Ticket ${input.ticketId} already has clock ${active.id}.`, 409, { clockId: active.id });
  }

  const calendar = await loadCalendarForStandard(tx, standard, input.openedAt);
  const dueAt = deadlineAt(calendar, { unit: standard.unit, limitValue: standard.limitValue, startedAt: input.openedAt, pausedDays: 0, pausedSeconds: 0 });

  const clock = await tx.serviceClock.create({
    data: { serviceStandardId: standard.id, ticketId: input.ticketId, state: "running", startedAt: input.openedAt, dueAt },
    select: { id: true },
  });
  await tx.ticket.update({ where: { id: input.ticketId }, data: { dueAt } });
  await recordClockEvent(tx, {
    ticketId: input.ticketId,
    kind: "clockStarted",
    clockState: "running",
    actorId: input.actorId ?? null,
    at: input.openedAt,
    data: { clockId: clock.id, standardCode: standard.code, limitValue: standard.limitValue, unit: standard.unit, dueAt: dueAt.toISOString() },
  });

  return { clockId: clock.id, dueAt };
}

/** Locks and returns the ticket's running or paused clock, or null when it has none. */
async function lockActiveClock(tx: Prisma.TransactionClient, ticketId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "ServiceClock"
    WHERE "ticketId" = ${ticketId}::uuid AND state IN ('running', 'paused')
    ORDER BY "startedAt" DESC
    LIMIT 1
    FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) return null;

  return tx.serviceClock.findUniqueOrThrow({
    where: { id },
    select: { id: true, state: true, startedAt: true, dueAt: true, pausedAt: true, pausedDays: true, pausedSeconds: true, serviceStandard: { select: standardTermsSelect } },
  });
}

type ActiveClock = NonNullable<Awaited<ReturnType<typeof lockActiveClock>>>;

function rejectEarlierThan(clock: ActiveClock, at: Date, since: Date): void {
  if (at.getTime() < since.getTime()) {
    throw new AppError("charter.clockTimeInvalid", `Clock ${clock.id} cannot change at ${at.toISOString()}, before ${since.toISOString()}.`, 400, {
      clockId: clock.id,
    });
  }
}

/** Returns the paused totals with the current pause closed at `at`, and the deadline they give. */
async function closePause(tx: Prisma.TransactionClient, clock: ActiveClock, at: Date) {
  const calendar = await loadCalendarForStandard(tx, clock.serviceStandard, clock.startedAt);
  const pause = clock.pausedAt ? pausedAmount(calendar, clock.serviceStandard.unit, clock.pausedAt, at) : { days: 0, seconds: 0 };
  const pausedDays = clock.pausedDays + pause.days;
  const pausedSeconds = clock.pausedSeconds + pause.seconds;

  const timing = { unit: clock.serviceStandard.unit, limitValue: clock.serviceStandard.limitValue, startedAt: clock.startedAt, pausedDays, pausedSeconds };
  return { pause, pausedDays, pausedSeconds, dueAt: deadlineAt(calendar, timing) };
}

/**
 * Pauses the ticket's running clock for one of the accepted reasons, with the evidence of it.
 * Returns null when the ticket has no running or paused clock.
 */
export async function pauseClock(tx: Prisma.TransactionClient, input: PauseClockInput): Promise<ClockSummary | null> {
  const parsed = pauseClockInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("charter.pauseInvalid", `Invalid pause request: ${parsed.error.message}`, 400, { ticketId: input.ticketId });
  }

  const clock = await lockActiveClock(tx, input.ticketId);
  if (!clock) return null;
  if (clock.state !== "running") {
    throw new AppError("charter.clockNotRunning", `Clock ${clock.id} is ${clock.state}, so it cannot be paused.`, 409, { clockId: clock.id, state: clock.state });
  }
  rejectEarlierThan(clock, input.at, clock.startedAt);

  await tx.serviceClock.update({ where: { id: clock.id }, data: { state: "paused", pausedAt: input.at } });
  await tx.ticket.update({ where: { id: input.ticketId }, data: { dueAt: null } });
  await recordClockEvent(tx, {
    ticketId: input.ticketId,
    kind: "clockPaused",
    clockState: "paused",
    actorId: input.actorId,
    at: input.at,
    data: { clockId: clock.id, reason: parsed.data.reason, evidence: parsed.data.evidence, dueAtBeforePause: clock.dueAt.toISOString() },
  });

  return { clockId: clock.id, state: "paused", dueAt: null, metStandard: null };
}

/**
 * Resumes the ticket's paused clock and moves its deadline by the paused time, counted in the
 * standard's unit. Returns null when the ticket has no running or paused clock.
 */
export async function resumeClock(tx: Prisma.TransactionClient, input: ClockChangeInput): Promise<ClockSummary | null> {
  const clock = await lockActiveClock(tx, input.ticketId);
  if (!clock) return null;
  if (clock.state !== "paused" || !clock.pausedAt) {
    throw new AppError("charter.clockNotPaused", `Clock ${clock.id} is ${clock.state}, so it cannot be resumed.`, 409, { clockId: clock.id, state: clock.state });
  }
  rejectEarlierThan(clock, input.at, clock.pausedAt);

  const totals = await closePause(tx, clock, input.at);

  await tx.serviceClock.update({
    where: { id: clock.id },
    data: { state: "running", pausedAt: null, pausedDays: totals.pausedDays, pausedSeconds: totals.pausedSeconds, dueAt: totals.dueAt },
  });
  await tx.ticket.update({ where: { id: input.ticketId }, data: { dueAt: totals.dueAt } });
  await recordClockEvent(tx, {
    ticketId: input.ticketId,
    kind: "clockResumed",
    clockState: "running",
    actorId: input.actorId,
    at: input.at,
    data: { clockId: clock.id, pausedDays: totals.pause.days, pausedSeconds: totals.pause.seconds, dueAt: totals.dueAt.toISOString() },
  });

  return { clockId: clock.id, state: "running", dueAt: totals.dueAt, metStandard: null };
}

/**
 * Stops the ticket's clock, closing a pause in progress first, and records whether the stop
 * came within the limit. Returns null when the ticket has no running or paused clock.
 */
export async function stopClock(tx: Prisma.TransactionClient, input: ClockChangeInput): Promise<ClockSummary | null> {
  const clock = await lockActiveClock(tx, input.ticketId);
  if (!clock) return null;
  rejectEarlierThan(clock, input.at, clock.pausedAt ?? clock.startedAt);

  const totals = await closePause(tx, clock, input.at);
  const metStandard = input.at.getTime() <= totals.dueAt.getTime();

  await tx.serviceClock.update({
    where: { id: clock.id },
    data: {
      state: "stopped",
      stoppedAt: input.at,
      pausedAt: null,
      pausedDays: totals.pausedDays,
      pausedSeconds: totals.pausedSeconds,
      dueAt: totals.dueAt,
      metStandard,
    },
  });
  await tx.ticket.update({ where: { id: input.ticketId }, data: { dueAt: null } });
  await recordClockEvent(tx, {
    ticketId: input.ticketId,
    kind: "clockStopped",
    clockState: "stopped",
    actorId: input.actorId,
    at: input.at,
    data: { clockId: clock.id, metStandard, dueAt: totals.dueAt.toISOString() },
  });

  return { clockId: clock.id, state: "stopped", dueAt: totals.dueAt, metStandard };
}
