export type Print = (line: string) => void;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The smallest step of performance.now() seen: what a single timing can resolve (Chromium coarsens it). */
export function timerResolutionMs(): number {
  let smallest = Infinity;
  for (let k = 0; k < 2_000; k++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    smallest = Math.min(smallest, t1 - t0);
  }
  return smallest;
}

/** Timings in ms as the benches print them: the median, then every run. */
export function medianMs(xs: readonly number[]): string {
  return `median ${median(xs).toFixed(0)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
}
