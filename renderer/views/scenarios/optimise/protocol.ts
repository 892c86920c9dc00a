// The messages between the Optimera… dialog and its Web Worker: the worker solves with HiGHS
// (WebAssembly) off the page's thread, so that the page stays responsive and Avbryt can stop it
// at once (by ending the worker).
import type { Plan } from '../../../../shared/domain/types';
import type { OptimiseAnswer, OptimiseProgress, OptimiseRequest, TargetCost } from '../../../../shared/optimise';

export interface OptimiseJob {
  plan: Plan;
  request: OptimiseRequest;
  /** Also solve once per target without it, for what each target costs. */
  targetCosts: boolean;
}

export type WorkerReply =
  | { kind: 'progress'; progress: OptimiseProgress }
  | { kind: 'answer'; answer: OptimiseAnswer; costs: TargetCost[] | null }
  /** A question the plan cannot answer (OptimiseInputError), or an unexpected failure. */
  | { kind: 'error'; message: string };
