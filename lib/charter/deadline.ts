import type { StandardUnit } from "@/lib/generated/prisma/enums";

import type { BusinessCalendar } from "./business-calendar";
import { addDays, weekdayOf, type PlainDate } from "./plain-date";
import { endOfRomeDay, romeDateOf } from "./rome-time";

/** Units counted in whole days of a calendar. */
export type DayUnit = "workingDays" | "feriali" | "calendarDays";

/** Units measured as elapsed time, whatever the calendar. */
export type DurationUnit = "hours" | "minutes" | "seconds";

const durationMs: Record<DurationUnit, number> = { hours: 3_600_000, minutes: 60_000, seconds: 1_000 };

export function isDayUnit(unit: StandardUnit): unit is DayUnit {
  return unit === "workingDays" || unit === "feriali" || unit === "calendarDays";
}

export function isDurationUnit(unit: StandardUnit): unit is DurationUnit {
  return unit === "hours" || unit === "minutes" || unit === "seconds";
}

/** Returns true when a standard's unit can time a clock, which excludes shares such as `percent`. */
export function isClockUnit(unit: StandardUnit): unit is DayUnit | DurationUnit {
  return isDayUnit(unit) || isDurationUnit(unit);
}

/**
 * Returns true when the date counts towards a limit in the unit: working days are Monday to
 * Friday, giorni feriali Monday to Saturday, both without the calendar's holidays and closures.
 * Every calendar day counts.
 */
export function isCountedDay(calendar: BusinessCalendar, unit: DayUnit, date: PlainDate): boolean {
  if (unit === "calendarDays") return true;

  const weekday = weekdayOf(date);
  if (weekday === 0) return false;
  if (weekday === 6 && unit === "workingDays") return false;
  return !calendar.isClosed(date);
}

/** Returns the `count`-th counted day after `start`. The start date itself never counts, and a count of 0 returns it. */
export function addCountedDays(calendar: BusinessCalendar, unit: DayUnit, start: PlainDate, count: number): PlainDate {
  let date = start;
  let remaining = count;

  while (remaining > 0) {
    date = addDays(date, 1);
    if (isCountedDay(calendar, unit, date)) remaining -= 1;
  }
  return date;
}

/** Counts the counted days after `from` up to and including `to`, so 0 when `to` is not after `from`. */
export function countCountedDays(calendar: BusinessCalendar, unit: DayUnit, from: PlainDate, to: PlainDate): number {
  let count = 0;

  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isCountedDay(calendar, unit, date)) count += 1;
  }
  return count;
}

/** The timing of a clock: when it started, its standard's limit and the paused time to add. */
export type ClockTiming = {
  unit: StandardUnit;
  limitValue: number;
  startedAt: Date;
  /** Counted days spent in finished pauses, for day units. */
  pausedDays: number;
  /** Seconds spent in finished pauses, for duration units. */
  pausedSeconds: number;
};

/**
 * Returns the instant by which `multiple` times the limit runs out.
 *
 * Day units: the day the clock starts never counts. The deadline is the end (23:59:59.999 in
 * Rome) of the N-th counted day after it, so a 5-working-day clock started on a Monday expires
 * at the end of the next Monday. Paused days move that day on.
 * Duration units: elapsed time from the start plus the paused time, so a DST change does not
 * shorten or stretch a 3-hour window.
 */
export function deadlineAt(calendar: BusinessCalendar, timing: ClockTiming, multiple = 1): Date {
  const { unit, limitValue, startedAt } = timing;

  if (isDayUnit(unit)) {
    const lastDay = addCountedDays(calendar, unit, romeDateOf(startedAt), limitValue * multiple + timing.pausedDays);
    return endOfRomeDay(lastDay);
  }
  if (isDurationUnit(unit)) {
    return new Date(startedAt.getTime() + limitValue * multiple * durationMs[unit] + timing.pausedSeconds * 1000);
  }
  throw new Error(`A standard measured in "${unit}" has no deadline: only day and time units can time a clock.`);
}

/**
 * Returns the paused time between a pause and its resume, in the unit's measure. For day units
 * a resume behaves like a new start: the pause's first day has already been worked and the
 * resume day does not count, so the counted days after the pause day up to the resume day are
 * added. A pause that ends on the day it began adds nothing.
 */
export function pausedAmount(
  calendar: BusinessCalendar,
  unit: StandardUnit,
  pausedAt: Date,
  resumedAt: Date,
): { days: number; seconds: number } {
  if (isDayUnit(unit)) {
    return { days: countCountedDays(calendar, unit, romeDateOf(pausedAt), romeDateOf(resumedAt)), seconds: 0 };
  }
  return { days: 0, seconds: Math.max(0, Math.floor((resumedAt.getTime() - pausedAt.getTime()) / 1000)) };
}
