/** A calendar date without time or zone, written "YYYY-MM-DD" so it sorts and compares as text. */
export type PlainDate = string;

/** Builds a plain date from a year, a month from 1 to 12 and a day. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Splits a plain date into year, month (1 to 12) and day. */
export function partsOf(date: PlainDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const { year, month, day } = partsOf(date);
  return plainDate(year, month, day + days);
}

/** Returns the day of the week, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: PlainDate): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Returns midnight UTC of the date, the value Prisma reads and writes for `@db.Date` columns. */
export function toUtcMidnight(date: PlainDate): Date {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Reads a `@db.Date` value, which Prisma returns as midnight UTC. */
export function fromUtcMidnight(value: Date): PlainDate {
  return value.toISOString().slice(0, 10);
}
