import type { PlainDate } from "@/lib/charter/plain-date";
import { partsOf } from "@/lib/charter/plain-date";

const romeWallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Rome",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/** Returns Rome's wall-clock time at an instant, read as if it were a UTC timestamp, in milliseconds. */
function wallClockAsUtc(instant: number): number {
  const fields = new Map(romeWallClock.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const field = (type: Intl.DateTimeFormatPartTypes) => fields.get(type) ?? 0;
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"));
}

/**
 * Returns the instant at which Rome's clocks show `minuteOfDay` minutes after midnight on `date`.
 * Office hours never fall in the hour that the change to or from summer time skips or repeats
 * (02:00-03:00 on a Sunday), so the two-step offset lookup is exact for them.
 */
export function romeInstant(date: PlainDate, minuteOfDay: number): Date {
  const { year, month, day } = partsOf(date);
  const asUtc = Date.UTC(year, month - 1, day) + minuteOfDay * 60_000;

  const firstGuess = asUtc - (wallClockAsUtc(asUtc) - asUtc);
  return new Date(asUtc - (wallClockAsUtc(firstGuess) - firstGuess));
}

/** Returns the minutes after midnight that Rome's clocks show at an instant. */
export function romeMinuteOfDay(instant: Date): number {
  const wallClock = new Date(wallClockAsUtc(instant.getTime()));
  return wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes();
}
