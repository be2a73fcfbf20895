import { describe, expect, it } from "vitest";

import { benefitEndFor, computeBonusAmount, daysBetweenInclusive, proRataCents } from "@/lib/bonus/bonus-amount";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const rates = { subsidisedWater: 0.35, sewerage: 0.25, treatment: 0.2 };

describe("computeBonusAmount", () => {
  it.each([
    [1, 1460, 1500],
    [2, 2920, 3000],
    [3, 4380, 4500],
    [4, 5840, 6000],
    [5, 7300, 7500],
    [6, 8760, 9000],
  ])("values %i members at 18.25 m³ each", (memberCount, yearlyCents, supplementaryCents) => {
    const amount = computeBonusAmount({ memberCount, cubicMetresPerMemberPerYear: 18.25, rates, supplementaryCentsPerMemberPerYear: 1500 });
    expect(amount.cubicMetresPerYear).toBeCloseTo(18.25 * memberCount, 6);
    expect(amount.yearlyAmountCents).toBe(yearlyCents);
    expect(amount.supplementaryYearlyAmountCents).toBe(supplementaryCents);
  });

  it("gives no supplement where it does not apply", () => {
    const amount = computeBonusAmount({ memberCount: 3, cubicMetresPerMemberPerYear: 18.25, rates, supplementaryCentsPerMemberPerYear: null });
    expect(amount.supplementaryYearlyAmountCents).toBe(0);
  });

  it("rounds to the cent", () => {
    const amount = computeBonusAmount({ memberCount: 3, cubicMetresPerMemberPerYear: 18.25, rates: { subsidisedWater: 0.4123, sewerage: 0.2, treatment: 0.3 }, supplementaryCentsPerMemberPerYear: null });
    expect(amount.yearlyAmountCents).toBe(Math.round(54.75 * 0.9123 * 100));
  });

  it("rejects zero members", () => {
    expect(() => computeBonusAmount({ memberCount: 0, cubicMetresPerMemberPerYear: 18.25, rates, supplementaryCentsPerMemberPerYear: null })).toThrow(RangeError);
  });
});

describe("partial year", () => {
  it("credits the share of days", () => {
    const days = daysBetweenInclusive(utc(2026, 7, 1), utc(2026, 12, 31));
    expect(days).toBe(184);
    expect(proRataCents(4380, days)).toBe(2208);
  });

  it("credits the whole amount for a full year", () => {
    expect(proRataCents(4380, daysBetweenInclusive(utc(2026, 1, 1), utc(2026, 12, 31)))).toBe(4380);
  });

  it("ends twelve months after the start, the day before", () => {
    expect(benefitEndFor(utc(2026, 3, 1), 12)).toEqual(utc(2027, 2, 28));
    expect(benefitEndFor(utc(2026, 1, 1), 12)).toEqual(utc(2026, 12, 31));
  });
});
