import { describe, expect, it } from "vitest";

import { daysInPeriod, defaultPeriod, maxPeriodDays, parseDashboardPeriod } from "@/lib/dashboard/dashboard-period";

// 10:00 in Milan on 15 March 2026 (winter time, UTC+1).
const now = new Date("2026-03-15T09:00:00Z");

describe("parseDashboardPeriod", () => {
  it("defaults to the last 30 days up to today in Milan", () => {
    const period = parseDashboardPeriod({}, now);

    expect(period.from).toBe("2026-02-14");
    expect(period.to).toBe("2026-03-15");
    expect(period.problem).toBeUndefined();
    expect(daysInPeriod(period.from, period.to)).toBe(30);
  });

  it("uses Milan's date just after midnight", () => {
    const period = defaultPeriod(new Date("2026-03-14T23:30:00Z"));

    expect(period.to).toBe("2026-03-15");
  });

  it("bounds the period by Milan midnights", () => {
    const period = parseDashboardPeriod({ dal: "2026-03-01", al: "2026-03-31" }, now);

    expect(period.startsAt.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    // 29 March 2026 moves Milan to summer time, so 1 April starts at 22:00 UTC.
    expect(period.endsBefore.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it("takes the first value of a repeated parameter", () => {
    const period = parseDashboardPeriod({ dal: ["2026-01-01", "2025-01-01"], al: "2026-01-31" }, now);

    expect(period.from).toBe("2026-01-01");
    expect(period.to).toBe("2026-01-31");
  });

  it("fills a missing start with 30 days before the end", () => {
    const period = parseDashboardPeriod({ al: "2026-01-31" }, now);

    expect(period.from).toBe("2026-01-02");
    expect(period.to).toBe("2026-01-31");
  });

  it("fills a missing end with today", () => {
    const period = parseDashboardPeriod({ dal: "2026-03-01" }, now);

    expect(period.from).toBe("2026-03-01");
    expect(period.to).toBe("2026-03-15");
  });

  it.each([
    [{ dal: "2026-02-30" }, "invalidFrom"],
    [{ dal: "01/03/2026" }, "invalidFrom"],
    [{ al: "2026-13-01" }, "invalidTo"],
    [{ dal: "2026-03-10", al: "2026-03-01" }, "fromAfterTo"],
    [{ dal: "2024-01-01", al: "2026-01-01" }, "tooLong"],
  ] as const)("rejects %o as %s and shows the default", (params, problem) => {
    const period = parseDashboardPeriod(params, now);

    expect(period.problem).toBe(problem);
    expect(period.from).toBe("2026-02-14");
    expect(period.to).toBe("2026-03-15");
  });

  it("accepts a period of exactly the maximum length", () => {
    const period = parseDashboardPeriod({ dal: "2025-01-01", al: "2026-01-01" }, now);

    expect(daysInPeriod(period.from, period.to)).toBe(maxPeriodDays);
    expect(period.problem).toBeUndefined();
  });

  it("accepts a single day", () => {
    const period = parseDashboardPeriod({ dal: "2026-03-01", al: "2026-03-01" }, now);

    expect(period.endsBefore.getTime() - period.startsAt.getTime()).toBe(24 * 3600 * 1000);
  });
});
