import { describe, expect, it } from "vitest";

import { checkSelfReading, isRegisterRollover, type SelfReadingContext } from "@/lib/readings/self-reading-rules";

// A five-digit meter last read at 99,950 m³, close to its maximum of 99,999.
const nearMaximum: SelfReadingContext = {
  today: "2026-12-04",
  lastValid: { cubicMetres: 99_950, readOn: "2026-11-01" },
  meterDigits: 5,
  averageDailyCubicMetres: 2,
};

function reading(cubicMetres: number, confirmed = false) {
  return { cubicMetres, readOn: "2026-12-04", meterReplaced: false, confirmed };
}

describe("register rollover", () => {
  it("asks to confirm a figure past zero", () => {
    // 99,950 -> 30 is 80 m³ of use over 33 days, within five times the average.
    expect(checkSelfReading(reading(30), nearMaximum)).toEqual({ ok: true, flags: ["registerRollover"], needsConfirmation: true });
  });

  it("sends a confirmed rollover to review", () => {
    expect(checkSelfReading(reading(30, true), nearMaximum)).toEqual({ ok: true, flags: ["registerRollover"], needsConfirmation: false });
  });

  it("checks the wrapped use against the average", () => {
    // 99,950 -> 1,000 is 1,050 m³ in 33 days: far above five times 2 m³ a day.
    expect(checkSelfReading(reading(1_000), nearMaximum)).toEqual({ ok: true, flags: ["highConsumption", "registerRollover"], needsConfirmation: true });
  });

  it("still rejects a slightly lower figure", () => {
    const context = { ...nearMaximum, lastValid: { cubicMetres: 1_000, readOn: "2026-11-01" } };
    expect(checkSelfReading(reading(999), context)).toEqual({ ok: false, errors: [{ field: "cubicMetres", code: "lowerThanLastReading" }] });
  });

  it("limits a rollover to half the register", () => {
    const last = { cubicMetres: 60_000, readOn: "2026-11-01" };
    expect(isRegisterRollover(10_000, last, 5)).toBe(true);
    expect(isRegisterRollover(10_001, last, 5)).toBe(false);
    expect(isRegisterRollover(60_000, last, 5)).toBe(false);
  });
});
