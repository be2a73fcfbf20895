import "server-only";

import { addDays, type PlainDate } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";

import { BOOKING_HORIZON_DAYS, earliestBookableStart } from "./appointment-rules";
import { findSlots } from "./find-slots";
import { slotDaysOf, type SlotDay } from "./slot-labels";

/** Days of slots the booking page shows at once. */
export const SLOT_WEEK_DAYS = 7;

export type BookableWeek = {
  days: SlotDay[];
  from: PlainDate;
  /** Start of the previous and next week, or null outside the booking window. */
  previousFrom: PlainDate | null;
  nextFrom: PlainDate | null;
};

/**
 * Returns one week of free slots of a service at an office, from `from` (clamped to today and
 * the booking horizon). Returns null when the office does not offer the service.
 */
export async function findBookableWeek(
  request: { officeId: string; counterServiceId: string; from: PlainDate | null; ignoreAppointmentId?: string },
  locale: Locale,
  now: Date = new Date(),
): Promise<BookableWeek | null> {
  const today = romeDateOf(now);
  const lastDay = addDays(today, BOOKING_HORIZON_DAYS);
  const from = request.from && request.from > today && request.from <= lastDay ? request.from : today;
  const to = addDays(from, SLOT_WEEK_DAYS - 1) < lastDay ? addDays(from, SLOT_WEEK_DAYS - 1) : lastDay;

  try {
    const { slots } = await findSlots(db(), { officeId: request.officeId, counterServiceId: request.counterServiceId, from, to, notBefore: earliestBookableStart(now), ignoreAppointmentId: request.ignoreAppointmentId });
    return {
      days: slotDaysOf(slots, locale),
      from,
      previousFrom: from > today ? (addDays(from, -SLOT_WEEK_DAYS) > today ? addDays(from, -SLOT_WEEK_DAYS) : today) : null,
      nextFrom: addDays(from, SLOT_WEEK_DAYS) <= lastDay ? addDays(from, SLOT_WEEK_DAYS) : null,
    };
  } catch (error) {
    if (isAppError(error, "appointment.serviceNotOffered")) return null;
    throw error;
  }
}
