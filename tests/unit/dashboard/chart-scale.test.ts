import { describe, expect, it } from "vitest";

import { axisTicks, barLength, niceAxisMax } from "@/components/charts/chart-scale";

describe("niceAxisMax", () => {
  it.each([
    [0, 1],
    [-3, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [21, 25],
    [26, 50],
    [100, 100],
    [101, 200],
    [0.3, 0.5],
  ])("rounds %d up to %d", (value, expected) => {
    expect(niceAxisMax(value)).toBe(expected);
  });
});

describe("barLength", () => {
  it("scales linearly", () => {
    expect(barLength(5, 10, 300)).toBe(150);
    expect(barLength(10, 10, 300)).toBe(300);
  });

  it("draws zero as no bar", () => {
    expect(barLength(0, 10, 300)).toBe(0);
  });

  it("keeps a tiny value visible", () => {
    expect(barLength(1, 10_000, 300)).toBe(1);
  });

  it("clamps values above the axis", () => {
    expect(barLength(15, 10, 300)).toBe(300);
  });

  it("draws nothing on an empty axis", () => {
    expect(barLength(5, 0, 300)).toBe(0);
  });
});

describe("axisTicks", () => {
  it("spaces five ticks evenly", () => {
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
  });

  it("keeps decimal ticks exact", () => {
    expect(axisTicks(2.5, 6)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });
});
