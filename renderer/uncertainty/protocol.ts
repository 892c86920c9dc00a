// The messages between the page and the uncertainty worker (worker.ts). One run at a time: a
// new run or a cancel makes the worker drop the run it was on between two slices of draws.
import type { Plan } from '../../shared/domain/types';
import type { UncertaintyOptions, UncertaintyResult } from '../../shared/uncertainty';

export type ToWorker = { type: 'run'; runId: number; plan: Plan; scenarioId: string; options: UncertaintyOptions } | { type: 'cancel'; runId: number };

export type FromWorker =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'result'; runId: number; result: UncertaintyResult; ms: number }
  | { type: 'error'; runId: number; message: string };

/**
 * What the worker needs of the plan: everything the draws' calculations read. Financing is not
 * among it, so it is not copied across (a 10 000-action plan's structured clone is the only work
 * a run puts on the page's thread).
 */
export function planForWorker(plan: Plan): Plan {
  return { ...plan, financing: [], financingSources: [] };
}
