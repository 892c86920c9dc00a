// The optimiser's Web Worker: loads HiGHS once (its .wasm file is an asset of the build, found
// through its URL), then answers each job with progress, the answer and what each target costs.
import loadHighs, { type Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import { isFound, optimise, OptimiseInputError, targetCosts, type OptimiseHooks } from '../../../../shared/optimise';
import type { OptimiseJob, WorkerReply } from './protocol';

let highs: Promise<Highs> | null = null;

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<OptimiseJob>) => {
  const { plan, request } = event.data;
  try {
    highs ??= loadHighs({ locateFile: () => wasmUrl });
    const solver = await highs;
    const hooks: OptimiseHooks = { onProgress: (progress) => post({ kind: 'progress', progress }) };
    const answer = optimise(solver, plan, request, hooks);
    const costs = event.data.targetCosts && isFound(answer) && answer.targets.length > 0 ? targetCosts(solver, plan, request, answer.value, hooks) : null;
    post({ kind: 'answer', answer, costs });
  } catch (e) {
    post({ kind: 'error', message: e instanceof OptimiseInputError ? e.message : `Optimeringen misslyckades: ${e instanceof Error ? e.message : String(e)}` });
  }
};
