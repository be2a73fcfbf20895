import type { BusinessCalendar } from "@/lib/charter/business-calendar";
import { addDays, weekdayOf, type PlainDate } from "@/lib/charter/plain-date";

import { romeInstant } from "./rome-clock";

/** One opening interval of an office, in the shape of an `OfficeOpeningHours` row with plain dates. */
export type OpeningInterval = {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Minutes after midnight, Europe/Rome local time. */
  opensAtMinute: number;
  closesAtMinute: number;
  validFrom?: PlainDate | null;
  validTo?: PlainDate | null;
};

/** A desk's time already taken by an appointment that is not cancelled. */
export type TakenTime = { deskId: string; startsAt: Date; endsAt: Date };

export type SlotRequest = {
  /** First and last day to list, both included. */
  from: PlainDate;
  to: PlainDate;
  openingHours: readonly OpeningInterval[];
  /** Length of the service's appointment, in minutes. */
  serviceMinutes: number;
  /** Active desks of the office. */
  deskIds: readonly string[];
  /** Holidays and closures the office skips. */
  calendar: BusinessCalendar;
  taken: readonly TakenTime[];
  /** Slots starting before this instant are left out. */
  notBefore: Date;
};

/** A bookable time of a service at an office, with the desks still free for its whole length. */
export type Slot = { date: PlainDate; startsAt: Date; endsAt: Date; freeDeskIds: string[] };

/** Converts JavaScript's weekday (0 is Sunday) to the ISO weekday the opening hours use (7 is Sunday). */
export function isoWeekdayOf(date: PlainDate): number {
  const weekday = weekdayOf(date);
  return weekday === 0 ? 7 : weekday;
}

function appliesOn(interval: OpeningInterval, date: PlainDate): boolean {
  if (interval.weekday !== isoWeekdayOf(date)) return false;
  if (interval.validFrom && date < interval.validFrom) return false;
  if (interval.validTo && date > interval.validTo) return false;
  return true;
}

function overlaps(taken: TakenTime, startsAt: Date, endsAt: Date): boolean {
  return taken.startsAt < endsAt && startsAt < taken.endsAt;
}

/**
 * Lists the slots of a service at an office between two days. Each opening interval is cut into
 * back-to-back slots of the service's length from its opening minute, and a slot that would run
 * past closing is dropped. Days the calendar closes (holidays, one-off closures) have no slots.
 * A slot is listed with the desks that no other appointment occupies during it, and slots with
 * no free desk are listed too, so a caller can tell "full" from "closed".
 */
export function generateSlots(request: SlotRequest): Slot[] {
  const slots: Slot[] = [];
  if (request.serviceMinutes <= 0) return slots;

  for (let date = request.from; date <= request.to; date = addDays(date, 1)) {
    if (request.calendar.isClosed(date)) continue;

    const intervals = request.openingHours.filter((interval) => appliesOn(interval, date)).sort((left, right) => left.opensAtMinute - right.opensAtMinute);

    for (const interval of intervals) {
      for (let minute = interval.opensAtMinute; minute + request.serviceMinutes <= interval.closesAtMinute; minute += request.serviceMinutes) {
        const startsAt = romeInstant(date, minute);
        if (startsAt < request.notBefore) continue;

        const endsAt = romeInstant(date, minute + request.serviceMinutes);
        const freeDeskIds = request.deskIds.filter((deskId) => !request.taken.some((taken) => taken.deskId === deskId && overlaps(taken, startsAt, endsAt)));
        slots.push({ date, startsAt, endsAt, freeDeskIds });
      }
    }
  }

  return slots;
}
