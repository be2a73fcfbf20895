import { addDays, plainDate, type PlainDate } from "@/lib/charter/plain-date";
import { startOfRomeDay } from "@/lib/charter/rome-time";

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Returns Rome's offset from UTC in force at the start of a date, in milliseconds. */
function offsetAtStartOf(date: PlainDate): number {
  return Date.parse(`${date}T00:00:00Z`) - startOfRomeDay(date).getTime();
}

/**
 * Reads a `datetime-local` value ("2026-07-15T09:30") as wall-clock time in Rome, with
 * summer time from the last Sunday of March to the last Sunday of October. Italy moves the
 * clocks at 02:00 in March and 03:00 in October: a time in the skipped hour is read with the
 * summer offset, one hour later, and a time in the repeated hour as the first, summer one.
 * Returns null for text in another format or for a day that does not exist.
 */
export function parseRomeDateTime(text: string): Date | null {
  const match = dateTimePattern.exec(text);
  if (!match) return null;

  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = plainDate(year, month, day);
  if (date !== `${match[1]}-${match[2]}-${match[3]}` || hour > 23 || minute > 59) return null;

  const offsetBefore = offsetAtStartOf(date);
  const offsetAfter = offsetAtStartOf(addDays(date, 1));
  const changeHour = offsetAfter > offsetBefore ? 2 : 3;
  const offset = hour < changeHour ? offsetBefore : offsetAfter;

  return new Date(Date.UTC(year, month - 1, day, hour, minute) - offset);
}
