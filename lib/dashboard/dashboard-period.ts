import { addDays, type PlainDate } from "@/lib/charter/plain-date";
import { romeDateOf, startOfRomeDay } from "@/lib/charter/rome-time";

/** Days the default period covers, today included. */
export const defaultPeriodDays = 30;

/** Maximum length of a period in days, so one request never aggregates years of tickets. */
export const maxPeriodDays = 366;

export type PeriodProblem = "invalidFrom" | "invalidTo" | "fromAfterTo" | "tooLong";

/** A span of whole days in Milan, with the instants that bound it for the queries. */
export type DashboardPeriod = {
  from: PlainDate;
  to: PlainDate;
  /** Start of `from` in Europe/Rome. */
  startsAt: Date;
  /** Start of the day after `to` in Europe/Rome: the queries compare with `< endsBefore`. */
  endsBefore: Date;
  /** Set when the requested dates were rejected and the default period is shown instead. */
  problem?: PeriodProblem;
};

const plainDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Returns true for a real calendar date written YYYY-MM-DD. */
function isPlainDate(value: string): boolean {
  if (!plainDatePattern.test(value)) return false;

  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** Counts the days from `from` to `to`, both included. */
export function daysInPeriod(from: PlainDate, to: PlainDate): number {
  const milliseconds = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(milliseconds / 86_400_000) + 1;
}

function periodOf(from: PlainDate, to: PlainDate, problem?: PeriodProblem): DashboardPeriod {
  const period: DashboardPeriod = { from, to, startsAt: startOfRomeDay(from), endsBefore: startOfRomeDay(addDays(to, 1)) };
  if (problem) period.problem = problem;

  return period;
}

/** Returns the last `defaultPeriodDays` days up to today in Milan. */
export function defaultPeriod(now: Date): DashboardPeriod {
  const today = romeDateOf(now);
  return periodOf(addDays(today, -(defaultPeriodDays - 1)), today);
}

/**
 * Reads the `dal` and `al` query parameters (YYYY-MM-DD, days in Milan, both included). A
 * missing bound takes the default's. Invalid dates, a start after the end or a span longer
 * than `maxPeriodDays` return the default period with the problem set, so the page can show the reason.
 */
export function parseDashboardPeriod(params: Record<string, string | string[] | undefined>, now: Date): DashboardPeriod {
  const fallback = defaultPeriod(now);
  const rawFrom = firstValue(params.dal);
  const rawTo = firstValue(params.al);

  if (rawFrom && !isPlainDate(rawFrom)) return { ...fallback, problem: "invalidFrom" };
  if (rawTo && !isPlainDate(rawTo)) return { ...fallback, problem: "invalidTo" };

  const to = rawTo || fallback.to;
  const from = rawFrom || addDays(to, -(defaultPeriodDays - 1));

  if (from > to) return { ...fallback, problem: "fromAfterTo" };
  if (daysInPeriod(from, to) > maxPeriodDays) return { ...fallback, problem: "tooLong" };

  return periodOf(from, to);
}
