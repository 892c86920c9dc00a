// The uncertainty worker: runs shared/uncertainty's simulation off the page's thread, in slices
// of about 40 ms, posting progress after each and looking for a newer run or a cancel between
// them. The page never waits for it (renderer/uncertainty/runner.ts).
import { UncertaintySimulation } from '../../shared/uncertainty';
import type { FromWorker, ToWorker } from './protocol';

const SLICE_MS = 40;

/** The run to work on; any other run still in the loop stops at its next slice. */
let current = 0;

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (message.runId === current) current = 0;
    return;
  }
  current = message.runId;
  void run(message);
};

async function run({ runId, plan, scenarioId, options }: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const started = performance.now();
  let simulation: UncertaintySimulation;
  try {
    simulation = new UncertaintySimulation(plan, scenarioId, options);
  } catch (e) {
    post({ type: 'error', runId, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  while (!simulation.finished) {
    const until = performance.now() + SLICE_MS;
    do simulation.run(1);
    while (!simulation.finished && performance.now() < until);
    post({ type: 'progress', runId, done: simulation.completed, total: simulation.draws });
    // Lets a newer run or a cancel arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (current !== runId) return;
  }
  post({ type: 'result', runId, result: simulation.result(), ms: performance.now() - started });
}
