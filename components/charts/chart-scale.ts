/**
 * Returns the smallest "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) that is at
 * least `value`, so the axis ends on a round number. Returns 1 for zero or negative values so an
 * empty chart still has an axis.
 */
export function niceAxisMax(value: number): number {
  if (!(value > 0)) return 1;

  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= value - magnitude * 1e-9) return candidate;
  }

  return 10 * magnitude;
}

/**
 * Scales a value to a bar length between 0 and `length` for an axis from 0 to `axisMax`.
 * Values outside the axis are clamped, and a positive value keeps at least one unit so it stays visible.
 */
export function barLength(value: number, axisMax: number, length: number): number {
  if (!(axisMax > 0) || !(value > 0)) return 0;

  const scaled = (Math.min(value, axisMax) / axisMax) * length;
  return Math.max(1, Math.round(scaled * 10) / 10);
}

/** Returns `count` evenly spaced tick values from 0 to `axisMax`, both included. */
export function axisTicks(axisMax: number, count = 5): number[] {
  const intervals = Math.max(1, count - 1);
  return Array.from({ length: intervals + 1 }, (_, index) => Number(((axisMax * index) / intervals).toPrecision(12)));
}
