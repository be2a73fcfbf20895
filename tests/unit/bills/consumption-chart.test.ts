import { describe, expect, it } from "vitest";

import { chartWindowStart, layoutConsumptionChart, periodDays, scaleAxis, toConsumptionPoints, type ConsumptionPeriod } from "@/lib/bills/consumption-chart";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

function period(billId: string, start: Date, end: Date, cubicMetres: number, estimated = false): ConsumptionPeriod {
  return { billId, periodStart: start, periodEnd: end, cubicMetres, estimated };
}

describe("scaleAxis", () => {
  it.each([
    [0, 1, 1],
    [3, 3, 1],
    [37, 40, 10],
    [100, 100, 50],
    [182, 200, 50],
    [0.4, 0.4, 0.1],
    [1234, 1500, 500],
  ])("scales a maximum of %d to %d", (maxValue, max, step) => {
    const axis = scaleAxis(maxValue);

    expect(axis.max).toBe(max);
    expect(axis.step).toBe(step);
  });

  it("ends its ticks at the maximum", () => {
    const axis = scaleAxis(182);

    expect(axis.ticks).toEqual([0, 50, 100, 150, 200]);
  });

  it("treats negative and NaN maxima as empty", () => {
    expect(scaleAxis(-5)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(scaleAxis(Number.NaN)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });
});

describe("toConsumptionPoints", () => {
  it("computes litres per day", () => {
    const [point] = toConsumptionPoints([period("a", utc(2026, 1, 1), utc(2026, 4, 30), 60)]);

    expect(point!.days).toBe(120);
    expect(point!.litresPerDay).toBe(500);
  });

  it("sorts periods from the oldest", () => {
    const points = toConsumptionPoints([
      period("late", utc(2026, 5, 1), utc(2026, 8, 31), 40),
      period("early", utc(2026, 1, 1), utc(2026, 4, 30), 60),
    ]);

    expect(points.map((point) => point.billId)).toEqual(["early", "late"]);
  });

  it("counts both bounds of a period", () => {
    expect(periodDays(utc(2026, 3, 1), utc(2026, 3, 1))).toBe(1);
    expect(periodDays(utc(2024, 2, 1), utc(2024, 2, 29))).toBe(29);
  });
});

describe("chartWindowStart", () => {
  it("goes back 24 months", () => {
    expect(chartWindowStart(utc(2026, 12, 4)).toISOString()).toBe("2024-12-04T00:00:00.000Z");
  });
});

describe("layoutConsumptionChart", () => {
  const points = toConsumptionPoints([
    period("a", utc(2025, 1, 1), utc(2025, 4, 30), 30),
    period("b", utc(2025, 5, 1), utc(2025, 8, 31), 60, true),
    period("c", utc(2025, 9, 1), utc(2025, 12, 31), 0),
  ]);
  const chart = layoutConsumptionChart(points, { width: 400, height: 200 });
  const plotHeight = chart.plot.bottom - chart.plot.top;

  it("draws one bar per period", () => {
    expect(chart.bars).toHaveLength(3);
  });

  it("scales bar heights to the volume axis", () => {
    expect(chart.volumeAxis.max).toBe(60);
    expect(chart.bars[1]!.height).toBeCloseTo(plotHeight);
    expect(chart.bars[0]!.height).toBeCloseTo(plotHeight / 2);
    expect(chart.bars[2]!.height).toBe(0);
  });

  it("keeps bars inside the plot in time order", () => {
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
    }
    expect(chart.bars[0]!.x).toBeLessThan(chart.bars[1]!.x);
  });

  it("places daily points on the daily axis", () => {
    const highest = chart.bars.reduce((best, bar) => (bar.point.litresPerDay > best.point.litresPerDay ? bar : best));

    expect(highest.dotY).toBeGreaterThanOrEqual(chart.plot.top);
    expect(chart.bars[2]!.dotY).toBe(chart.plot.bottom);
  });

  it("lays out an empty series", () => {
    expect(layoutConsumptionChart([]).bars).toEqual([]);
  });
});
