import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runBreachScan } from "@/lib/charter/breach-scan";
import { startBreachScheduler, BREACH_SCAN_JOB } from "@/lib/charter/breach-scheduler";
import { startClockForTicket, stopClock } from "@/lib/charter/clock-service";
import { exemptIndemnity } from "@/lib/charter/exempt-indemnity";
import { claimJobLease, releaseJobLease } from "@/lib/charter/scheduled-job-lease";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { describeOnRealServer } from "@/tests/setup/database-kind";

import { CharterFixtures } from "./charter-fixtures";

const fixtures = new CharterFixtures();
let calendarId: string;
let categoryId: string;
let operatorId: string;

// Monday 2 February 2026: 5 working days end on 9 February, 2× on 16 February, 3× on 23 February.
const openedAt = new Date("2026-02-02T08:00:00Z");

beforeAll(async () => {
  calendarId = await fixtures.calendar();
  operatorId = await fixtures.operator();
  const standard = await fixtures.standard({ calendarId, limitValue: 5, indemnityCents: 3000 });
  categoryId = await fixtures.category(standard.code);
});

afterAll(async () => {
  await db().scheduledJob.deleteMany({ where: { name: { startsWith: "test." } } });
  await db().scheduledJob.deleteMany({ where: { name: BREACH_SCAN_JOB } });
  await fixtures.cleanUp();
});

/** Opens a ticket on a supply with a running clock, stopped at `stoppedAt` when given. */
async function clockedTicket(stoppedAt?: string) {
  const { supplyId, holderId } = await fixtures.supply();
  const ticketId = await fixtures.ticket({ categoryId, openedAt, supplyId, requesterId: holderId });
  const started = await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId, openedAt }));
  if (stoppedAt) await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date(stoppedAt) }));
  return { ticketId, supplyId, holderId, clockId: started?.clockId ?? "" };
}

async function breachEventCount(ticketId: string): Promise<number> {
  return db().ticketEvent.count({ where: { ticketId, kind: "clockBreached" } });
}

describe("runBreachScan", () => {
  it("creates one indemnity over two runs", async () => {
    const { ticketId, supplyId, holderId, clockId } = await clockedTicket("2026-02-18T10:00:00Z");
    const now = new Date("2026-02-20T08:00:00Z");

    await runBreachScan(now);
    await runBreachScan(now);

    const indemnities = await db().indemnity.findMany({ where: { serviceClockId: clockId } });
    expect(indemnities).toHaveLength(1);
    expect(indemnities[0]).toMatchObject({ level: "doubled", amountCents: 6000, state: "due", supplyId, personId: holderId });
    expect(await breachEventCount(ticketId)).toBe(1);
  });

  it("marks a running clock without an indemnity", async () => {
    const { ticketId, clockId } = await clockedTicket();

    await runBreachScan(new Date("2026-02-11T08:00:00Z"));

    const clock = await db().serviceClock.findUniqueOrThrow({ where: { id: clockId } });
    expect(clock.breachedAt?.toISOString()).toBe("2026-02-11T08:00:00.000Z");
    expect(await db().indemnity.count({ where: { serviceClockId: clockId } })).toBe(0);
    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId, kind: "clockBreached" } });
    expect(event).toMatchObject({ clockState: "running", visibility: "internal", authorId: null });

    await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-02-25T10:00:00Z") }));
    await runBreachScan(new Date("2026-02-26T08:00:00Z"));

    const indemnity = await db().indemnity.findUniqueOrThrow({ where: { serviceClockId: clockId } });
    expect(indemnity).toMatchObject({ level: "tripled", amountCents: 9000 });
    expect(await breachEventCount(ticketId)).toBe(1);
  });

  it("leaves clocks within the limit alone", async () => {
    const { ticketId, clockId } = await clockedTicket("2026-02-09T16:00:00Z");

    await runBreachScan(new Date("2026-03-01T08:00:00Z"));

    const clock = await db().serviceClock.findUniqueOrThrow({ where: { id: clockId } });
    expect(clock.metStandard).toBe(true);
    expect(clock.breachedAt).toBeNull();
    expect(await db().indemnity.count({ where: { serviceClockId: clockId } })).toBe(0);
    expect(await breachEventCount(ticketId)).toBe(0);
  });

  it("ignores general standards", async () => {
    const general = await fixtures.standard({ calendarId, kind: "general", limitValue: 5 });
    const generalCategoryId = await fixtures.category(general.code);
    const ticketId = await fixtures.ticket({ categoryId: generalCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: generalCategoryId, openedAt }));
    await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-02-18T10:00:00Z") }));

    await runBreachScan(new Date("2026-02-20T08:00:00Z"));

    expect(await breachEventCount(ticketId)).toBe(0);
    expect(await db().indemnity.count({ where: { serviceStandardId: general.id } })).toBe(0);
  });
});

