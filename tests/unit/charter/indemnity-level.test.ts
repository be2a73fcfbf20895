import { describe, expect, it } from "vitest";

import { indemnityForExecution, type IndemnityTerms } from "@/lib/charter/indemnity-level";

import { standardsCalendar } from "./calendars";

const tenWorkingDays: IndemnityTerms = { unit: "workingDays", limitValue: 10, indemnityCents: 3000, indemnityScalesWithDelay: true };
const punctuality: IndemnityTerms = { unit: "hours", limitValue: 3, indemnityCents: 3000, indemnityScalesWithDelay: false };

// Monday 2 February 2026: 1× ends on 16 February, 2× on 2 March, 3× on 16 March (no holidays between).
const startedAt = new Date("2026-02-02T08:00:00Z");

function indemnityAt(stoppedAt: string, terms = tenWorkingDays, pausedDays = 0) {
  return indemnityForExecution(standardsCalendar, terms, { startedAt, stoppedAt: new Date(stoppedAt), pausedDays, pausedSeconds: 0 });
}

describe("indemnityForExecution", () => {
  it.each([
    ["exactly 1×", "2026-02-16T17:00:00Z", null],
    ["the last millisecond of 1×", "2026-02-16T22:59:59.999Z", null],
    ["the first instant past 1×", "2026-02-16T23:00:00.000Z", { level: "base", amountCents: 3000 }],
    ["one day past 1×", "2026-02-17T09:00:00Z", { level: "base", amountCents: 3000 }],
    ["exactly 2×", "2026-03-02T17:00:00Z", { level: "base", amountCents: 3000 }],
    ["one day past 2×", "2026-03-03T09:00:00Z", { level: "doubled", amountCents: 6000 }],
    ["exactly 3×", "2026-03-16T17:00:00Z", { level: "doubled", amountCents: 6000 }],
    ["one day past 3×", "2026-03-17T09:00:00Z", { level: "tripled", amountCents: 9000 }],
    ["months late", "2026-09-01T09:00:00Z", { level: "tripled", amountCents: 9000 }],
  ])("at %s", (_case, stoppedAt, expected) => {
    expect(indemnityAt(stoppedAt)).toEqual(expected);
  });

  it("takes the amount from the standard's row", () => {
    const terms = { ...tenWorkingDays, indemnityCents: 3500 };
    expect(indemnityAt("2026-02-17T09:00:00Z", terms)).toEqual({ level: "base", amountCents: 3500 });
    expect(indemnityAt("2026-03-03T09:00:00Z", terms)).toEqual({ level: "doubled", amountCents: 7000 });
    expect(indemnityAt("2026-03-17T09:00:00Z", terms)).toEqual({ level: "tripled", amountCents: 10500 });
  });

  it("moves the limits by paused days", () => {
    expect(indemnityAt("2026-02-18T09:00:00Z", tenWorkingDays, 2)).toBeNull();
    expect(indemnityAt("2026-02-19T09:00:00Z", tenWorkingDays, 2)).toEqual({ level: "base", amountCents: 3000 });
  });

  it("keeps punctuality at the base amount", () => {
    const windowStart = new Date("2026-05-04T07:00:00Z");
    const at = (stoppedAt: string) =>
      indemnityForExecution(standardsCalendar, punctuality, { startedAt: windowStart, stoppedAt: new Date(stoppedAt), pausedDays: 0, pausedSeconds: 0 });

    expect(at("2026-05-04T10:00:00Z")).toBeNull();
    expect(at("2026-05-04T10:01:00Z")).toEqual({ level: "base", amountCents: 3000 });
    expect(at("2026-05-04T20:00:00Z")).toEqual({ level: "base", amountCents: 3000 });
  });

  it("scales hour limits when the standard scales", () => {
    const terms = { ...punctuality, indemnityScalesWithDelay: true };
    const result = indemnityForExecution(standardsCalendar, terms, {
      startedAt: new Date("2026-05-04T07:00:00Z"),
      stoppedAt: new Date("2026-05-04T14:00:00Z"),
      pausedDays: 0,
      pausedSeconds: 0,
    });
    expect(result).toEqual({ level: "doubled", amountCents: 6000 });
  });

  it("rejects a late standard without an amount", () => {
    expect(() => indemnityAt("2026-02-17T09:00:00Z", { ...tenWorkingDays, indemnityCents: null })).toThrow(/indemnityCents/);
  });
});
