import "server-only";

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

import { claimJobLease, releaseJobLease } from "@/lib/charter/scheduled-job-lease";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

export type LeaseSchedulerOptions = {
  /** Time between two runs across all instances, in milliseconds. */
  intervalMs?: number;
  /** How often each instance checks whether a run is due, in milliseconds. */
  pollMs?: number;
  /** How long a lease lasts before another instance may take over a run that crashed, in milliseconds. */
  leaseMs?: number;
  client?: PrismaClient;
};

export type LeaseScheduler = {
  /** Runs one check now: runs the job when it is due and this instance gets the lease. Returns true when it ran. */
  tick(now?: Date): Promise<boolean>;
  /** Stops polling and waits for a run in progress to end. */
  stop(): Promise<void>;
};

export type LeaseJob = {
  /** Name of the job's `ScheduledJob` row, shared by every instance. */
  name: string;
  /** Words for the log lines, such as "Breach scan". */
  label: string;
  run(now: Date, client: PrismaClient): Promise<unknown>;
};

/**
 * Polls the job's shared `ScheduledJob` row so that, across every app instance, one runs the
 * job every `intervalMs`. Defaults: a run every 15 minutes, a check every minute and a
 * 10-minute lease. A failed run is logged and tried again at the next interval.
 */
export function startLeaseScheduler(job: LeaseJob, options: LeaseSchedulerOptions = {}): LeaseScheduler {
  const intervalMs = options.intervalMs ?? 15 * 60_000;
  const pollMs = options.pollMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const client = () => options.client ?? db();
  const context = { job: job.name, owner };

  let running: Promise<boolean> | null = null;
  let stopped = false;

  async function runIfDue(now: Date): Promise<boolean> {
    if (!(await claimJobLease(client(), { name: job.name, owner, now, leaseMs }))) return false;

    let error: string | null = null;
    try {
      await job.run(now, client());
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
      logger.error({ err: caught, ...context }, `${job.label} failed: retrying at the next interval`);
    }

    const nextRunAt = new Date(now.getTime() + intervalMs);
    const released = await releaseJobLease(client(), { name: job.name, owner, finishedAt: new Date(), nextRunAt, error });
    if (!released) logger.warn(context, `${job.label} outlived its lease: raise leaseMs`);
    return true;
  }

  function tick(now = new Date()): Promise<boolean> {
    if (running || stopped) return Promise.resolve(false);

    running = runIfDue(now)
      .catch((error: unknown) => {
        logger.error({ err: error, ...context }, `${job.label} scheduler could not reach the database: retrying at the next check`);
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
  logger.info({ ...context, intervalMs, pollMs }, `${job.label} scheduler started`);

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      logger.info(context, `${job.label} scheduler stopped`);
    },
  };
}
