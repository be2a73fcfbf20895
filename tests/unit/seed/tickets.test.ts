import { describe, expect, it } from "vitest";

import { createBusinessCalendar } from "@/lib/charter/business-calendar";
import { deadlineAt } from "@/lib/charter/deadline";
import { indemnityForExecution } from "@/lib/charter/indemnity-level";
import { fromUtcMidnight } from "@/lib/charter/plain-date";
import { buildSeedRows } from "@/prisma/seed";
import { addDays, seedReferenceDate } from "@/prisma/seed/dates";

const rows = buildSeedRows("test-hash");

/** Builds the standards' calendar straight from the seeded rows, independently of the seed's own helper. */
function standardsCalendar() {
  const calendar = rows.calendars.find((row) => row.code === "sii-standards")!;
  return createBusinessCalendar({
    code: calendar.code,
    holidays: rows.calendarHolidays
      .filter((holiday) => holiday.calendarId === calendar.id)
      .map((holiday) => ({ rule: holiday.rule!, month: holiday.month ?? null, day: holiday.day ?? null, name: holiday.name, validFromYear: holiday.validFromYear ?? null, validToYear: holiday.validToYear ?? null })),
    closures: rows.calendarClosures.filter((closure) => closure.calendarId === calendar.id).map((closure) => ({ date: fromUtcMidnight(new Date(closure.date)), reason: closure.reason })),
  });
}

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : Number.NaN);

describe("seeded tickets", () => {
  it("cover every channel and priority", () => {
    expect(new Set(rows.tickets.map((ticket) => ticket.channel))).toEqual(
      new Set(["onlineCounter", "virtualCounter", "officeCounter", "callCenter", "contactCenter", "chat", "email", "pec", "post", "caretaker", "backOffice"]),
    );
    expect(new Set(rows.tickets.map((ticket) => ticket.priority))).toEqual(new Set(["low", "normal", "high", "urgent"]));
  });

  it("open within six months", () => {
    const opened = rows.tickets.map((ticket) => time(ticket.openedAt));

    expect(Math.min(...opened)).toBeGreaterThanOrEqual(addDays(seedReferenceDate, -185).getTime());
    expect(Math.max(...opened)).toBeLessThanOrEqual(seedReferenceDate.getTime() + 86_400_000);
  });

  it("go to operators, supervisor or team", () => {
    const assignees = new Set(rows.tickets.filter((ticket) => ticket.state !== "new").map((ticket) => ticket.assigneeId ?? "none"));

    expect(assignees.size).toBe(4);
    expect(rows.tickets.filter((ticket) => ticket.state === "new").every((ticket) => ticket.assigneeId === null && ticket.teamId === null)).toBe(true);
  });

  it("resolve before the reference date", () => {
    const late = rows.tickets.filter((ticket) => time(ticket.resolvedAt) > seedReferenceDate.getTime() || time(ticket.closedAt) > seedReferenceDate.getTime());

    expect(late.map((ticket) => ticket.protocol)).toEqual([]);
  });

  it("take due dates from lib/charter", () => {
    const calendar = standardsCalendar();

    expect(rows.serviceClocks.length).toBeGreaterThan(100);
    for (const clock of rows.serviceClocks) {
      const standard = rows.serviceStandards.find((row) => row.id === clock.serviceStandardId)!;
      const expected = deadlineAt(calendar, { unit: standard.unit, limitValue: standard.limitValue, startedAt: new Date(clock.startedAt), pausedDays: 0, pausedSeconds: 0 });
      expect(time(clock.dueAt), standard.code).toBe(expected.getTime());
    }
  });

  it("owe indemnities at every level", () => {
    const calendar = standardsCalendar();
    const levels = new Map<string, number>();

    for (const indemnity of rows.indemnities) {
      const clock = rows.serviceClocks.find((row) => row.id === indemnity.serviceClockId)!;
      const standard = rows.serviceStandards.find((row) => row.id === clock.serviceStandardId)!;
      const expected = indemnityForExecution(
        calendar,
        { unit: standard.unit, limitValue: standard.limitValue, indemnityCents: standard.indemnityCents ?? null, indemnityScalesWithDelay: standard.indemnityScalesWithDelay ?? true },
        { startedAt: new Date(clock.startedAt), stoppedAt: new Date(clock.stoppedAt!), pausedDays: 0, pausedSeconds: 0 },
      );
      expect({ level: indemnity.level, amountCents: indemnity.amountCents }).toEqual(expected);
      levels.set(indemnity.level, (levels.get(indemnity.level) ?? 0) + 1);
    }
    expect(levels.get("base")).toBeGreaterThanOrEqual(3);
    expect(levels.get("doubled")).toBeGreaterThanOrEqual(3);
    expect(levels.get("tripled")).toBeGreaterThanOrEqual(3);
  });

  it("mark overdue running clocks breached", () => {
    const overdue = rows.serviceClocks.filter((clock) => clock.state === "running" && clock.breachedAt);

    expect(overdue.length).toBeGreaterThan(5);
    expect(overdue.every((clock) => time(clock.breachedAt) > time(clock.dueAt) && time(clock.breachedAt) < seedReferenceDate.getTime())).toBe(true);
  });
});
