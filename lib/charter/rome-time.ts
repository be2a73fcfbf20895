import { addDays, partsOf, plainDate, type PlainDate } from "./plain-date";

const ROME_TIME_ZONE = "Europe/Rome";

const romeWallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: ROME_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

/** Returns Rome's wall-clock time at an instant as the fields of a UTC timestamp. */
function romeWallClockAsUtc(instant: Date): number {
  const fields = new Map(romeWallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const field = (type: Intl.DateTimeFormatPartTypes) => fields.get(type) ?? 0;
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
}

/** Returns Rome's offset from UTC at an instant, in milliseconds: one hour in winter, two in summer. */
function romeOffsetMs(instant: Date): number {
  const wholeSeconds = instant.getTime() - (((instant.getTime() % 1000) + 1000) % 1000);
  return romeWallClockAsUtc(instant) - wholeSeconds;
}

/** Returns the date an instant falls on in Rome. */
export function romeDateOf(instant: Date): PlainDate {
  const wallClock = new Date(romeWallClockAsUtc(instant));
  return plainDate(wallClock.getUTCFullYear(), wallClock.getUTCMonth() + 1, wallClock.getUTCDate());
}

/** Returns the instant a date starts in Rome. */
export function startOfRomeDay(date: PlainDate): Date {
  const { year, month, day } = partsOf(date);
  const midnightAsUtc = Date.UTC(year, month - 1, day);

  // Italy changes the clocks at 02:00 or 03:00, never at midnight, so the offset a few hours
  // around midnight is the offset at midnight, and one correction finds it.
  const firstGuess = midnightAsUtc - romeOffsetMs(new Date(midnightAsUtc));
  return new Date(midnightAsUtc - romeOffsetMs(new Date(firstGuess)));
}

/** Returns the last millisecond of a date in Rome, the instant a deadline falling on that date expires. */
export function endOfRomeDay(date: PlainDate): Date {
  return new Date(startOfRomeDay(addDays(date, 1)).getTime() - 1);
}