describe("exemptIndemnity", () => {
  it("leaves no indemnity due and audits the reason", async () => {
    const { clockId } = await clockedTicket("2026-02-12T10:00:00Z");

    const { indemnityId } = await db().$transaction((tx) =>
      exemptIndemnity(tx, { clockId, reason: "forceMajeure", note: "Rottura della rete per gelo, ordinanza del 10 febbraio", actorId: operatorId }),
    );
    await runBreachScan(new Date("2026-02-20T08:00:00Z"));

    const indemnities = await db().indemnity.findMany({ where: { serviceClockId: clockId } });
    expect(indemnities.map((indemnity) => [indemnity.id, indemnity.state, indemnity.exemptionReason])).toEqual([[indemnityId, "exempt", "forceMajeure"]]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "Indemnity", entityId: indemnityId } });
    expect(audit).toMatchObject({ action: "indemnity.exempt", actorId: operatorId });
    expect(audit.after).toMatchObject({ state: "exempt", exemptionReason: "forceMajeure", exemptionNote: "Rottura della rete per gelo, ordinanza del 10 febbraio" });
  });

  it.each(["customerCause", "thirdPartyCause"] as const)("exempts a created indemnity for %s", async (reason) => {
    const { clockId } = await clockedTicket("2026-02-12T10:00:00Z");
    await runBreachScan(new Date("2026-02-20T08:00:00Z"));
    const created = await db().indemnity.findUniqueOrThrow({ where: { serviceClockId: clockId } });
    expect(created.state).toBe("due");

    await db().$transaction((tx) => exemptIndemnity(tx, { clockId, reason, note: "Causa documentata nel fascicolo", actorId: operatorId }));

    const exempted = await db().indemnity.findUniqueOrThrow({ where: { serviceClockId: clockId } });
    expect(exempted).toMatchObject({ state: "exempt", exemptionReason: reason, decidedById: operatorId });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "Indemnity", entityId: created.id } });
    expect(audit.before).toMatchObject({ state: "due" });
    expect(audit.after).toMatchObject({ state: "exempt", exemptionReason: reason });
  });

  it("rejects an exemption without a note", async () => {
    const { clockId } = await clockedTicket("2026-02-12T10:00:00Z");

    const exemption = db().$transaction((tx) => exemptIndemnity(tx, { clockId, reason: "customerCause", note: "  ", actorId: operatorId }));

    await expect(exemption).rejects.toMatchObject({ code: "charter.exemptionInvalid" });
    expect(await db().indemnity.count({ where: { serviceClockId: clockId } })).toBe(0);
  });
});

describe("job lease", () => {
  it("goes to one instance at a time", async () => {
    const name = `test.${crypto.randomUUID()}`;
    const now = new Date("2026-02-20T08:00:00Z");
    const later = new Date("2026-02-20T08:30:00Z");

    expect(await claimJobLease(db(), { name, owner: "a", now, leaseMs: 60_000 })).toBe(true);
    expect(await claimJobLease(db(), { name, owner: "b", now, leaseMs: 60_000 })).toBe(false);

    expect(await releaseJobLease(db(), { name, owner: "a", finishedAt: now, nextRunAt: later, error: null })).toBe(true);
    expect(await claimJobLease(db(), { name, owner: "b", now, leaseMs: 60_000 })).toBe(false);
    expect(await claimJobLease(db(), { name, owner: "b", now: later, leaseMs: 60_000 })).toBe(true);
  });

  it("passes to another instance once expired", async () => {
    const name = `test.${crypto.randomUUID()}`;
    const now = new Date("2026-02-20T08:00:00Z");

    expect(await claimJobLease(db(), { name, owner: "a", now, leaseMs: 60_000 })).toBe(true);
    expect(await claimJobLease(db(), { name, owner: "b", now: new Date(now.getTime() + 61_000), leaseMs: 60_000 })).toBe(true);
    expect(await releaseJobLease(db(), { name, owner: "a", finishedAt: now, nextRunAt: now, error: null })).toBe(false);
  });
});

describe("startBreachScheduler", () => {
  it("scans once per interval", async () => {
    const { clockId } = await clockedTicket("2026-02-12T10:00:00Z");
    const scheduler = startBreachScheduler({ pollMs: 3_600_000, intervalMs: 3_600_000 });
    const now = new Date("2030-01-01T08:00:00Z");

    try {
      expect(await scheduler.tick(now)).toBe(true);
      expect(await scheduler.tick(new Date(now.getTime() + 60_000))).toBe(false);
    } finally {
      await scheduler.stop();
    }

    expect(await db().indemnity.count({ where: { serviceClockId: clockId } })).toBe(1);
    const job = await db().scheduledJob.findUniqueOrThrow({ where: { name: BREACH_SCAN_JOB } });
    expect(job.nextRunAt.toISOString()).toBe("2030-01-01T09:00:00.000Z");
    expect(job.leaseOwner).toBeNull();
    expect(job.lastError).toBeNull();
  });
});

describeOnRealServer("runBreachScan on two instances", () => {
  it("creates one indemnity per clock", async () => {
    const second = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: 4 }) });
    const clocks = await Promise.all([1, 2, 3, 4].map(() => clockedTicket("2026-02-18T10:00:00Z")));
    const now = new Date("2026-02-20T08:00:00Z");

    try {
      const results = await Promise.all([runBreachScan(now), runBreachScan(now, { client: second })]);
      const clockIds = clocks.map((clock) => clock.clockId);

      expect(await db().indemnity.count({ where: { serviceClockId: { in: clockIds } } })).toBe(4);
      expect(await db().ticketEvent.count({ where: { ticketId: { in: clocks.map((clock) => clock.ticketId) }, kind: "clockBreached" } })).toBe(4);
      expect(results.reduce((total, result) => total + result.indemnitiesCreated, 0)).toBe(4);
      expect(results.every((result) => result.failures === 0)).toBe(true);
    } finally {
      await second.$disconnect();
    }
  });
});
