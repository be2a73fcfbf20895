/**
 * Fixed "today" of the demo data. Every date in the seed is computed from it, never from the
 * clock, so reruns give the same rows.
 */
export const seedReferenceDate = utcDate(2026, 11, 20);

/** First day of the 24 months of readings and bills. */
export const historyStart = utcDate(2024, 11, 1);

export const historyMonths = 24;

/** Returns midnight UTC of a calendar date, with month from 1 to 12. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Adds calendar months to the first day of a month. */
export function addMonths(firstOfMonth: Date, months: number): Date {
  return utcDate(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1 + months, 1);
}

export function lastDayOfMonth(firstOfMonth: Date): Date {
  return addDays(addMonths(firstOfMonth, 1), -1);
}

/** Whole days from `from` to `to`, both included. */
export function daysInclusive(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
}

/**
 * Returns a timestamp on a date at an hour of Rome time. Rome is UTC+1 in winter and UTC+2 in
 * summer, but the seed uses UTC+1 all year, so summer times are one hour early.
 */
export function atHour(date: Date, hour: number, minute = 0): Date {
  return new Date(date.getTime() + ((hour - 1) * 60 + minute) * 60_000);
}
