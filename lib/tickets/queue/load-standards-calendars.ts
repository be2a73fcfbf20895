import "server-only";

import { createBusinessCalendar, type BusinessCalendar } from "@/lib/charter/business-calendar";
import { defaultStandardsCalendarCode, loadBusinessCalendar } from "@/lib/charter/load-calendar";
import { addDays } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { Division } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

/** Days of closures loaded around today: enough for the due dates a queue page shows. */
const CLOSURE_SPAN_DAYS = 400;

/**
 * Loads each division's standards calendar, with closures a little over a year around `now`.
 * A division whose calendar row is missing gets weekends only, and a warning in the log.
 */
export async function loadStandardsCalendars(divisions: readonly Division[], now: Date): Promise<Map<Division, BusinessCalendar>> {
  const today = romeDateOf(now);
  const range = { from: addDays(today, -CLOSURE_SPAN_DAYS), to: addDays(today, CLOSURE_SPAN_DAYS) };
  const calendars = new Map<Division, BusinessCalendar>();

  for (const division of divisions) {
    const code = defaultStandardsCalendarCode(division);
    const row = await db().businessCalendar.findUnique({ where: { code }, select: { id: true } });

    if (row) {
      calendars.set(division, await loadBusinessCalendar(db(), row.id, range));
    } else {
      logger.warn({ code }, "standards calendar missing, counting weekends only");
      calendars.set(division, createBusinessCalendar({ code, holidays: [], closures: [] }));
    }
  }

  return calendars;
}
