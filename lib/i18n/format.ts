import { intlLocaleTags, timeZone, type Locale } from "@/lib/i18n/config";

// Pure formatting helpers, usable from server and client components alike.

const noBreakSpace = "\u00a0";

/** Amounts of money: integer euro cents, as stored in the database. */
export type Cents = number | bigint;

function toEuros(cents: Cents): number {
  if (typeof cents === "bigint") return Number(cents) / 100;

  if (!Number.isInteger(cents)) {
    throw new RangeError(`Invalid amount: ${cents} is not a whole number of cents.`);
  }

  return cents / 100;
}

/**
 * Formats an amount in euro cents. Italian follows the convention of bills and
 * banks, `€ 1.234,56`, with thousands grouped from 1.000 on: `Intl` alone gives
 * `1234,56 €` for it-IT (symbol after, no grouping under 10.000). English and
 * Arabic use their `Intl` patterns. The symbol is joined by a no-break space.
 */
export function formatMoneyCents(cents: Cents, locale: Locale): string {
  const euros = toEuros(cents);

  if (locale !== "it") {
    return new Intl.NumberFormat(intlLocaleTags[locale], { style: "currency", currency: "EUR" }).format(euros);
  }

  const digits = new Intl.NumberFormat("it-IT", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: "always",
  }).format(Math.abs(euros));

  const sign = euros < 0 ? "-" : "";
  return `${sign}€${noBreakSpace}${digits}`;
}

/** A calendar date without a time: `YYYY-MM-DD`, or a Date at UTC midnight as Prisma returns `@db.Date` columns. */
export type CalendarDate = string | Date;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMidnight(value: CalendarDate): Date {
  if (value instanceof Date) return value;

  const match = calendarDatePattern.exec(value);
  if (!match) {
    throw new RangeError(`Invalid calendar date "${value}": expected YYYY-MM-DD.`);
  }

  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));

  // Date.UTC rolls 2026-02-30 over to March; a real calendar date round-trips unchanged.
  if (date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Invalid calendar date "${value}": no such day.`);
  }

  return date;
}

/**
 * Formats a calendar date (a due date, a birth date, a billing period bound) as
 * `05/03/2026` in Italian. It is read in UTC so that a date never shifts by a day
 * with the time zone.
 */
export function formatCalendarDate(value: CalendarDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(toUtcMidnight(value));
}

function toInstant(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);

  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid timestamp "${String(value)}": expected a Date or an ISO 8601 string.`);
  }

  return date;
}

/** Formats the day an instant falls on in Milan (Europe/Rome), for example `05/03/2026`. */
export function formatDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(toInstant(value));
}

/** Formats an instant as Milan (Europe/Rome) date and 24-hour time, for example `05/03/2026, 14:30`. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(toInstant(value));
}

/** Formats a count or a measure (m³, percentages as plain numbers) with the locale's separators. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocaleTags[locale], { maximumFractionDigits }).format(value);
}
