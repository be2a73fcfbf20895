import { describe, expect, it } from "vitest";

import { pendingBonusCredit } from "@/lib/bonus/credit-bonus-on-bill";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const bonus = { id: "b", memberCount: 3, benefitStart: utc(2026, 3, 1), benefitEnd: utc(2027, 2, 28), yearlyAmountCents: 4380, supplementaryYearlyAmountCents: 4500 };

describe("pendingBonusCredit", () => {
  it("credits from the benefit start", () => {
    const credit = pendingBonusCredit(bonus, null, utc(2026, 4, 30));

    expect(credit).toMatchObject({ from: utc(2026, 3, 1), to: utc(2026, 4, 30), days: 61, bonusCents: 732, supplementaryCents: 752 });
  });

  it("continues after the last credited day", () => {
    const credit = pendingBonusCredit(bonus, utc(2026, 4, 30), utc(2026, 8, 31));

    expect(credit).toMatchObject({ from: utc(2026, 5, 1), to: utc(2026, 8, 31), days: 123 });
  });

  it("stops at the benefit end", () => {
    const credit = pendingBonusCredit(bonus, utc(2026, 12, 31), utc(2027, 6, 30));

    expect(credit).toMatchObject({ from: utc(2027, 1, 1), to: utc(2027, 2, 28), days: 59 });
  });

  it("credits nothing before the start or after full credit", () => {
    expect(pendingBonusCredit(bonus, null, utc(2026, 2, 28))).toBeNull();
    expect(pendingBonusCredit(bonus, utc(2027, 2, 28), utc(2027, 6, 30))).toBeNull();
  });
});

describe("pendingBonusCredit over a whole period", () => {
  /** Credits the period bill by bill, each bill ending on the given days, and returns the totals. */
  function creditInBills(period: typeof bonus, billEnds: Date[]): { bonusCents: number; supplementaryCents: number } {
    let lastCredited: Date | null = null;
    let bonusCents = 0;
    let supplementaryCents = 0;

    for (const billEnd of billEnds) {
      const credit = pendingBonusCredit(period, lastCredited, billEnd);
      if (!credit) continue;
      bonusCents += credit.bonusCents;
      supplementaryCents += credit.supplementaryCents;
      lastCredited = credit.to;
    }

    return { bonusCents, supplementaryCents };
  }

  it("adds up to the yearly amount in a leap year", () => {
    const leap = { ...bonus, benefitStart: utc(2028, 1, 1), benefitEnd: utc(2028, 12, 31), yearlyAmountCents: 4381, supplementaryYearlyAmountCents: 4500 };
    const totals = creditInBills(leap, [utc(2028, 2, 29), utc(2028, 4, 30), utc(2028, 6, 30), utc(2028, 8, 31), utc(2028, 10, 31), utc(2028, 12, 31)]);

    expect(totals.bonusCents).toBe(4381);
    expect(totals.supplementaryCents).toBe(4500);
  });

  it("adds up to the yearly amount with monthly bills", () => {
    const monthEnds = Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(2026, 3 + index, 0)));
    const totals = creditInBills({ ...bonus, yearlyAmountCents: 2921 }, monthEnds);

    expect(totals.bonusCents).toBe(2921);
    expect(totals.supplementaryCents).toBe(4500);
  });
});
