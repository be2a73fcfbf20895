import "server-only";

import { startLeaseScheduler, type LeaseScheduler, type LeaseSchedulerOptions } from "@/lib/jobs/lease-scheduler";

import { runBreachScan } from "./breach-scan";

export const BREACH_SCAN_JOB = "charter.breachScan";

export type BreachSchedulerOptions = LeaseSchedulerOptions;
export type BreachScheduler = LeaseScheduler;

/**
 * Starts polling the shared `ScheduledJob` row so that, across every app instance, one runs the
 * breach scan every `intervalMs`. Defaults: a scan every 15 minutes, a check every minute and a
 * 10-minute lease.
 */
export function startBreachScheduler(options: BreachSchedulerOptions = {}): BreachScheduler {
  return startLeaseScheduler({ name: BREACH_SCAN_JOB, label: "Breach scan", run: (now, client) => runBreachScan(now, { client }) }, options);
}
