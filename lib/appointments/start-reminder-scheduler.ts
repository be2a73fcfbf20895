import "server-only";

import { startLeaseScheduler, type LeaseScheduler, type LeaseSchedulerOptions } from "@/lib/jobs/lease-scheduler";

import { queueAppointmentReminders } from "./queue-appointment-reminders";

export const APPOINTMENT_REMINDER_JOB = "appointments.reminders";

export type ReminderSchedulerOptions = LeaseSchedulerOptions;
export type ReminderScheduler = LeaseScheduler;

/**
 * Polls the shared `ScheduledJob` row so that, across every app instance, one queues the
 * reminders of tomorrow's appointments every `intervalMs`. Defaults: a run every 15 minutes,
 * a check every minute and a 10-minute lease.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions = {}): ReminderScheduler {
  return startLeaseScheduler({ name: APPOINTMENT_REMINDER_JOB, label: "Appointment reminders", run: (now, client) => queueAppointmentReminders(now, { client }) }, options);
}
