// The uncertainty bench's page script: the simulation in a Web Worker in Chromium, as the app
// runs it (renderer/uncertainty/worker.ts, bundled as dist/bench/uncertainty-worker.js; the plan
// goes over by postMessage as planForWorker makes it). While the worker draws, the page measures
// what a user would feel: the longest main-thread task (Long Tasks API) and how late a timer
// that fires every 16 ms runs (a key press waits as long). Bundled by electron/build/bundle.mjs
// into dist/bench/uncertainty-page.js; test/bench/uncertainty.ts loads it into a blank page.
import { normalizePlan } from '../../shared/domain/normalize';
import type { Plan } from '../../shared/domain/types';
import { planForWorker, type FromWorker } from '../../renderer/uncertainty/protocol';
import { largePlan } from '../support/large-plan';

export interface WorkerRun {
  /** From posting the plan to the result arriving (ms). */
  totalMs: number;
  /** The worker's own time for the draws (ms). */
  workerMs: number;
  /** The longest task on the page's thread meanwhile (ms; 0 when none reached 50 ms). */
  longestTaskMs: number;
  /** How late a 16 ms timer ran at worst meanwhile (ms). */
  worstTimerLagMs: number;
}

// The few browser members used here (this file is typed for Node, without the DOM library).
interface PageWorker {
  onerror: ((e: { message: string }) => void) | null;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
interface Browser {
  Worker: new (url: string) => PageWorker;
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void;
    disconnect(): void;
  };
}
const browser = globalThis as unknown as Browser;

let workerUrl = '';

function setup(workerCode: string): void {
  workerUrl = browser.URL.createObjectURL(new browser.Blob([workerCode], { type: 'text/javascript' }));
}

/** Runs `draws` draws of the plan (the sample's JSON, or a generated plan of `size` actions). */
function run(planJson: string | null, size: number, scenarioId: string, draws: number): Promise<WorkerRun> {
  const plan: Plan = normalizePlan(planJson ? (JSON.parse(planJson) as Plan) : (JSON.parse(JSON.stringify(largePlan(size))) as Plan));
  const worker = new browser.Worker(workerUrl);
  let longestTaskMs = 0;
  const observer = new browser.PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let worstTimerLagMs = 0;
  let expected = performance.now() + 16;
  const timer = setInterval(() => {
    const now = performance.now();
    worstTimerLagMs = Math.max(worstTimerLagMs, now - expected);
    expected = now + 16;
  }, 16);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = (e) => {
      if (e.data.type === 'error') reject(new Error(e.data.message));
      if (e.data.type !== 'result') return;
      const totalMs = performance.now() - t0;
      const workerMs = e.data.ms;
      clearInterval(timer);
      // Long-task entries arrive after the task: one more turn of the loop to collect the last.
      setTimeout(() => {
        observer.disconnect();
        worker.terminate();
        resolve({ totalMs, workerMs, longestTaskMs, worstTimerLagMs });
      }, 50);
    };
    worker.postMessage({ type: 'run', runId: 1, plan: planForWorker(plan), scenarioId, options: { draws, seed: 1 } });
  });
}

Object.assign(globalThis, { klimatUncertaintySetup: setup, klimatUncertaintyRun: run });
