import { intlLocaleTags, type Locale } from "@/lib/i18n/config";

/** Writes minutes after midnight as "08:30". */
export function formatClockMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Names an ISO weekday (1 is Monday) in the visitor's language. */
export function weekdayName(weekday: number, locale: Locale): string {
  // 5 January 2026 was a Monday, so day 4 + weekday falls on the wanted weekday.
  const day = new Date(Date.UTC(2026, 0, 4 + weekday, 12));
  return new Intl.DateTimeFormat(intlLocaleTags[locale], { weekday: "long", timeZone: "UTC" }).format(day);
}
