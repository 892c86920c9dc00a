// Whole powers and the capital recovery factor from + − × ÷ alone. Math.pow, exp, log, expm1 and
// log1p are not the same functions in every JavaScript engine: Node 20's V8 and the Chromium
// the app runs in differ in the last bit for roughly one argument in ten (measured), so the same
// plan calculated to other last digits in the CLI than in the app, and an uncertainty seed could
// not give the same bytes in both. IEEE 754 fixes the four basic operations exactly, so these
// give the same bits on every engine. Every exponent the engine needs is a whole number of years.

/** base^n for a whole n (negative too), by repeated squaring; Math.pow for any other n. */
export function powInt(base: number, n: number): number {
  if (!Number.isInteger(n)) return Math.pow(base, n);
  let e = Math.abs(n);
  let result = 1;
  let b = base;
  while (e > 0) {
    if (e % 2 === 1) result *= b;
    b *= b;
    e = Math.floor(e / 2);
  }
  return n < 0 ? 1 / result : result;
}

/**
 * (1 + d)^n − 1 for n = 0…max, as a_n = a_(n−1) + d·(1 + a_(n−1)): no cancellation, so a tiny
 * rate keeps its relative accuracy (a_n ≈ n·d), which 1 − (1 + d)^−n computed directly loses.
 */
export function growthMinusOne(d: number, max: number): Float64Array {
  const out = new Float64Array(max + 1);
  for (let n = 1; n <= max; n++) out[n] = out[n - 1] + d * (1 + out[n - 1]);
  return out;
}

/** CRF(d, n) = d / (1 − (1 + d)^−n) = d·(1 + a_n)/a_n with a_n from growthMinusOne; 1/n at d = 0. */
export function recoveryFromGrowth(d: number, n: number, a: number): number {
  return d === 0 || !(a > 0) ? 1 / n : (d * (1 + a)) / a;
}
