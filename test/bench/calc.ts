// Benchmark of the calculation engine on generated plans of 100 – 100 000 actions over 26 years.
// The plans are deterministic (the seeded generator the integration tests use), so runs compare.
import { CalcCache, calculate } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import { normalizePlan } from '../../shared/domain/normalize';
import { END_YEAR, largePlan, START_YEAR } from '../support/large-plan';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../electron/report/chromium';
import { median, percentile, timerResolutionMs, type Print } from './stats';

const SIZES = [100, 1_000, 10_000, 100_000];

/** A full collection when the bench runs with --expose-gc (as `npm run bench` does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `calculate` on one scenario until warm, then times `runs` calls one by one. */
function timeCalculate(plan: Plan, scenarioId: string, runs: number): number[] {
  let sink = 0;
  // Timing starts from a clean heap: the garbage of generating the plan (and the previous size)
  // would otherwise be collected during the timed runs and counted against the engine.
  collectGarbage();
  const warmUntil = performance.now() + 1_000;
  for (let k = 0; k < 5 || performance.now() < warmUntil; k++) sink += calculate(plan, scenarioId).costs.net[0];
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    sink += calculate(plan, scenarioId).costs.net[0];
    times.push(performance.now() - t0);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return times.sort((a, b) => a - b);
}

export async function benchCalc(print: Print): Promise<void> {
  const years = END_YEAR - START_YEAR + 1;
  print(`calc bench: ${years} years (${START_YEAR}–${END_YEAR}), scenario "all" (every status but cancelled)`);
  print(`timer resolution (smallest performance.now() step seen): ${Math.round(timerResolutionMs() * 1e6)} ns`);
  for (const size of SIZES) {
    // As the renderer holds it: JSON from the host, each action normalised to one shape.
    const plan = normalizePlan(JSON.parse(JSON.stringify(largePlan(size))));
    const runs = Math.max(20, Math.min(2_000, Math.round(2_000_000 / size)));
    const times = timeCalculate(plan, 'all', runs);
    const mid = median(times);
    const p95 = percentile(times, 95);
    const nsPerActionYear = (mid * 1e6) / (size * years);
    print(
      `${String(size).padStart(7)} actions: median ${mid.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, ` +
        `${nsPerActionYear.toFixed(1)} ns per action-year (${runs} runs)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the caller's event loop breathe between sizes
  }
  const plan = normalizePlan(JSON.parse(JSON.stringify(largePlan(10_000))));
  const fresh = timeAfterEdit(plan, 'all', 200, undefined);
  print(
    `  10000 actions, after a one-action edit, no cache (a new snapshot each call): ` +
      `median ${median(fresh).toFixed(3)} ms, p95 ${percentile(fresh, 95).toFixed(3)} ms`,
  );
  const edits = timeAfterEdit(plan, 'all', 200, new CalcCache());
  print(
    `  10000 actions, after a one-action edit with the renderer's CalcCache (what each keystroke costs): ` +
      `median ${median(edits).toFixed(3)} ms, p95 ${percentile(edits, 95).toFixed(3)} ms`,
  );
  await benchInChromium(print, years);
}

/** The page script built from calc-page.ts, next to this bundle's folder. */
const PAGE_SCRIPT = fileURLToPath(new URL('../bench/calc-page.js', import.meta.url));
const CHROMIUM_SIZES = [1_000, 10_000];

type PageBench = { klimatCalcBench(size: number, runs: number): number[]; klimatTimerResolution(): number };

/** The same calculation in Chromium's V8, where the renderer runs it on each keystroke. */
async function benchInChromium(print: Print, years: number): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>calc</title>');
    await page.addScriptTag({ content: readFileSync(PAGE_SCRIPT, 'utf8') });
    const resolution = await page.evaluate(() => (globalThis as unknown as PageBench).klimatTimerResolution());
    print(`in Chromium ${browser.version()} (timer resolution ${(resolution * 1000).toFixed(0)} µs):`);
    for (const size of CHROMIUM_SIZES) {
      const runs = Math.round(1_000_000 / size);
      const times = await page.evaluate(([n, r]) => (globalThis as unknown as PageBench).klimatCalcBench(n, r), [size, runs] as const);
      const mid = median(times);
      print(
        `${String(size).padStart(7)} actions: median ${mid.toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, ` +
          `${((mid * 1e6) / (size * years)).toFixed(1)} ns per action-year (${runs} runs)`,
      );
    }
  } finally {
    await browser.close();
  }
}

/**
 * calculate after one action was replaced by an edited copy, as the plan store does on a cell
 * edit: each call sees a new actions list (and one new action object).
 */
function timeAfterEdit(start: Plan, scenarioId: string, runs: number, cache: CalcCache | undefined): number[] {
  let plan = start;
  let sink = 0;
  const times: number[] = [];
  for (let k = 0; k < runs + 20; k++) {
    const i = k % plan.actions.length;
    plan = { ...plan, actions: plan.actions.map((a, j) => (j === i ? { ...a, capexSek: a.capexSek + 1 } : a)) };
    const t0 = performance.now();
    sink += calculate(plan, scenarioId, { cache }).costs.net[0];
    if (k >= 20) times.push(performance.now() - t0);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return times.sort((a, b) => a - b);
}
