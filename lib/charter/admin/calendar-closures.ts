import "server-only";

import { z } from "zod";

import { romeDateOf } from "@/lib/charter/rome-time";
import { toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

import { isAfterRomeToday, isoDateField } from "./admin-dates";
import { assertCharterAdmin, type AdminActor } from "./require-charter-admin";

/** Maximum closures one calendar lists: the future ones plus this many past ones. */
export const pastClosuresShown = 20;

export const closureFormSchema = z.object({
  calendarId: z.uuid({ error: "calendarRequired" }),
  date: isoDateField,
  reason: z.string().trim().min(3, { error: "closureReasonRequired" }).max(200, { error: "closureReasonTooLong" }),
});

export type ClosureInput = z.output<typeof closureFormSchema>;

export type CalendarClosureView = { id: string; date: string; reason: string; future: boolean };
export type CalendarView = { id: string; code: string; name: string; description: string | null; closures: CalendarClosureView[] };

/**
 * Lists the business calendars with their closures: every future one and the latest past ones.
 * Calendars are few (one per division's standards and one for the offices), so all are listed.
 */
export async function listCalendarsWithClosures(actor: AdminActor, now: Date = new Date()): Promise<CalendarView[]> {
  assertCharterAdmin(actor);

  const today = toUtcMidnight(romeDateOf(now));
  const calendars = await db().businessCalendar.findMany({
    orderBy: { code: "asc" },
    take: 50,
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      closures: { where: { date: { gt: today } }, orderBy: { date: "asc" }, select: { id: true, date: true, reason: true } },
    },
  });

  const past = await Promise.all(
    calendars.map((calendar) =>
      db().calendarClosure.findMany({
        where: { calendarId: calendar.id, date: { lte: today } },
        orderBy: { date: "desc" },
        take: pastClosuresShown,
        select: { id: true, date: true, reason: true },
      }),
    ),
  );

  return calendars.map((calendar, index) => ({
    id: calendar.id,
    code: calendar.code,
    name: calendar.name,
    description: calendar.description,
    closures: [
      ...past[index]!.reverse().map((closure) => ({ id: closure.id, date: closure.date.toISOString().slice(0, 10), reason: closure.reason, future: false })),
      ...calendar.closures.map((closure) => ({ id: closure.id, date: closure.date.toISOString().slice(0, 10), reason: closure.reason, future: true })),
    ],
  }));
}

/**
 * Adds a closure day to a calendar, on a date after today in Rome, and writes an audit row.
 * A second submit of the same date returns the closure already stored, so a double submit
 * adds one. Deadlines computed from then on skip the day.
 * NOTE: due dates already stored on running clocks are not recomputed. A clock counts the
 * closure only when its deadline is computed again, on resume.
 */
export async function addCalendarClosure(actor: AdminActor, input: ClosureInput, now: Date = new Date()): Promise<{ id: string }> {
  assertCharterAdmin(actor);
  if (!isAfterRomeToday(input.date, now)) {
    throw new AppError("admin.closureNotFuture", `Closure date ${input.date} is not after today`, 422, { field: "date" });
  }

  const date = toUtcMidnight(input.date);
  const result = await db().$transaction(async (tx) => {
    const calendar = await tx.businessCalendar.findUnique({ where: { id: input.calendarId }, select: { id: true } });
    if (!calendar) throw new AppError("admin.calendarNotFound", `Calendar ${input.calendarId} not found`, 404, { field: "calendarId" });

    const existing = await tx.calendarClosure.findUnique({ where: { calendarId_date: { calendarId: calendar.id, date } }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };

    const closure = await tx.calendarClosure.create({ data: { calendarId: calendar.id, date, reason: input.reason }, select: { id: true } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "calendarClosure.add", entity: "CalendarClosure", entityId: closure.id, after: { calendarId: calendar.id, date: input.date, reason: input.reason } },
    });
    return { id: closure.id, created: true };
  });

  if (result.created) logger.info({ closureId: result.id, calendarId: input.calendarId, actorId: actor.id }, "calendar closure added");
  return { id: result.id };
}

/**
 * Removes a future closure and writes an audit row. Past closures stay, because deadlines
 * already counted skipped them. Raises `admin.closureNotFound` and `admin.closureNotFuture`.
 */
export async function removeCalendarClosure(actor: AdminActor, closureId: string, now: Date = new Date()): Promise<void> {
  assertCharterAdmin(actor);
  if (!z.uuid().safeParse(closureId).success) throw new AppError("admin.closureNotFound", `Closure ${closureId} not found`, 404);

  await db().$transaction(async (tx) => {
    const closure = await tx.calendarClosure.findUnique({ where: { id: closureId }, select: { id: true, calendarId: true, date: true, reason: true } });
    if (!closure) throw new AppError("admin.closureNotFound", `Closure ${closureId} not found`, 404);

    const date = closure.date.toISOString().slice(0, 10);
    if (!isAfterRomeToday(date, now)) throw new AppError("admin.closureNotFuture", `Closure ${closureId} on ${date} is not in the future`, 422);

    await tx.calendarClosure.delete({ where: { id: closure.id } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "calendarClosure.remove", entity: "CalendarClosure", entityId: closure.id, before: { calendarId: closure.calendarId, date, reason: closure.reason } },
    });
  });

  logger.info({ closureId, actorId: actor.id }, "calendar closure removed");
}
