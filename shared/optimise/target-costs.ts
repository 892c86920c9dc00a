// What each target costs: the objective of the answer with every chosen target, against the
// objective when that one target is left out (DESIGN §10, issue 18 "what each target costs").
import type { Highs } from 'highs';
import type { Plan } from '../domain/types';
import { buildCoefficients } from './coefficients';
import type { ConstraintSet } from './model';
import { solveChecked, type OptimiseHooks } from './optimise';
import { type OptimiseRequest, resolveRequest } from './request';

export interface TargetCost {
  targetId: string;
  /** The objective without this target; null when none was found in time (or still none meets the rest). */
  valueWithout: number | null;
  /** valueWith − valueWithout: what meeting this target adds; null with valueWithout. */
  costSek: number | null;
}

/** Solves the request once per chosen target, without that target. `valueWith` is the answer's value. */
export function targetCosts(highs: Highs, plan: Plan, request: OptimiseRequest, valueWith: number, hooks: OptimiseHooks = {}): TargetCost[] {
  const resolved = resolveRequest(plan, request);
  const co = buildCoefficients(resolved);
  return resolved.targets.map((target) => {
    const set: ConstraintSet = { targets: resolved.targets.filter((t) => t !== target), budget: resolved.budget !== null, carbonBudget: resolved.carbonBudget };
    const found = solveChecked(highs, co, set, resolved.timeLimitSeconds, (p) => hooks.onProgress?.({ ...p, stage: 'targetCosts' }));
    const valueWithout = found.evaluation ? found.evaluation.value : null;
    return { targetId: target.id, valueWithout, costSek: valueWithout === null ? null : valueWith - valueWithout };
  });
}
