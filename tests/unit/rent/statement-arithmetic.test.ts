import { describe, expect, it } from "vitest";

import { monthBalanceOf, parseStatementMonth, statementMonthKey, summarizeArrears, totalsOfLines } from "@/lib/rent/statement-arithmetic";
import { statementStatusOf } from "@/lib/rent/statement-status";

const today = "2026-12-04";

describe("monthBalanceOf", () => {
  it("owes the whole amount before any payment", () => {
    expect(monthBalanceOf({ totalCents: 12_345, paidCents: 0, dueOn: "2026-12-16" }, today)).toEqual({ dueCents: 12_345, paidCents: 0, balanceCents: 12_345, overdue: false });
  });

  it("marks an unpaid month overdue after its due date", () => {
    expect(monthBalanceOf({ totalCents: 10_000, paidCents: 0, dueOn: "2026-12-03" }, today).overdue).toBe(true);
  });

  it("does not mark the due date itself overdue", () => {
    expect(monthBalanceOf({ totalCents: 10_000, paidCents: 0, dueOn: today }, today).overdue).toBe(false);
  });

  it("keeps a partial payment's remainder overdue", () => {
    expect(monthBalanceOf({ totalCents: 10_000, paidCents: 4_000, dueOn: "2026-11-16" }, today)).toEqual({ dueCents: 10_000, paidCents: 4_000, balanceCents: 6_000, overdue: true });
  });

  it("shows an overpayment as a negative balance, never overdue", () => {
    expect(monthBalanceOf({ totalCents: 10_000, paidCents: 10_500, dueOn: "2026-11-16" }, today)).toEqual({ dueCents: 10_000, paidCents: 10_500, balanceCents: -500, overdue: false });
  });
});

describe("summarizeArrears", () => {
  const charges = [
    { totalCents: 10_000, paidCents: 10_000, dueOn: "2026-09-16" },
    { totalCents: 10_000, paidCents: 0, dueOn: "2026-10-16" },
    { totalCents: 11_000, paidCents: 5_000, dueOn: "2026-11-16" },
    { totalCents: 12_000, paidCents: 0, dueOn: "2026-12-16" },
    { totalCents: 9_000, paidCents: 9_500, dueOn: "2026-08-16" },
  ];

  it("adds overdue balances only", () => {
    expect(summarizeArrears(charges, today).arrearsCents).toBe(16_000);
  });

  it("counts overdue months", () => {
    expect(summarizeArrears(charges, today).overdueMonths).toBe(2);
  });

  it("includes months not yet due in the outstanding total", () => {
    expect(summarizeArrears(charges, today).outstandingCents).toBe(28_000);
  });

  it("does not let a credit offset a debt", () => {
    expect(summarizeArrears([{ totalCents: 100, paidCents: 600, dueOn: "2026-01-16" }, { totalCents: 1_000, paidCents: 0, dueOn: "2026-02-16" }], today).arrearsCents).toBe(1_000);
  });

  it("is zero for no charges", () => {
    expect(summarizeArrears([], today)).toEqual({ arrearsCents: 0, overdueMonths: 0, outstandingCents: 0 });
  });
});

describe("totalsOfLines", () => {
  it("splits rent, services and adjustments", () => {
    const lines = [
      { kind: "rent" as const, amountCents: 9_000 },
      { kind: "serviceCharge" as const, amountCents: 1_200 },
      { kind: "serviceCharge" as const, amountCents: 4_500 },
      { kind: "adjustment" as const, amountCents: -700 },
    ];

    expect(totalsOfLines(lines, 14_000)).toEqual({ rentCents: 9_000, serviceChargesCents: 5_700, adjustmentsCents: -700, matchesTotal: true });
  });

  it("flags lines that disagree with the total", () => {
    expect(totalsOfLines([{ kind: "rent", amountCents: 9_000 }], 9_100).matchesTotal).toBe(false);
  });
});

describe("statement month", () => {
  it("parses YYYY-MM to the first day at UTC midnight", () => {
    expect(parseStatementMonth("2026-03")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it.each(["2026-13", "2026-00", "2026-3", "26-03", "2026-03-01", ""])("rejects %j", (value) => {
    expect(parseStatementMonth(value)).toBeNull();
  });

  it("writes a stored month back as its key", () => {
    expect(statementMonthKey(new Date("2026-11-01T00:00:00Z"))).toBe("2026-11");
  });
});

describe("statementStatusOf", () => {
  it.each([
    [{ dueCents: 100, paidCents: 100, balanceCents: 0, overdue: false }, "paid"],
    [{ dueCents: 100, paidCents: 0, balanceCents: 100, overdue: true }, "overdue"],
    [{ dueCents: 100, paidCents: 40, balanceCents: 60, overdue: false }, "partiallyPaid"],
    [{ dueCents: 100, paidCents: 0, balanceCents: 100, overdue: false }, "toPay"],
    [{ dueCents: 100, paidCents: 120, balanceCents: -20, overdue: false }, "credit"],
  ] as const)("gives %j the status %s", (balance, expected) => {
    expect(statementStatusOf(balance).key).toBe(expected);
  });
});
