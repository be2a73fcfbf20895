import { romeDateOf } from "@/lib/charter/rome-time";
import type { AppointmentState } from "@/lib/generated/prisma/enums";

/** A customer may cancel or move an appointment until this many hours before it starts. */
export const CUSTOMER_CHANGE_NOTICE_HOURS = 24;

/** How far ahead a customer may book, in calendar days from today. */
export const BOOKING_HORIZON_DAYS = 30;

/** Minimum minutes between a booking and the start of its slot, so the office finds it in the day's agenda in time. */
export const BOOKING_LEAD_MINUTES = 60;

/** Returns the last instant at which the customer may still cancel or move the appointment. */
export function customerChangeDeadline(startsAt: Date): Date {
  return new Date(startsAt.getTime() - CUSTOMER_CHANGE_NOTICE_HOURS * 3_600_000);
}

/** Returns true when the customer may still cancel or move the appointment at `now`: it is booked and starts 24 hours or more later. */
export function canCustomerChange(appointment: { state: AppointmentState; startsAt: Date }, now: Date): boolean {
  return appointment.state === "booked" && now <= customerChangeDeadline(appointment.startsAt);
}

/** Returns the earliest start a new booking may take at `now`. */
export function earliestBookableStart(now: Date): Date {
  return new Date(now.getTime() + BOOKING_LEAD_MINUTES * 60_000);
}

/** Outcome an operator records at the counter. */
export type CounterOutcome = "arrived" | "served" | "noShow";

const outcomeTarget: Record<CounterOutcome, AppointmentState> = { arrived: "checkedIn", served: "completed", noShow: "noShow" };

/**
 * Returns the state an operator's mark leads to, or null when the mark does not apply.
 * Arrived: a booked appointment of today (Rome time). Served: an appointment whose customer
 * arrived, or a booked one whose start has passed. No-show: a booked appointment whose start has passed.
 */
export function counterOutcomeTarget(appointment: { state: AppointmentState; startsAt: Date }, outcome: CounterOutcome, now: Date): AppointmentState | null {
  const { state, startsAt } = appointment;
  const started = startsAt <= now;

  if (outcome === "arrived" && state === "booked" && romeDateOf(startsAt) === romeDateOf(now)) return outcomeTarget.arrived;
  if (outcome === "served" && (state === "checkedIn" || (state === "booked" && started))) return outcomeTarget.served;
  if (outcome === "noShow" && state === "booked" && started) return outcomeTarget.noShow;
  return null;
}
