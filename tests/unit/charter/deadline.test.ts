import { describe, expect, it } from "vitest";

import { addCountedDays, deadlineAt, pausedAmount, type ClockTiming } from "@/lib/charter/deadline";

import { officesCalendar, standardsCalendar } from "./calendars";

function timing(unit: ClockTiming["unit"], limitValue: number, startedAt: string, pausedDays = 0, pausedSeconds = 0): ClockTiming {
  return { unit, limitValue, startedAt: new Date(startedAt), pausedDays, pausedSeconds };
}

describe("addCountedDays", () => {
  it("never counts the start day", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-01-12", 1)).toBe("2026-01-13");
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-01-12", 0)).toBe("2026-01-12");
  });

  it("skips the weekend after a Saturday start", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-01-17", 1)).toBe("2026-01-19");
  });

  it("skips Easter Monday", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-04-02", 5)).toBe("2026-04-10");
  });

  it("adds nothing for a holiday on Saturday", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-04-24", 2)).toBe("2026-04-28");
    expect(addCountedDays(standardsCalendar, "feriali", "2026-04-24", 2)).toBe("2026-04-28");
  });

  it("counts an ordinary Saturday as feriale", () => {
    expect(addCountedDays(standardsCalendar, "feriali", "2026-05-08", 2)).toBe("2026-05-11");
  });

  it("skips 7 December only where configured", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-12-04", 2)).toBe("2026-12-09");
    expect(addCountedDays(officesCalendar, "workingDays", "2026-12-04", 2)).toBe("2026-12-10");
  });

  it("crosses the year boundary", () => {
    expect(addCountedDays(standardsCalendar, "workingDays", "2026-12-23", 10)).toBe("2027-01-11");
    expect(addCountedDays(officesCalendar, "workingDays", "2026-12-23", 5)).toBe("2027-01-05");
  });

  it("counts every calendar day", () => {
    expect(addCountedDays(standardsCalendar, "calendarDays", "2026-01-31", 45)).toBe("2026-03-17");
  });
});

describe("deadlineAt", () => {
  it("ends at midnight of the last day in Rome", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("workingDays", 5, "2026-01-12T09:00:00Z"));
    expect(dueAt.toISOString()).toBe("2026-01-19T22:59:59.999Z");
  });

  it("starts from Rome's date of the start", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("workingDays", 1, "2026-01-12T23:30:00Z"));
    expect(dueAt.toISOString()).toBe("2026-01-14T22:59:59.999Z");
  });

  it("follows the spring clock change", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("workingDays", 2, "2026-03-27T09:00:00Z"));
    expect(dueAt.toISOString()).toBe("2026-03-31T21:59:59.999Z");
  });

  it("follows the autumn clock change", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("workingDays", 1, "2026-10-23T08:00:00Z"));
    expect(dueAt.toISOString()).toBe("2026-10-26T22:59:59.999Z");
  });

  it("counts hours as elapsed time across the clock change", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("hours", 3, "2026-03-28T23:30:00Z"));
    expect(dueAt.toISOString()).toBe("2026-03-29T02:30:00.000Z");
  });

  it("moves by paused days and seconds", () => {
    const days = deadlineAt(standardsCalendar, timing("workingDays", 5, "2026-01-12T09:00:00Z", 2));
    expect(days.toISOString()).toBe("2026-01-21T22:59:59.999Z");

    const hours = deadlineAt(standardsCalendar, timing("hours", 3, "2026-05-04T07:00:00Z", 0, 2700));
    expect(hours.toISOString()).toBe("2026-05-04T10:45:00.000Z");
  });

  it("multiplies the limit", () => {
    const dueAt = deadlineAt(standardsCalendar, timing("workingDays", 10, "2026-02-02T08:00:00Z"), 3);
    expect(dueAt.toISOString()).toBe("2026-03-16T22:59:59.999Z");
  });

  it("rejects a share unit", () => {
    expect(() => deadlineAt(standardsCalendar, timing("percent", 90, "2026-02-02T08:00:00Z"))).toThrow(/percent/);
  });
});

describe("pausedAmount", () => {
  it("adds nothing for a pause within one day", () => {
    const paused = pausedAmount(standardsCalendar, "workingDays", new Date("2026-01-20T14:00:00Z"), new Date("2026-01-20T16:00:00Z"));
    expect(paused).toEqual({ days: 0, seconds: 0 });
  });

  it("counts the resume day but not the pause day", () => {
    const paused = pausedAmount(standardsCalendar, "workingDays", new Date("2026-01-14T09:00:00Z"), new Date("2026-01-16T11:00:00Z"));
    expect(paused.days).toBe(2);
  });

  it("counts weekends in the unit's own way", () => {
    const friday = new Date("2026-01-23T15:00:00Z");
    const monday = new Date("2026-01-26T08:00:00Z");
    expect(pausedAmount(standardsCalendar, "workingDays", friday, monday).days).toBe(1);
    expect(pausedAmount(standardsCalendar, "feriali", friday, monday).days).toBe(2);
    expect(pausedAmount(standardsCalendar, "calendarDays", friday, monday).days).toBe(3);
  });

  it("counts seconds for hour units", () => {
    const paused = pausedAmount(standardsCalendar, "hours", new Date("2026-05-04T07:00:00Z"), new Date("2026-05-04T07:45:00Z"));
    expect(paused).toEqual({ days: 0, seconds: 2700 });
  });

  it("moves the deadline by several pauses", () => {
    const startedAt = "2026-01-12T08:00:00Z";
    const pauses: Array<[string, string]> = [
      ["2026-01-14T09:00:00Z", "2026-01-16T11:00:00Z"],
      ["2026-01-20T14:00:00Z", "2026-01-20T16:00:00Z"],
      ["2026-01-23T15:00:00Z", "2026-01-26T08:00:00Z"],
    ];

    const pausedDays = pauses
      .map(([from, to]) => pausedAmount(standardsCalendar, "workingDays", new Date(from), new Date(to)).days)
      .reduce((total, days) => total + days, 0);

    expect(pausedDays).toBe(3);
    expect(deadlineAt(standardsCalendar, timing("workingDays", 10, startedAt)).toISOString()).toBe("2026-01-26T22:59:59.999Z");
    expect(deadlineAt(standardsCalendar, timing("workingDays", 10, startedAt, pausedDays)).toISOString()).toBe("2026-01-29T22:59:59.999Z");
  });
});
