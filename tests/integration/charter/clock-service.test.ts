import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { pauseClock, resumeClock, startClockForTicket, stopClock } from "@/lib/charter/clock-service";
import { findStandardInForce } from "@/lib/charter/find-standard-in-force";
import { loadBusinessCalendar } from "@/lib/charter/load-calendar";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { PauseReason } from "@/lib/charter/pause-reasons";

import { CharterFixtures } from "./charter-fixtures";

const fixtures = new CharterFixtures();
let calendarId: string;
let operatorId: string;
let tenDayCategoryId: string;

// Monday 12 January 2026, 09:00 in Rome: 10 working days end on Monday 26 January.
const openedAt = new Date("2026-01-12T08:00:00Z");

beforeAll(async () => {
  calendarId = await fixtures.calendar([{ date: "2026-12-24", reason: "Vigilia di Natale" }]);
  operatorId = await fixtures.operator();
  const standard = await fixtures.standard({ calendarId, limitValue: 10 });
  tenDayCategoryId = await fixtures.category(standard.code);
});

afterAll(() => fixtures.cleanUp());

async function eventsOf(ticketId: string) {
  return db().ticketEvent.findMany({
    where: { ticketId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, clockState: true, authorId: true, createdAt: true, data: true },
  });
}

async function ticketDueAt(ticketId: string): Promise<string | null> {
  const ticket = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { dueAt: true } });
  return ticket.dueAt?.toISOString() ?? null;
}

describe("loadBusinessCalendar", () => {
  it("loads holidays and closures in range", async () => {
    const inRange = await db().$transaction((tx) => loadBusinessCalendar(tx, calendarId, { from: "2026-12-01", to: "2026-12-31" }));
    const outOfRange = await db().$transaction((tx) => loadBusinessCalendar(tx, calendarId, { from: "2027-01-01", to: "2027-12-31" }));

    expect(inRange.closureName("2026-12-24")).toBe("Vigilia di Natale");
    expect(inRange.closureName("2026-04-06")).toBe("Lunedì dell'Angelo");
    expect(outOfRange.isClosed("2026-12-24")).toBe(false);
    expect(outOfRange.isClosed("2026-12-25")).toBe(true);
  });
});

describe("findStandardInForce", () => {
  it("picks the version in force on the date", async () => {
    const older = await fixtures.standard({ calendarId, limitValue: 30, effectiveFrom: "2020-01-01" });
    await fixtures.standard({ calendarId, code: older.code, limitValue: 20, effectiveFrom: "2026-06-01" });

    const before = await db().$transaction((tx) => findStandardInForce(tx, older.code, new Date("2026-05-31T21:59:00Z")));
    const after = await db().$transaction((tx) => findStandardInForce(tx, older.code, new Date("2026-05-31T22:00:00Z")));
    const tooEarly = await db().$transaction((tx) => findStandardInForce(tx, older.code, new Date("2019-12-31T12:00:00Z")));

    expect(before?.limitValue).toBe(30);
    expect(after?.limitValue).toBe(20);
    expect(tooEarly).toBeNull();
  });
});

describe("startClockForTicket", () => {
  it("starts the clock and sets the due date", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });

    const started = await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt, actorId: operatorId }));

    expect(started?.dueAt.toISOString()).toBe("2026-01-26T22:59:59.999Z");
    expect(await ticketDueAt(ticketId)).toBe("2026-01-26T22:59:59.999Z");
    const clock = await db().serviceClock.findUniqueOrThrow({ where: { id: started?.clockId ?? "" } });
    expect(clock.state).toBe("running");
    expect(clock.startedAt).toEqual(openedAt);
    const events = await eventsOf(ticketId);
    expect(events.map((event) => [event.kind, event.clockState, event.authorId])).toEqual([["clockStarted", "running", operatorId]]);
    expect(events[0]?.createdAt).toEqual(openedAt);
  });

  it("returns null without a standard", async () => {
    const categoryId = await fixtures.category(null);
    const ticketId = await fixtures.ticket({ categoryId, openedAt });

    const started = await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId, openedAt }));

    expect(started).toBeNull();
    expect(await db().serviceClock.count({ where: { ticketId } })).toBe(0);
    expect(await ticketDueAt(ticketId)).toBeNull();
  });

  it("rejects a second clock", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));

    const second = db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));

    await expect(second).rejects.toSatisfy((error) => isAppError(error, "charter.clockAlreadyStarted"));
  });
});

