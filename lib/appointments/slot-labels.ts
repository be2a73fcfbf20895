import type { PlainDate } from "@/lib/charter/plain-date";
import { intlLocaleTags, timeZone, type Locale } from "@/lib/i18n/config";

import type { Slot } from "./generate-slots";

/** Slots of one day as the booking form lists them, with labels in the visitor's language. */
export type SlotDay = { date: PlainDate; label: string; slots: Array<{ startsAt: string; label: string; freeDesks: number }> };

/** Formats a time of day in Rome, 24-hour, for example "09:30". */
export function formatRomeTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** Formats minutes after midnight as "08:45". */
export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Groups slots by day for the form: only slots with a free desk, days without one left out. */
export function slotDaysOf(slots: readonly Slot[], locale: Locale): SlotDay[] {
  const dayFormat = new Intl.DateTimeFormat(intlLocaleTags[locale], { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" });
  const days = new Map<PlainDate, SlotDay>();

  for (const slot of slots) {
    if (slot.freeDeskIds.length === 0) continue;

    let day = days.get(slot.date);
    if (!day) {
      day = { date: slot.date, label: dayFormat.format(new Date(`${slot.date}T12:00:00Z`)), slots: [] };
      days.set(slot.date, day);
    }
    day.slots.push({ startsAt: slot.startsAt.toISOString(), label: formatRomeTime(slot.startsAt, locale), freeDesks: slot.freeDeskIds.length });
  }

  return [...days.values()];
}
