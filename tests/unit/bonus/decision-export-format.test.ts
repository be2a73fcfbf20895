import { describe, expect, it } from "vitest";

import { neutralizeFormula, romeDayRange, romeIsoDate } from "@/lib/bonus/decision-export-format";

describe("neutralizeFormula", () => {
  it.each(["=HYPERLINK(\"x\")", "+39", "-1", "@SUM(A1)", "\tx", "\rx"])("prefixes %j", (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["SII-1", "", "1.234,56", "Reddito oltre la soglia", "2026-01-20"])("keeps %j", (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });
});

describe("romeDayRange", () => {
  it("starts and ends at Rome midnight in winter", () => {
    const range = romeDayRange(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-31T00:00:00Z"));

    expect(range.start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(range.endExclusive.toISOString()).toBe("2026-01-31T23:00:00.000Z");
  });

  it("uses the summer offset in July", () => {
    const range = romeDayRange(new Date("2026-07-01T00:00:00Z"), new Date("2026-07-01T00:00:00Z"));

    expect(range.start.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(range.endExclusive.toISOString()).toBe("2026-07-01T22:00:00.000Z");
  });
});

describe("romeIsoDate", () => {
  it("dates a late-evening UTC decision on the next Rome day", () => {
    expect(romeIsoDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("returns empty for null", () => {
    expect(romeIsoDate(null)).toBe("");
  });
});
