// A choice of candidates as a scenario, and that scenario judged by the engine itself
// (`calculate`): the answer's figures never come from the solver's own arithmetic, and a
// solution HiGHS accepted within its tolerances is checked against the exact §5 rules.
import { actionSeries, emptyActionSeries } from '../calc/action-series';
import { calculate } from '../calc/calculate';
import { createCalcContext } from '../calc/context';
import type { CalcResult } from '../calc/result';
import type { Plan, Scenario } from '../domain/types';
import { budgetCounts, objectiveValue } from './coefficients';
import type { ResolvedRequest } from './request';

/** Each chosen candidate's start year, by action id; a candidate left out is absent. */
export type Choice = ReadonlyMap<string, number>;

/**
 * The base scenario with the chosen candidates in (DESIGN §10: base includes ∪ chosen) and
 * `startYears` for those that start in another year than their own.
 */
export function choiceScenario(plan: Plan, base: Scenario, choice: Choice, id: string, name: string): Scenario {
  const include = [...base.include];
  for (const action of plan.actions) if (choice.has(action.id) && !include.includes(action.id)) include.push(action.id);
  const moves = new Map(Object.entries(base.startYears ?? {}));
  for (const action of plan.actions) {
    const start = choice.get(action.id);
    if (start === undefined) continue;
    if (start === action.startYear) moves.delete(action.id);
    else moves.set(action.id, start);
  }
  const scenario: Scenario = {
    id,
    name,
    includeStatuses: [...base.includeStatuses],
    include,
    exclude: base.exclude.filter((x) => !choice.has(x)),
    delayYears: base.delayYears,
    effectFactor: base.effectFactor,
    costFactor: base.costFactor,
  };
  // fromEntries defines own properties, so even an id such as "__proto__" stays a plain key.
  if (moves.size > 0) scenario.startYears = Object.fromEntries(moves);
  return scenario;
}

export interface TargetCheck {
  id: string;
  gap: number;
  met: boolean;
}

export interface Evaluation {
  calc: CalcResult;
  /** The objective: Σ npvSek or societalNpvSek of the included actions. */
  value: number;
  /** The chosen targets, in the request's order. */
  targets: TargetCheck[];
  /** Per budget year, Σ capex + opex of the counted included actions (empty without a budget). */
  budgetCost: { year: number; costSek: number }[];
  /** remaining of the carbon budget, when it is a constraint. */
  carbonRemaining: number | null;
}

/** An id no scenario of the plan has, for calculating a scenario not yet saved. */
export function unusedScenarioId(plan: Plan): string {
  let id = 'optimised';
  for (let k = 2; plan.scenarios.some((s) => s.id === id); k++) id = `optimised-${k}`;
  return id;
}

export function evaluateScenario(request: ResolvedRequest, scenario: Scenario): Evaluation {
  const plan: Plan = { ...request.plan, scenarios: [...request.plan.scenarios.filter((s) => s.id !== scenario.id), scenario] };
  const calc = calculate(plan, scenario.id);
  let value = 0;
  calc.actions.forEach((a) => {
    if (a.included) value += objectiveValue(a, request.objective);
  });
  const targets = request.targets.map((t): TargetCheck => {
    const r = calc.targets.find((x) => x.id === t.id)!;
    return { id: t.id, gap: r.gap ?? 0, met: r.met ?? true };
  });
  return {
    calc,
    value,
    targets,
    budgetCost: budgetCosts(request, plan, scenario.id, calc),
    carbonRemaining: request.carbonBudget ? (calc.carbonBudget?.remaining ?? null) : null,
  };
}

function budgetCosts(request: ResolvedRequest, plan: Plan, scenarioId: string, calc: CalcResult): { year: number; costSek: number }[] {
  const budget = request.budget;
  if (!budget) return [];
  const ctx = createCalcContext(plan, scenarioId);
  const cost = new Float64Array(ctx.axis.length);
  const series = emptyActionSeries(ctx.axis.length);
  plan.actions.forEach((action, k) => {
    if (!calc.actions[k].included || !budgetCounts(request, action)) return;
    actionSeries(ctx, action, series);
    for (let i = 0; i < cost.length; i++) cost[i] += series.capex[i] + series.opex[i];
  });
  const out: { year: number; costSek: number }[] = [];
  for (let year = budget.fromYear; year <= budget.toYear; year++) out.push({ year, costSek: cost[year - ctx.axis.startYear] });
  return out;
}

/** How far the evaluation breaks each constraint (positive = broken), for tightening the model. */
export interface Breach {
  kind: 'target' | 'budget' | 'carbonBudget';
  /** Target id, or budget year. */
  key: string | number;
  amount: number;
}

export function breaches(request: ResolvedRequest, evaluation: Evaluation): Breach[] {
  const out: Breach[] = [];
  for (const t of evaluation.targets) if (!t.met) out.push({ kind: 'target', key: t.id, amount: t.gap });
  const max = request.budget?.maxSek ?? Infinity;
  for (const b of evaluation.budgetCost) if (b.costSek > max) out.push({ kind: 'budget', key: b.year, amount: b.costSek - max });
  if (evaluation.carbonRemaining !== null && evaluation.carbonRemaining < 0)
    out.push({ kind: 'carbonBudget', key: 'carbonBudget', amount: -evaluation.carbonRemaining });
  return out;
}
