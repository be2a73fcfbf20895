import type { HolidayRule } from "@/lib/generated/prisma/enums";

import { easterSunday } from "./easter";
import { addDays, partsOf, plainDate, type PlainDate } from "./plain-date";

/** A yearly holiday as a calendar stores it, in the shape of a `CalendarHoliday` row. */
export type HolidayDefinition = {
  rule: HolidayRule;
  month: number | null;
  day: number | null;
  name: string;
  validFromYear: number | null;
  validToYear: number | null;
};

/** The days a calendar closes: yearly holidays plus one-off closures. */
export type BusinessCalendar = {
  code: string;
  /** Returns true when the date is a holiday or a closure of this calendar. */
  isClosed(date: PlainDate): boolean;
  /** Returns the name of the holiday or closure on the date, or null for an open day. */
  closureName(date: PlainDate): string | null;
};

export type BusinessCalendarDefinition = {
  code: string;
  holidays: readonly HolidayDefinition[];
  closures: ReadonlyArray<{ date: PlainDate; reason: string }>;
};

function appliesInYear(holiday: HolidayDefinition, year: number): boolean {
  if (holiday.validFromYear !== null && year < holiday.validFromYear) return false;
  if (holiday.validToYear !== null && year > holiday.validToYear) return false;
  return true;
}

function holidayDate(holiday: HolidayDefinition, year: number): PlainDate | null {
  if (holiday.rule === "easterMonday") return addDays(easterSunday(year), 1);
  if (holiday.month === null || holiday.day === null) return null;
  return plainDate(year, holiday.month, holiday.day);
}

/**
 * Builds a calendar from its holiday rules and closures. Whether 7 December (Sant'Ambrogio)
 * closes a calendar is decided by the rows of that calendar, so office and deadline calendars
 * may differ.
 */
export function createBusinessCalendar(definition: BusinessCalendarDefinition): BusinessCalendar {
  const closures = new Map(definition.closures.map((closure) => [closure.date, closure.reason]));
  const holidaysByYear = new Map<number, Map<PlainDate, string>>();

  function holidaysOf(year: number): Map<PlainDate, string> {
    const cached = holidaysByYear.get(year);
    if (cached) return cached;

    const dates = new Map<PlainDate, string>();
    for (const holiday of definition.holidays) {
      const date = appliesInYear(holiday, year) ? holidayDate(holiday, year) : null;
      if (date) dates.set(date, holiday.name);
    }
    holidaysByYear.set(year, dates);
    return dates;
  }

  function closureName(date: PlainDate): string | null {
    return holidaysOf(partsOf(date).year).get(date) ?? closures.get(date) ?? null;
  }

  return { code: definition.code, closureName, isClosed: (date) => closureName(date) !== null };
}
