// The optimiser of DESIGN §10: the cheapest set and timing of candidate actions that meets the
// chosen targets within the budgets, solved exactly as a mixed-integer program by HiGHS.
import type { Highs } from 'highs';
import type { Plan, Scenario } from '../domain/types';
import { buildCoefficients, type Coefficients } from './coefficients';
import { type Breach, breaches, type Choice, choiceScenario, type Evaluation, evaluateScenario, type TargetCheck, unusedScenarioId } from './evaluate';
import { explainInfeasible } from './explain';
import { buildModel, type BuiltModel, type ConstraintSet, type RowMeaning } from './model';
import { type OptimiseObjective, type OptimiseRequest, resolveRequest } from './request';
import { solveModel, type SolveOutcome, type SolveProgress } from './solve';

export interface OptimiseProgress extends SolveProgress {
  /** solve: the problem itself; explain: why it cannot be met; targetCosts: each target's price. */
  stage: 'solve' | 'explain' | 'targetCosts';
}

export interface OptimiseHooks {
  onProgress?: (progress: OptimiseProgress) => void;
}

export interface ChosenAction {
  actionId: string;
  startYear: number;
  /** Starts in another year than the action's own. */
  moved: boolean;
}

export interface OptimiseFound {
  /** optimal: proven (to HiGHS' gap of 10⁻⁶); timeLimit: the best found, "inte bevisat optimal". */
  status: 'optimal' | 'timeLimit';
  objective: OptimiseObjective;
  /** Σ of the objective over every included action: the base's and the chosen. */
  value: number;
  /** The base scenario's own value, to compare. */
  baseValue: number;
  /** HiGHS' relative gap to the proven bound. */
  mipGap: number | null;
  chosen: ChosenAction[];
  /** The chosen targets as the engine judges the answer. */
  targets: (TargetCheck & { baseGap: number })[];
  /** The answer as a scenario (base includes ∪ chosen, startYears for moved ones); id and name are placeholders. */
  scenario: Scenario;
}

export interface OptimiseInfeasible {
  status: 'infeasible' | 'noSolution';
  objective: OptimiseObjective;
  reasons: string[];
}

export type OptimiseAnswer = OptimiseFound | OptimiseInfeasible;

/** An answer with a choice: proven optimal, or the best found in the time. */
export function isFound(answer: OptimiseAnswer): answer is OptimiseFound {
  return answer.status === 'optimal' || answer.status === 'timeLimit';
}

/** @throws OptimiseInputError when the request does not fit the plan. */
export function optimise(highs: Highs, plan: Plan, request: OptimiseRequest, hooks: OptimiseHooks = {}): OptimiseAnswer {
  const resolved = resolveRequest(plan, request);
  const co = buildCoefficients(resolved);
  const set: ConstraintSet = { targets: resolved.targets, budget: resolved.budget !== null, carbonBudget: resolved.carbonBudget };
  const found = solveChecked(highs, co, set, resolved.timeLimitSeconds, (p) => hooks.onProgress?.({ ...p, stage: 'solve' }));
  if (found.status === 'infeasible') {
    hooks.onProgress?.({ stage: 'explain', seconds: 0, gap: null });
    return { status: 'infeasible', objective: resolved.objective, reasons: explainInfeasible(highs, co, set) };
  }
  if (found.status === 'noSolution') {
    return {
      status: 'noSolution',
      objective: resolved.objective,
      reasons: [`Ingen lösning hittades inom ${resolved.timeLimitSeconds} s. Ge optimeraren mer tid eller färre valbara åtgärder.`],
    };
  }
  return answerOf(co, found);
}

interface Checked {
  status: SolveOutcome['status'];
  gap: number | null;
  choice: Choice;
  evaluation: Evaluation | null;
}

/** How often a solution that the engine finds just outside a constraint is solved again with that constraint tightened. */
const REPAIRS = 3;

/**
 * Solves, then checks the choice with the engine. HiGHS accepts a row within its feasibility
 * tolerance (about 10⁻⁶); the engine says met only at gap ≤ 0. A choice outside by such a hair
 * is solved again with that row tightened by what it missed, so that every answer meets its
 * constraints by the engine's own rule.
 */
