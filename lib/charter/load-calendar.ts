import "server-only";

import { AppError } from "@/lib/errors/app-error";
import type { Division, Prisma } from "@/lib/generated/prisma/client";

import { createBusinessCalendar, type BusinessCalendar } from "./business-calendar";
import { addDays, fromUtcMidnight, toUtcMidnight, type PlainDate } from "./plain-date";
import { romeDateOf } from "./rome-time";

/**
 * Loads a calendar's holiday rules and its closures between two dates, inclusive. Holidays
 * come as yearly rules, so they apply to any year. Closures outside the range are left out.
 */
export async function loadBusinessCalendar(
  tx: Prisma.TransactionClient,
  calendarId: string,
  range: { from: PlainDate; to: PlainDate },
): Promise<BusinessCalendar> {
  const calendar = await tx.businessCalendar.findUnique({
    where: { id: calendarId },
    select: {
      code: true,
      holidays: { select: { rule: true, month: true, day: true, name: true, validFromYear: true, validToYear: true } },
      closures: {
        where: { date: { gte: toUtcMidnight(range.from), lte: toUtcMidnight(range.to) } },
        select: { date: true, reason: true },
      },
    },
  });
  if (!calendar) {
    throw new AppError("charter.calendarNotFound", `Business calendar ${calendarId} not found.`, 500, { calendarId });
  }

  return createBusinessCalendar({
    code: calendar.code,
    holidays: calendar.holidays,
    closures: calendar.closures.map((closure) => ({ date: fromUtcMidnight(closure.date), reason: closure.reason })),
  });
}

/** Code of the calendar a division's standards use when their row names none. */
export function defaultStandardsCalendarCode(division: Division): string {
  return `${division}-standards`;
}

/**
 * Days of closures loaded for a clock: enough for three times the longest limit (60 working
 * days) plus long pauses.
 */
const CLOCK_CALENDAR_SPAN_DAYS = 3 * 366;

/** Loads the calendar a standard's clock counts on, with closures from the clock's start onwards. */
export async function loadCalendarForStandard(
  tx: Prisma.TransactionClient,
  standard: { calendarId: string | null; division: Division },
  startedAt: Date,
): Promise<BusinessCalendar> {
  let calendarId = standard.calendarId;

  if (!calendarId) {
    const code = defaultStandardsCalendarCode(standard.division);
    const fallback = await tx.businessCalendar.findUnique({ where: { code }, select: { id: true } });
    if (!fallback) {
      throw new AppError("charter.calendarNotFound", `The standard names no calendar and calendar "${code}" is missing.`, 500, { code });
    }
    calendarId = fallback.id;
  }

  const from = romeDateOf(startedAt);
  return loadBusinessCalendar(tx, calendarId, { from, to: addDays(from, CLOCK_CALENDAR_SPAN_DAYS) });
}
