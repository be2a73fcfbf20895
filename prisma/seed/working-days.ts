import { addDays, utcDate } from "./dates";

/** Fixed-date national holidays as month, day and first year. 4 October counts from 2026. */
const fixedHolidays: Array<[number, number, number?]> = [
  [1, 1], [1, 6], [4, 25], [5, 1], [6, 2], [8, 15], [10, 4, 2026], [11, 1], [12, 8], [12, 25], [12, 26],
];

/** Returns Easter Sunday of a year by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

function isHoliday(date: Date): boolean {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();

  if (fixedHolidays.some(([holidayMonth, holidayDay, fromYear]) => holidayMonth === month && holidayDay === day && year >= (fromYear ?? 0))) {
    return true;
  }
  return date.getTime() === addDays(easterSunday(year), 1).getTime();
}

/**
 * Adds working days (Monday to Friday, national holidays excluded) to a timestamp, keeping its
 * time of day. The seed uses it to place demo deadlines, while the application computes real ones
 * from the BusinessCalendar rows.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let current = start;
  let remaining = days;

  while (remaining > 0) {
    current = addDays(current, 1);
    const weekday = current.getUTCDay();
    const midnight = utcDate(current.getUTCFullYear(), current.getUTCMonth() + 1, current.getUTCDate());
    if (weekday !== 0 && weekday !== 6 && !isHoliday(midnight)) remaining -= 1;
  }
  return current;
}
