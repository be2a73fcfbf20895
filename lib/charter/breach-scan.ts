import "server-only";

import { db } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { recordClockEvent } from "./clock-events";
import { standardTermsSelect } from "./find-standard-in-force";
import { findIndemnityRecipient } from "./indemnity-recipient";
import { indemnityForExecution } from "./indemnity-level";
import { loadCalendarForStandard } from "./load-calendar";

export type BreachScanResult = { breachesMarked: number; indemnitiesCreated: number; failures: number };

const DEFAULT_BATCH_SIZE = 100;

/**
 * Clocks of specific standards past their due date that still need work: running clocks not yet
 * marked as breached, and clocks stopped after their due date that are unmarked or have no
 * indemnity yet. Paused clocks wait, because their due date moves when they resume.
 */
function needsWork(now: Date): Prisma.Sql {
  return Prisma.sql`
    s.kind = 'specific'
    AND c."dueAt" < ${now}
    AND (c.state = 'running' OR (c.state = 'stopped' AND c."stoppedAt" > c."dueAt"))
    AND (
      c."breachedAt" IS NULL
      OR (c.state = 'stopped' AND NOT EXISTS (SELECT 1 FROM "Indemnity" i WHERE i."serviceClockId" = c.id))
    )`;
}

/**
 * Marks every clock of a specific standard that passed its due date by `now` as breached, with a
 * ticket event, and creates the indemnity of each clock stopped late.
 *
 * Indemnities are created only once a clock stops, when the execution time and so the level are
 * known: a still-running clock gets the breach mark only. Each clock is settled in its own
 * transaction under `FOR UPDATE SKIP LOCKED`, so instances running at once split the clocks
 * between them, and the unique `Indemnity.serviceClockId` keeps a second indemnity out.
 */
export async function runBreachScan(now: Date, options: { client?: PrismaClient; batchSize?: number } = {}): Promise<BreachScanResult> {
  const client = options.client ?? db();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const result: BreachScanResult = { breachesMarked: 0, indemnitiesCreated: 0, failures: 0 };
  const visited: string[] = [];

  for (;;) {
    const candidates = await client.$queryRaw<Array<{ id: string }>>`
      SELECT c.id FROM "ServiceClock" c JOIN "ServiceStandard" s ON s.id = c."serviceStandardId"
      WHERE ${needsWork(now)} AND NOT (c.id = ANY(${visited}::uuid[]))
      ORDER BY c."dueAt"
      LIMIT ${batchSize}`;
    if (candidates.length === 0) break;

    for (const { id } of candidates) {
      visited.push(id);
      try {
        const outcome = await client.$transaction((tx) => settleClock(tx, id, now));
        if (outcome.breachMarked) result.breachesMarked += 1;
        if (outcome.indemnityCreated) result.indemnitiesCreated += 1;
      } catch (error) {
        // One clock that cannot be settled must not hold up the others: the next scan retries it.
        result.failures += 1;
        logger.error({ err: error, clockId: id }, "Breach scan failed to settle a clock");
      }
    }
  }

  logger.info({ ...result, now: now.toISOString() }, "Breach scan finished");
  return result;
}

/** Settles one clock if no other transaction holds it and it still needs work. */
async function settleClock(tx: Prisma.TransactionClient, clockId: string, now: Date) {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT c.id FROM "ServiceClock" c JOIN "ServiceStandard" s ON s.id = c."serviceStandardId"
    WHERE c.id = ${clockId}::uuid AND ${needsWork(now)}
    FOR UPDATE OF c SKIP LOCKED`;
  if (locked.length === 0) return { breachMarked: false, indemnityCreated: false };

  const clock = await tx.serviceClock.findUniqueOrThrow({
    where: { id: clockId },
    select: {
      id: true,
      state: true,
      startedAt: true,
      stoppedAt: true,
      dueAt: true,
      pausedDays: true,
      pausedSeconds: true,
      breachedAt: true,
      ticketId: true,
      practiceId: true,
      appointmentId: true,
      serviceStandard: { select: standardTermsSelect },
      indemnities: { select: { id: true } },
    },
  });

  let breachMarked = false;
  if (!clock.breachedAt) {
    await tx.serviceClock.update({ where: { id: clock.id }, data: { breachedAt: now } });
    if (clock.ticketId) {
      await recordClockEvent(tx, {
        ticketId: clock.ticketId,
        kind: "clockBreached",
        clockState: clock.state,
        actorId: null,
        at: now,
        data: { clockId: clock.id, standardCode: clock.serviceStandard.code, dueAt: clock.dueAt.toISOString() },
      });
    }
    breachMarked = true;
  }

  let indemnityCreated = false;
  if (clock.state === "stopped" && clock.stoppedAt && clock.indemnities.length === 0) {
    const calendar = await loadCalendarForStandard(tx, clock.serviceStandard, clock.startedAt);
    const amount = indemnityForExecution(calendar, clock.serviceStandard, { ...clock, stoppedAt: clock.stoppedAt });

    if (amount) {
      const recipient = await findIndemnityRecipient(tx, clock);
      const created = await tx.indemnity.createMany({
        data: [{ serviceStandardId: clock.serviceStandard.id, serviceClockId: clock.id, ...recipient, ...amount }],
        skipDuplicates: true,
      });
      indemnityCreated = created.count === 1;
    } else {
      logger.warn({ clockId: clock.id }, "Clock stopped after its due date but within the limit on the current calendar: no indemnity created");
    }
  }

  return { breachMarked, indemnityCreated };
}
