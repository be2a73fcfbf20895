import type { Prisma } from "@/lib/generated/prisma/client";
import { createBusinessCalendar, type BusinessCalendar } from "@/lib/charter/business-calendar";
import { deadlineAt, type ClockTiming } from "@/lib/charter/deadline";
import { indemnityForExecution, type IndemnityAmount } from "@/lib/charter/indemnity-level";
import { fromUtcMidnight } from "@/lib/charter/plain-date";

import type { SeedContext } from "./seed-rows";

export type SeededStandard = Prisma.ServiceStandardCreateManyInput;

/** Minutes between two breach scans by default, so a breach is dated one scan after the due date. */
const breachScanMinutes = 15;

/** Builds a standard's business calendar from the seeded holiday and closure rows, as `lib/charter` loads it from the database. */
export function calendarOfStandard(context: SeedContext, standard: SeededStandard): BusinessCalendar {
  const { rows } = context;
  const calendar = rows.calendars.find((row) => row.id === standard.calendarId);
  if (!calendar) throw new Error(`The standard ${standard.code} has no seeded calendar.`);

  return createBusinessCalendar({
    code: calendar.code,
    holidays: rows.calendarHolidays
      .filter((holiday) => holiday.calendarId === calendar.id)
      .map((holiday) => ({
        rule: holiday.rule ?? "fixedDate",
        month: holiday.month ?? null,
        day: holiday.day ?? null,
        name: holiday.name,
        validFromYear: holiday.validFromYear ?? null,
        validToYear: holiday.validToYear ?? null,
      })),
    closures: rows.calendarClosures
      .filter((closure) => closure.calendarId === calendar.id)
      .map((closure) => ({ date: fromUtcMidnight(new Date(closure.date)), reason: closure.reason })),
  });
}

function timingOf(standard: SeededStandard, startedAt: Date): ClockTiming {
  return { unit: standard.unit, limitValue: standard.limitValue, startedAt, pausedDays: 0, pausedSeconds: 0 };
}

/** Returns when a clock started at `startedAt` runs out `multiple` times the standard's limit. */
export function seededDeadline(calendar: BusinessCalendar, standard: SeededStandard, startedAt: Date, multiple = 1): Date {
  return deadlineAt(calendar, timingOf(standard, startedAt), multiple);
}

/**
 * Returns a stop instant that earns the indemnity level: halfway between the deadlines of its
 * multiple and the next one, so base, doubled and tripled each fall inside their own band.
 */
export function lateStopFor(calendar: BusinessCalendar, standard: SeededStandard, startedAt: Date, level: IndemnityAmount["level"]): Date {
  const multiple = { base: 1, doubled: 2, tripled: 3 }[level];
  const from = seededDeadline(calendar, standard, startedAt, multiple).getTime();
  const to = seededDeadline(calendar, standard, startedAt, multiple + 1).getTime();
  return new Date(Math.round((from + to) / 2));
}

/** Returns the indemnity a stopped clock of a specific standard earns, or null when it met the standard or the standard pays none. */
export function seededIndemnity(calendar: BusinessCalendar, standard: SeededStandard, startedAt: Date, stoppedAt: Date): IndemnityAmount | null {
  if (standard.kind !== "specific" || standard.indemnityCents === null || standard.indemnityCents === undefined) return null;

  return indemnityForExecution(
    calendar,
    { unit: standard.unit, limitValue: standard.limitValue, indemnityCents: standard.indemnityCents, indemnityScalesWithDelay: standard.indemnityScalesWithDelay ?? true },
    { startedAt, pausedDays: 0, pausedSeconds: 0, stoppedAt },
  );
}

/** Returns when the breach job marked a clock due at `dueAt`. */
export function breachNoticedAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + breachScanMinutes * 60_000);
}
