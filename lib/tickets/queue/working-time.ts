import type { BusinessCalendar } from "@/lib/charter/business-calendar";
import { addCountedDays, countCountedDays } from "@/lib/charter/deadline";
import { endOfRomeDay, romeDateOf } from "@/lib/charter/rome-time";

/** Working days the "due soon" view looks ahead, today not counted. */
export const dueSoonWorkingDays = 2;

/** Returns the end of the Milan day `dueSoonWorkingDays` working days after `now`: tickets due by then are "due soon". */
export function dueSoonLimit(calendar: BusinessCalendar, now: Date): Date {
  const lastDay = addCountedDays(calendar, "workingDays", romeDateOf(now), dueSoonWorkingDays);
  return endOfRomeDay(lastDay);
}

/**
 * Counts the working days from today (Milan time) to the due date: 0 when it falls due today
 * or on a closed day before the next working day, negative for the working days past it.
 */
export function remainingWorkingDays(calendar: BusinessCalendar, now: Date, dueAt: Date): number {
  const today = romeDateOf(now);
  const dueDay = romeDateOf(dueAt);

  if (dueDay >= today) return countCountedDays(calendar, "workingDays", today, dueDay);
  return -countCountedDays(calendar, "workingDays", dueDay, today);
}
