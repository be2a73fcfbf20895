import { z } from "zod";

import type { PlainDate } from "@/lib/charter/plain-date";

/**
 * Range of years the agenda accepts in its `date` query value. A wider year breaks the plain-date
 * arithmetic: day after 9999-12-31 is not a four-digit date, and years 0 to 99 read as 1900 to 1999.
 */
const FIRST_AGENDA_YEAR = 2000;
const LAST_AGENDA_YEAR = 2099;

/** Returns the query value as a plain date, or null when it is not a valid YYYY-MM-DD day of 2000 to 2099. */
export function parseAgendaDate(value: unknown): PlainDate | null {
  const parsed = z.iso.date().safeParse(value);
  if (!parsed.success) return null;

  const year = Number(parsed.data.slice(0, 4));
  return year >= FIRST_AGENDA_YEAR && year <= LAST_AGENDA_YEAR ? parsed.data : null;
}
