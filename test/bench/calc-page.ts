// The engine bench's page script: the engine as the renderer runs it, in Chromium's V8. Bundled
// by electron/build/bundle.mjs into dist/bench/calc-page.js; test/bench/calc.ts loads it into a
// blank page and calls `klimatCalcBench`. The plan takes the renderer's path: JSON in, then
// normalizePlan, as the plan store does with the host's answer.
import { calculate } from '../../shared/calc';
import { normalizePlan } from '../../shared/domain/normalize';
import { largePlan } from '../support/large-plan';
import { timerResolutionMs } from './stats';

/** Times `runs` calls of `calculate` on a plan of `size` actions after a second of warm-up (ms, in call order). */
function klimatCalcBench(size: number, runs: number): number[] {
  const plan = normalizePlan(JSON.parse(JSON.stringify(largePlan(size))));
  let sink = 0;
  const warmUntil = performance.now() + 1_000;
  for (let k = 0; k < 5 || performance.now() < warmUntil; k++) sink += calculate(plan, 'all').costs.net[0];
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    sink += calculate(plan, 'all').costs.net[0];
    times.push(performance.now() - t0);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return times;
}

Object.assign(globalThis, { klimatCalcBench, klimatTimerResolution: timerResolutionMs });
