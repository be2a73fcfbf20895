/**
 * Returns `part` as a percentage of `total`, rounded half up to `decimals` places, or null
 * when the total is zero, because a share of nothing is unknown rather than 0%.
 */
export function sharePercent(part: number, total: number, decimals = 1): number | null {
  if (total <= 0) return null;

  return roundHalfUp((part / total) * 100, decimals);
}

/** Rounds half away from zero to `decimals` places, correcting the binary error of values such as 1.005. */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));

  return (Math.sign(value) * rounded) / factor;
}

/** Returns the mean of `sum` over `count` values rounded to `decimals` places, or null when there are none. */
export function averageOf(sum: number, count: number, decimals = 2): number | null {
  if (count <= 0) return null;

  return roundHalfUp(sum / count, decimals);
}
