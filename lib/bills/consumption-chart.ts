/** Months of consumption the chart covers, ending on the day it is drawn. */
export const chartMonths = 24;

/** One billed period as the chart reads it. */
export type ConsumptionPeriod = {
  billId: string;
  periodStart: Date;
  periodEnd: Date;
  cubicMetres: number;
  /** True when the closing reading of the period is an estimate. */
  estimated: boolean;
};

export type ConsumptionPoint = ConsumptionPeriod & {
  days: number;
  /** Average consumption per day of the period, in litres (1 m³ = 1,000 litres). */
  litresPerDay: number;
};

/** An axis from 0 to `max` with evenly spaced tick values, `max` included. */
export type AxisScale = { max: number; step: number; ticks: number[] };

export type ChartBar = { point: ConsumptionPoint; x: number; y: number; width: number; height: number; dotX: number; dotY: number };

export type ConsumptionChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  volumeAxis: AxisScale;
  dailyAxis: AxisScale;
  bars: ChartBar[];
};

const dayMs = 86_400_000;

/** Returns the first day the chart covers: the same calendar day `chartMonths` months before `today`, in UTC. */
export function chartWindowStart(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - chartMonths, today.getUTCDate()));
}

/** Returns the days of a period, both bounds included. */
export function periodDays(periodStart: Date, periodEnd: Date): number {
  return Math.round((periodEnd.getTime() - periodStart.getTime()) / dayMs) + 1;
}

/** Adds the length of each period and its average per day, sorted from the oldest period. */
export function toConsumptionPoints(periods: readonly ConsumptionPeriod[]): ConsumptionPoint[] {
  return [...periods]
    .sort((left, right) => left.periodStart.getTime() - right.periodStart.getTime())
    .map((period) => {
      const days = Math.max(1, periodDays(period.periodStart, period.periodEnd));
      return { ...period, days, litresPerDay: Math.round((period.cubicMetres * 1000) / days) };
    });
}

/** Rounds a step up to 1, 2 or 5 times a power of ten, so tick labels stay short. */
function roundStep(rawStep: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const normalized = rawStep / magnitude;

  if (normalized <= 1) return magnitude;
  if (normalized <= 2) return 2 * magnitude;
  if (normalized <= 5) return 5 * magnitude;
  return 10 * magnitude;
}

/**
 * Returns an axis from 0 that contains `maxValue`, with about `targetTicks` intervals of a round
 * step. An empty or all-zero series gets the axis 0 to 1.
 */
export function scaleAxis(maxValue: number, targetTicks = 4): AxisScale {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };

  const step = roundStep(maxValue / targetTicks);
  const max = Math.ceil(maxValue / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 2; value += step) ticks.push(Math.round(value * 1e9) / 1e9);

  return { max, step, ticks };
}

/**
 * Lays out the chart: one bar per billed period for its m³ (left axis), and a point per period for
 * its litres per day (right axis). Bars are evenly spaced in time order, because periods of
 * different lengths would otherwise make short bills hard to see. Coordinates are SVG user units.
 */
export function layoutConsumptionChart(points: readonly ConsumptionPoint[], size = { width: 720, height: 300 }): ConsumptionChart {
  const plot = { left: 56, right: size.width - 64, top: 16, bottom: size.height - 48 };
  const volumeAxis = scaleAxis(Math.max(0, ...points.map((point) => point.cubicMetres)));
  const dailyAxis = scaleAxis(Math.max(0, ...points.map((point) => point.litresPerDay)));

  const slot = points.length > 0 ? (plot.right - plot.left) / points.length : 0;
  const barWidth = slot * 0.6;
  const plotHeight = plot.bottom - plot.top;

  const bars = points.map((point, index) => {
    const height = (Math.max(0, point.cubicMetres) / volumeAxis.max) * plotHeight;
    const x = plot.left + index * slot + (slot - barWidth) / 2;

    return {
      point,
      x,
      y: plot.bottom - height,
      width: barWidth,
      height,
      dotX: x + barWidth / 2,
      dotY: plot.bottom - (Math.max(0, point.litresPerDay) / dailyAxis.max) * plotHeight,
    };
  });

  return { width: size.width, height: size.height, plot, volumeAxis, dailyAxis, bars };
}

/** Returns the y coordinate of a tick value on an axis of the chart. */
export function tickY(chart: Pick<ConsumptionChart, "plot">, axis: AxisScale, value: number): number {
  return chart.plot.bottom - (value / axis.max) * (chart.plot.bottom - chart.plot.top);
}
