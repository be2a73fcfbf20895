import { describe, expect, it } from "vitest";

import {
  averageDailyConsumption,
  checkSelfReading,
  daysBetween,
  registerMaximum,
  type SelfReadingCandidate,
  type SelfReadingContext,
} from "@/lib/readings/self-reading-rules";

// A five-digit meter last read at 1,000 m³ on 1 November, averaging 0.5 m³ a day.
const context: SelfReadingContext = {
  today: "2026-12-04",
  lastValid: { cubicMetres: 1000, readOn: "2026-11-01" },
  meterDigits: 5,
  averageDailyCubicMetres: 0.5,
};

function candidate(overrides: Partial<SelfReadingCandidate> = {}): SelfReadingCandidate {
  return { cubicMetres: 1015, readOn: "2026-12-04", meterReplaced: false, confirmed: false, ...overrides };
}

describe("checkSelfReading dates", () => {
  it("accepts today", () => {
    expect(checkSelfReading(candidate(), context)).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("rejects tomorrow", () => {
    const result = checkSelfReading(candidate({ readOn: "2026-12-05" }), context);
    expect(result).toEqual({ ok: false, errors: [{ field: "readOn", code: "dateInFuture" }] });
  });

  it("accepts the day of the last reading", () => {
    const result = checkSelfReading(candidate({ readOn: "2026-11-01", cubicMetres: 1000 }), context);
    expect(result.ok).toBe(true);
  });

  it("rejects the day before the last reading", () => {
    const result = checkSelfReading(candidate({ readOn: "2026-10-31" }), context);
    expect(result).toEqual({ ok: false, errors: [{ field: "readOn", code: "dateBeforeLastReading" }] });
  });

  it("accepts any past date without history", () => {
    const result = checkSelfReading(candidate({ readOn: "2020-01-01", cubicMetres: 3 }), { ...context, lastValid: null, averageDailyCubicMetres: null });
    expect(result).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });
});

describe("checkSelfReading values", () => {
  it("accepts a value equal to the last", () => {
    expect(checkSelfReading(candidate({ cubicMetres: 1000 }), context)).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("rejects a value one below the last", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 999 }), context);
    expect(result).toEqual({ ok: false, errors: [{ field: "cubicMetres", code: "lowerThanLastReading" }] });
  });

  it("sends a lower value with a replaced meter to review", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 2, meterReplaced: true }), context);
    expect(result).toEqual({ ok: true, flags: ["meterReplaced"], needsConfirmation: false });
  });

  it("rejects more digits than the register has", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 100_000 }), context);
    expect(result).toEqual({ ok: false, errors: [{ field: "cubicMetres", code: "exceedsMeterDigits" }] });
  });

  it("rejects too many digits even with a replaced meter", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 100_000, meterReplaced: true }), context);
    expect(result.ok).toBe(false);
  });

  it("reports a date and a value error together", () => {
    const result = checkSelfReading(candidate({ readOn: "2027-01-01", cubicMetres: 10 }), context);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "readOn", code: "dateInFuture" },
        { field: "cubicMetres", code: "lowerThanLastReading" },
      ],
    });
  });
});

describe("checkSelfReading unusual jumps", () => {
  // 33 days since 1 November: five times 0.5 m³ a day allows up to 82.5 m³.
  it("accepts exactly five times the average", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 82 }), context);
    expect(result).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("asks to confirm above five times the average", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 83 }), context);
    expect(result).toEqual({ ok: true, flags: ["highConsumption"], needsConfirmation: true });
  });

  it("keeps the flag once confirmed", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 83, confirmed: true }), context);
    expect(result).toEqual({ ok: true, flags: ["highConsumption"], needsConfirmation: false });
  });

  it("counts a same-day reading as one day", () => {
    const sameDay = { ...context, today: "2026-11-01" };
    expect(checkSelfReading(candidate({ readOn: "2026-11-01", cubicMetres: 1002 }), sameDay)).toMatchObject({ flags: [] });
    expect(checkSelfReading(candidate({ readOn: "2026-11-01", cubicMetres: 1003 }), sameDay)).toMatchObject({ flags: ["highConsumption"] });
  });

  it("skips the average check without history", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 5000 }), { ...context, averageDailyCubicMetres: null });
    expect(result).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("skips the average check on a zero average", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1010 }), { ...context, averageDailyCubicMetres: 0 });
    expect(result).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("accepts a jump of half the register", () => {
    // 50,000 m³ on a five-digit register: exactly half, not over it.
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 50_000 }), { ...context, averageDailyCubicMetres: null });
    expect(result).toEqual({ ok: true, flags: [], needsConfirmation: false });
  });

  it("flags a jump over half the register", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 50_001 }), { ...context, averageDailyCubicMetres: null });
    expect(result).toEqual({ ok: true, flags: ["digitOverflow"], needsConfirmation: true });
  });

  it("lists both flags together", () => {
    const result = checkSelfReading(candidate({ cubicMetres: 1000 + 60_000 }), context);
    expect(result).toEqual({ ok: true, flags: ["highConsumption", "digitOverflow"], needsConfirmation: true });
  });
});

describe("reading helpers", () => {
  it("counts days across months", () => {
    expect(daysBetween("2026-11-01", "2026-12-04")).toBe(33);
  });

  it("counts days backwards as negative", () => {
    expect(daysBetween("2026-12-04", "2026-12-01")).toBe(-3);
  });

  it("counts days across a clock change", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("computes the register maximum", () => {
    expect(registerMaximum(5)).toBe(99_999);
  });

  it("averages over a year", () => {
    expect(averageDailyConsumption({ cubicMetres: 100, readOn: "2025-12-04" }, { cubicMetres: 465, readOn: "2026-12-04" })).toBe(1);
  });

  it("needs at least 30 days for an average", () => {
    expect(averageDailyConsumption({ cubicMetres: 100, readOn: "2026-11-05" }, { cubicMetres: 130, readOn: "2026-12-04" })).toBeNull();
    expect(averageDailyConsumption({ cubicMetres: 100, readOn: "2026-11-04" }, { cubicMetres: 130, readOn: "2026-12-04" })).toBe(1);
  });

  it("gives no average across a meter change", () => {
    expect(averageDailyConsumption({ cubicMetres: 900, readOn: "2026-01-01" }, { cubicMetres: 20, readOn: "2026-12-04" })).toBeNull();
  });

  it("gives no average without readings", () => {
    expect(averageDailyConsumption(null, { cubicMetres: 20, readOn: "2026-12-04" })).toBeNull();
  });
});
