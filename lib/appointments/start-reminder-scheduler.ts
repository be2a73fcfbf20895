import "server-only";

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

import { claimJobLease, releaseJobLease } from "@/lib/charter/scheduled-job-lease";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { queueAppointmentReminders } from "./queue-appointment-reminders";

export const APPOINTMENT_REMINDER_JOB = "appointments.reminders";

export type ReminderSchedulerOptions = {
  /** Time between two runs across all instances, in milliseconds. */
  intervalMs?: number;
  /** How often each instance checks whether a run is due, in milliseconds. */
  pollMs?: number;
  /** How long a lease lasts before another instance may take over a run that crashed, in milliseconds. */
  leaseMs?: number;
  client?: PrismaClient;
};

export type ReminderScheduler = {
  /** Runs one check now: queues reminders when the job is due and this instance gets the lease. Returns true when it ran. */
  tick(now?: Date): Promise<boolean>;
  /** Stops polling and waits for a run in progress to end. */
  stop(): Promise<void>;
};

/**
 * Polls the shared `ScheduledJob` row so that, across every app instance, one queues the
 * reminders of tomorrow's appointments every `intervalMs`. Defaults: a run every 15 minutes,
 * a check every minute and a 10-minute lease.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions = {}): ReminderScheduler {
  const intervalMs = options.intervalMs ?? 15 * 60_000;
  const pollMs = options.pollMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const client = () => options.client ?? db();

  let running: Promise<boolean> | null = null;
  let stopped = false;

  async function runIfDue(now: Date): Promise<boolean> {
    if (!(await claimJobLease(client(), { name: APPOINTMENT_REMINDER_JOB, owner, now, leaseMs }))) return false;

    let error: string | null = null;
    try {
      await queueAppointmentReminders(now, { client: client() });
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
      logger.error({ err: caught, job: APPOINTMENT_REMINDER_JOB, owner }, "Appointment reminders failed: retrying at the next interval");
    }

    const released = await releaseJobLease(client(), { name: APPOINTMENT_REMINDER_JOB, owner, finishedAt: new Date(), nextRunAt: new Date(now.getTime() + intervalMs), error });
    if (!released) logger.warn({ job: APPOINTMENT_REMINDER_JOB, owner }, "Appointment reminder run outlived its lease: raise leaseMs");
    return true;
  }

  function tick(now = new Date()): Promise<boolean> {
    if (running || stopped) return Promise.resolve(false);

    running = runIfDue(now)
      .catch((error: unknown) => {
        logger.error({ err: error, job: APPOINTMENT_REMINDER_JOB, owner }, "Appointment reminder scheduler could not reach the database: retrying at the next check");
        return false;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => void tick(), pollMs);
  // The poll alone must not keep a process alive that is otherwise shutting down.
  timer.unref();
  logger.info({ job: APPOINTMENT_REMINDER_JOB, owner, intervalMs, pollMs }, "Appointment reminder scheduler started");

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      logger.info({ job: APPOINTMENT_REMINDER_JOB, owner }, "Appointment reminder scheduler stopped");
    },
  };
}
