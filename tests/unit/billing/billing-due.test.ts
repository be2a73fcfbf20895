import { describe, expect, it } from "vitest";

import { isBillingDue, subtractMonths } from "@/lib/billing/run-billing";

describe("subtractMonths", () => {
  it("clamps to the month end", () => {
    expect(subtractMonths(new Date("2026-10-31"), 4).toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(subtractMonths(new Date("2026-03-31"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
  });

  it("crosses the year", () => {
    expect(subtractMonths(new Date("2026-02-28"), 6).toISOString().slice(0, 10)).toBe("2025-08-28");
  });
});

describe("isBillingDue", () => {
  const periodEnd = new Date("2026-10-31");

  it("bills a supply never billed", () => {
    expect(isBillingDue(periodEnd, null, 0)).toBe(true);
  });

  it("waits four months at 3 bills a year", () => {
    expect(isBillingDue(periodEnd, new Date("2026-06-30"), 450)).toBe(true);
    expect(isBillingDue(periodEnd, new Date("2026-07-31"), 450)).toBe(false);
  });

  it("waits six months at 2 bills a year", () => {
    expect(isBillingDue(periodEnd, new Date("2026-06-30"), 80)).toBe(false);
    expect(isBillingDue(periodEnd, new Date("2026-04-30"), 80)).toBe(true);
  });
});
