// Values that are allowed but most likely typed by mistake: the app stores them and asks the
// user to look again (an effect factor above 2, an effect that starts before the action, an
// amount a thousand times what its column usually holds). Pure; the words are the views'.

/** An effect factor above this is more than a doubled effect: possible, rarely meant. */
export const EFFECT_FACTOR_LIKELY_MAX = 2;
/** An amount this many times the column's median is likely a slip of the unit (kr for tkr). */
export const AMOUNT_SLIP_FACTOR = 1000;

export const effectFactorLooksWrong = (factor: number): boolean => factor > EFFECT_FACTOR_LIKELY_MAX;

/** An effect that starts before the action itself does. */
export const effectYearLooksWrong = (effectStartYear: number | null | undefined, startYear: number | null | undefined): boolean =>
  typeof effectStartYear === 'number' && typeof startYear === 'number' && effectStartYear < startYear;

/** The median of the positive values (0 when there are none). */
export function positiveMedian(values: Iterable<number>): number {
  const xs = [...values].filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (xs.length === 0) return 0;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** An amount a thousand times (or more) the column's median of positive amounts. */
export const amountLooksWrong = (value: unknown, median: number): boolean => typeof value === 'number' && median > 0 && value >= AMOUNT_SLIP_FACTOR * median;
