import { describe, expect, it } from "vitest";

import { averageOf, roundHalfUp, sharePercent } from "@/lib/dashboard/shares";

describe("sharePercent", () => {
  it("returns one decimal by default", () => {
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
  });

  it("returns whole shares exactly", () => {
    expect(sharePercent(3, 4)).toBe(75);
    expect(sharePercent(5, 5)).toBe(100);
    expect(sharePercent(0, 5)).toBe(0);
  });

  it("returns null for a zero total", () => {
    expect(sharePercent(0, 0)).toBeNull();
  });

  it("rounds half up", () => {
    // 1/8 = 12.5%: with no decimals it becomes 13, not the banker's 12.
    expect(sharePercent(1, 8, 0)).toBe(13);
  });
});

describe("roundHalfUp", () => {
  it("corrects binary representation error", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
  });

  it("rounds negative values away from zero", () => {
    expect(roundHalfUp(-1.25, 1)).toBe(-1.3);
  });
});

describe("averageOf", () => {
  it("returns the rounded mean", () => {
    expect(averageOf(11, 3)).toBe(3.67);
  });

  it("returns null without values", () => {
    expect(averageOf(0, 0)).toBeNull();
  });
});
