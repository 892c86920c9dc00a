// Percentiles as DESIGN §9 defines them: percentile p of N values sorted ascending is the value
// at rank ceil(p·N), counted from 1. No interpolation: every percentile is one of the draws.

/** ceil(percent/100 · n) in whole numbers, so that no rounding of p·N can move the rank. */
export function percentileRank(percent: number, n: number): number {
  return Math.max(1, Math.floor((percent * n + 99) / 100));
}

/** Percentile `percent` (5, 10, 50, …) of values already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number {
  return sorted[percentileRank(percent, sorted.length) - 1];
}

/** The values sorted ascending, as a new typed array (a numeric sort, NaN never occurs here). */
export function sortedCopy(values: Float64Array): Float64Array {
  return values.slice().sort();
}

/** A mean kept draw by draw: m += (x − m)/k. Exactly x when every value is x, unlike Σx/N. */
export function addToMean(mean: number, value: number, count: number): number {
  return mean + (value - mean) / count;
}