describe("pauseClock, resumeClock and stopClock", () => {
  it("move the due date by several pauses", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));
    const pause = (reason: PauseReason, at: string) =>
      db().$transaction((tx) => pauseClock(tx, { ticketId, reason, evidence: "Richiesta inviata al cliente", actorId: operatorId, at: new Date(at) }));
    const resume = (at: string) => db().$transaction((tx) => resumeClock(tx, { ticketId, actorId: operatorId, at: new Date(at) }));

    const paused = await pause("waitingForCustomerDocuments", "2026-01-14T09:00:00Z");
    expect(paused?.state).toBe("paused");
    expect(await ticketDueAt(ticketId)).toBeNull();

    // Thursday and Friday are paused: 2 working days.
    const first = await resume("2026-01-16T11:00:00Z");
    expect(first?.dueAt?.toISOString()).toBe("2026-01-28T22:59:59.999Z");
    expect(await ticketDueAt(ticketId)).toBe("2026-01-28T22:59:59.999Z");

    // Within one day: nothing added.
    await pause("waitingForCustomerAnswer", "2026-01-20T14:00:00Z");
    const second = await resume("2026-01-20T16:00:00Z");
    expect(second?.dueAt?.toISOString()).toBe("2026-01-28T22:59:59.999Z");

    // Friday to Monday: only Monday is a working day.
    await pause("waitingForThirdPartyPermit", "2026-01-23T15:00:00Z");
    const third = await resume("2026-01-26T08:00:00Z");
    expect(third?.dueAt?.toISOString()).toBe("2026-01-29T22:59:59.999Z");

    const stopped = await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-01-29T15:00:00Z") }));
    expect(stopped).toEqual({ clockId: paused?.clockId, state: "stopped", dueAt: new Date("2026-01-29T22:59:59.999Z"), metStandard: true });
    expect(await ticketDueAt(ticketId)).toBeNull();

    const clock = await db().serviceClock.findUniqueOrThrow({ where: { id: paused?.clockId ?? "" } });
    expect(clock.pausedDays).toBe(3);
    expect(clock.stoppedAt?.toISOString()).toBe("2026-01-29T15:00:00.000Z");

    const events = await eventsOf(ticketId);
    expect(events.map((event) => `${event.kind}:${event.clockState}`)).toEqual([
      "clockStarted:running",
      "clockPaused:paused",
      "clockResumed:running",
      "clockPaused:paused",
      "clockResumed:running",
      "clockPaused:paused",
      "clockResumed:running",
      "clockStopped:stopped",
    ]);
    expect(events.slice(1).every((event) => event.authorId === operatorId)).toBe(true);
    expect(events[1]?.data).toMatchObject({ reason: "waitingForCustomerDocuments", evidence: "Richiesta inviata al cliente" });
  });

  it("stop closes a pause in progress", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));
    await db().$transaction((tx) =>
      pauseClock(tx, { ticketId, reason: "appointmentMovedByCustomer", evidence: "Appuntamento spostato dal cliente", actorId: operatorId, at: new Date("2026-01-23T09:00:00Z") }),
    );

    const stopped = await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-01-28T09:00:00Z") }));

    // Monday to Wednesday paused: the 26 January due date moves to 29 January.
    expect(stopped?.dueAt?.toISOString()).toBe("2026-01-29T22:59:59.999Z");
    expect(stopped?.metStandard).toBe(true);
  });

  it("reject an unlisted pause reason", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));

    const pause = db().$transaction((tx) =>
      pauseClock(tx, { ticketId, reason: "operatorOnHoliday" as PauseReason, evidence: "Ferie", actorId: operatorId, at: new Date("2026-01-13T09:00:00Z") }),
    );

    await expect(pause).rejects.toSatisfy((error) => isAppError(error, "charter.pauseInvalid"));
    const clock = await db().serviceClock.findFirstOrThrow({ where: { ticketId } });
    expect(clock.state).toBe("running");
  });

  it("reject resuming a running clock", async () => {
    const ticketId = await fixtures.ticket({ categoryId: tenDayCategoryId, openedAt });
    await db().$transaction((tx) => startClockForTicket(tx, { ticketId, categoryId: tenDayCategoryId, openedAt }));

    const resume = db().$transaction((tx) => resumeClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-01-13T09:00:00Z") }));

    await expect(resume).rejects.toSatisfy((error) => isAppError(error, "charter.clockNotPaused"));
  });

  it("return null for a ticket without a clock", async () => {
    const categoryId = await fixtures.category(null);
    const ticketId = await fixtures.ticket({ categoryId, openedAt });

    const stopped = await db().$transaction((tx) => stopClock(tx, { ticketId, actorId: operatorId, at: new Date("2026-01-13T09:00:00Z") }));

    expect(stopped).toBeNull();
  });
});
