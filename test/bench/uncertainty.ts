// Uncertainty (issue 17): 2 000 draws of the sample plan (goal ≤ 200 ms), 2 000 draws at 1 000
// actions (≤ 2 s) and 500 draws at 10 000 actions (≤ 5 s) — in Node, as the CLI runs them, and in
// a Web Worker in Chromium, as the app does, with the longest main-thread task and the worst
// timer lag of the page while the worker draws.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../electron/report/chromium';
import { normalizePlan } from '../../shared/domain/normalize';
import type { Plan } from '../../shared/domain/types';
import { simulateUncertainty } from '../../shared/uncertainty';
import { largePlan } from '../support/large-plan';
import type { WorkerRun } from './uncertainty-page';
import { median, type Print } from './stats';

const SAMPLE = fileURLToPath(new URL('../../assets/sample/umea-2480.json', import.meta.url));
const PAGE_SCRIPT = fileURLToPath(new URL('../bench/uncertainty-page.js', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(new URL('../bench/uncertainty-worker.js', import.meta.url));

interface Case {
  label: string;
  /** null: the sample plan. */
  size: number | null;
  draws: number;
  goalMs: number;
  runs: number;
}

const CASES: Case[] = [
  { label: 'exempelplanen (28 åtgärder)', size: null, draws: 2_000, goalMs: 200, runs: 5 },
  { label: '1 000 åtgärder', size: 1_000, draws: 2_000, goalMs: 2_000, runs: 3 },
  { label: '10 000 åtgärder', size: 10_000, draws: 500, goalMs: 5_000, runs: 2 },
];

/** Scenario "all": every status but cancelled, so nearly every action is drawn. */
const SCENARIO = 'all';

function planOf(c: Case): Plan {
  return normalizePlan(c.size === null ? (JSON.parse(readFileSync(SAMPLE, 'utf8')) as Plan) : (JSON.parse(JSON.stringify(largePlan(c.size))) as Plan));
}

const ms = (v: number) => `${Math.round(v)} ms`;

export async function benchUncertainty(print: Print): Promise<void> {
  print(`uncertainty bench: scenario "${SCENARIO}", seed 1; median of the runs`);
  for (const c of CASES) {
    const plan = planOf(c);
    // One run to warm the engine up, then the timed ones.
    simulateUncertainty(plan, SCENARIO, { draws: Math.min(c.draws, 200) });
    const times: number[] = [];
    for (let k = 0; k < c.runs; k++) {
      const t0 = performance.now();
      simulateUncertainty(plan, SCENARIO, { draws: c.draws });
      times.push(performance.now() - t0);
    }
    print(`  Node: ${c.draws} dragningar, ${c.label}: ${ms(median(times))} (mål ≤ ${ms(c.goalMs)})`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await benchInWorker(print);
}

type PageBench = {
  klimatUncertaintySetup(code: string): void;
  klimatUncertaintyRun(planJson: string | null, size: number, scenarioId: string, draws: number): Promise<WorkerRun>;
};

async function benchInWorker(print: Print): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>osäkerhet</title>');
    await page.addScriptTag({ content: readFileSync(PAGE_SCRIPT, 'utf8') });
    await page.evaluate((code) => (globalThis as unknown as PageBench).klimatUncertaintySetup(code), readFileSync(WORKER_SCRIPT, 'utf8'));
    const sample = readFileSync(SAMPLE, 'utf8');
    print(`  in a Web Worker in Chromium ${browser.version()} (a fresh worker per run, as after a page load):`);
    for (const c of CASES) {
      const runs: WorkerRun[] = [];
      for (let k = 0; k < c.runs; k++) {
        const args = [c.size === null ? sample : null, c.size ?? 0, SCENARIO, c.draws] as const;
        runs.push(await page.evaluate(([json, size, id, draws]) => (globalThis as unknown as PageBench).klimatUncertaintyRun(json, size, id, draws), args));
      }
      const worst = (pick: (r: WorkerRun) => number) => Math.max(...runs.map(pick));
      print(
        `  Worker: ${c.draws} dragningar, ${c.label}: ${ms(median(runs.map((r) => r.workerMs)))} i arbetaren, ` +
          `${ms(median(runs.map((r) => r.totalMs)))} till svaret (mål ≤ ${ms(c.goalMs)}); ` +
          `sidans längsta uppgift ${ms(worst((r) => r.longestTaskMs))}, största timerfördröjning ${ms(worst((r) => r.worstTimerLagMs))}`,
      );
    }
  } finally {
    await browser.close();
  }
}
