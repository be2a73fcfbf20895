import "server-only";

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { runBreachScan } from "./breach-scan";
import { claimJobLease, releaseJobLease } from "./scheduled-job-lease";

export const BREACH_SCAN_JOB = "charter.breachScan";

export type BreachSchedulerOptions = {
  /** Time between two scans across all instances, in milliseconds. */
  intervalMs?: number;
  /** How often each instance checks whether a scan is due, in milliseconds. */
  pollMs?: number;
  /** How long a lease lasts before another instance may take over a scan that crashed, in milliseconds. */
  leaseMs?: number;
  client?: PrismaClient;
};

export type BreachScheduler = {
  /** Runs one check now: scans when the job is due and this instance gets the lease. Returns true when it scanned. */
  tick(now?: Date): Promise<boolean>;
  /** Stops polling and waits for a scan in progress to end. */
  stop(): Promise<void>;
};

/**
 * Starts polling the shared `ScheduledJob` row so that, across every app instance, one runs the
 * breach scan every `intervalMs`. Defaults: a scan every 15 minutes, a check every minute and a
 * 10-minute lease.
 */
export function startBreachScheduler(options: BreachSchedulerOptions = {}): BreachScheduler {
  const intervalMs = options.intervalMs ?? 15 * 60_000;
  const pollMs = options.pollMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const client = () => options.client ?? db();

  let running: Promise<boolean> | null = null;
  let stopped = false;

  async function scanIfDue(now: Date): Promise<boolean> {
    if (!(await claimJobLease(client(), { name: BREACH_SCAN_JOB, owner, now, leaseMs }))) return false;

    let error: string | null = null;
    try {
      await runBreachScan(now, { client: client() });
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
      logger.error({ err: caught, job: BREACH_SCAN_JOB, owner }, "Breach scan failed: retrying at the next interval");
    }

    const finishedAt = new Date();
    const released = await releaseJobLease(client(), { name: BREACH_SCAN_JOB, owner, finishedAt, nextRunAt: new Date(now.getTime() + intervalMs), error });
    if (!released) logger.warn({ job: BREACH_SCAN_JOB, owner }, "Breach scan outlived its lease: raise leaseMs");
    return true;
  }

  function tick(now = new Date()): Promise<boolean> {
    if (running || stopped) return Promise.resolve(false);

    running = scanIfDue(now)
      .catch((error: unknown) => {
        logger.error({ err: error, job: BREACH_SCAN_JOB, owner }, "Breach scheduler could not reach the database: retrying at the next check");
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
  logger.info({ job: BREACH_SCAN_JOB, owner, intervalMs, pollMs }, "Breach scheduler started");

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      logger.info({ job: BREACH_SCAN_JOB, owner }, "Breach scheduler stopped");
    },
  };
}