export function solveChecked(highs: Highs, co: Coefficients, set: ConstraintSet, timeLimitSeconds: number, onProgress?: (p: SolveProgress) => void): Checked {
  const built = buildModel(co, set);
  let rowUpper: Float64Array = Float64Array.from(built.data.rowUpper as ArrayLike<number>);
  let last: Checked | null = null;
  for (let attempt = 0; attempt <= REPAIRS; attempt++) {
    const outcome =
      built.data.numCols === 0 ? constantOutcome(built, rowUpper) : solveModel(highs, { ...built.data, rowUpper }, { timeLimitSeconds, onProgress });
    if (!outcome.values) return last ?? { status: outcome.status, gap: null, choice: new Map(), evaluation: null };
    const choice = choiceOf(co, built, outcome.values);
    const evaluation = evaluateScenario(co.request, choiceScenario(co.request.plan, co.request.base, choice, unusedScenarioId(co.request.plan), ''));
    last = { status: outcome.status, gap: outcome.gap, choice, evaluation };
    // Only the constraints this model holds (the target costs solve without one target).
    const broken = breaches(co.request, evaluation).filter((b) => built.rows.some((meaning) => breachOf(meaning, b)));
    if (broken.length === 0) return last;
    rowUpper = tightened(built, rowUpper, broken);
  }
  return last!;
}

/** A model without columns: its rows are constants, feasible or not. */
function constantOutcome(built: BuiltModel, rowUpper: Float64Array): SolveOutcome {
  const ok = built.rows.every((_, r) => rowUpper[r] >= 0 && (built.data.rowLower as ArrayLike<number>)[r] <= 0);
  return ok ? { status: 'optimal', values: new Float64Array(0), objective: 0, gap: 0 } : { status: 'infeasible', values: null, objective: null, gap: null };
}

function choiceOf(co: Coefficients, built: BuiltModel, values: Float64Array): Choice {
  const choice = new Map<string, number>();
  co.candidates.forEach((c, ci) =>
    c.options.forEach((o, k) => {
      if (values[built.columns[ci][k]] > 0.5) choice.set(c.candidate.action.id, o.start);
    }),
  );
  return choice;
}

/** Whether a row of the model is the constraint the breach is about. */
function breachOf(meaning: RowMeaning, b: Breach): boolean {
  return (
    (b.kind === 'target' && meaning.kind === 'target' && meaning.target.id === b.key) ||
    (b.kind === 'budget' && meaning.kind === 'budget' && meaning.year === b.key) ||
    (b.kind === 'carbonBudget' && meaning.kind === 'carbonBudget')
  );
}

/** The rows' bounds, each broken one lowered by what it missed and a hair more. */
function tightened(built: BuiltModel, rowUpper: Float64Array, broken: Breach[]): Float64Array {
  const next = rowUpper.slice();
  built.rows.forEach((meaning, r) => {
    const hit = broken.find((b) => breachOf(meaning, b));
    if (hit) next[r] -= hit.amount + 1e-9 * Math.max(1, Math.abs(next[r]));
  });
  return next;
}

function answerOf(co: Coefficients, found: Checked): OptimiseFound {
  const { request } = co;
  const evaluation = found.evaluation!;
  const baseTargets = co.fixed.calc.targets;
  const chosen = request.candidates.flatMap((c): ChosenAction[] => {
    const start = found.choice.get(c.action.id);
    return start === undefined ? [] : [{ actionId: c.action.id, startYear: start, moved: start !== c.action.startYear }];
  });
  return {
    status: found.status === 'optimal' ? 'optimal' : 'timeLimit',
    objective: request.objective,
    value: evaluation.value,
    baseValue: co.fixed.value,
    mipGap: found.gap,
    chosen,
    targets: evaluation.targets.map((t) => ({ ...t, baseGap: baseTargets.find((b) => b.id === t.id)?.gap ?? 0 })),
    scenario: choiceScenario(request.plan, request.base, found.choice, request.base.id, request.base.name),
  };
}
