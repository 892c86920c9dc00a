// What the optimiser is asked (DESIGN §10), its defaults, and the checks that turn a bad
// question into one clear Swedish sentence before anything is solved.
import { scenarioMembership } from '../calc/scenario';
import { COST_BEARERS, type CostBearer } from '../domain/ids';
import { inRange, RANGES } from '../domain/ranges';
import type { Action, Plan, Scenario, Target } from '../domain/types';

export type OptimiseObjective = 'npv' | 'societal';
export const OPTIMISE_OBJECTIVES: readonly OptimiseObjective[] = ['npv', 'societal'];

/** In each year fromYear..toYear, Σ capex + opex of the included actions of these bearers ≤ maxSek. */
export interface YearlyBudget {
  costBearers: CostBearer[];
  fromYear: number;
  toYear: number;
  maxSek: number;
}

export interface OptimiseRequest {
  /** The base scenario: what it includes stays in, at its own years. */
  scenarioId: string;
  /** Default: the non-cancelled actions the base does not include. */
  candidates?: string[];
  /** Default: every target on the axis. */
  targets?: string[];
  /** Default `npv`. */
  objective?: OptimiseObjective;
  budget?: YearlyBudget;
  /** Adds the plan's carbon budget (remaining ≥ 0) as a constraint. */
  carbonBudget?: boolean;
  /** Default 20 s; after it the best choice found is returned, not proven optimal. */
  timeLimitSeconds?: number;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 20;

/** A request the plan can answer: every default filled in, every id resolved. */
export interface ResolvedRequest {
  plan: Plan;
  base: Scenario;
  candidates: Candidate[];
  targets: Target[];
  objective: OptimiseObjective;
  budget: YearlyBudget | null;
  carbonBudget: boolean;
  timeLimitSeconds: number;
}

/** A candidate and the start years it may take, ascending; its own start year is among them. */
export interface Candidate {
  action: Action;
  /** Slot in plan.actions. */
  index: number;
  starts: number[];
}

/** A question the plan cannot answer as asked: bad input, not an infeasible problem. */
export class OptimiseInputError extends Error {}

/** The window of §10 on the axis: earliest..latest, the action's own start always in it. */
export function startWindow(action: Action, axisStart: number, axisEnd: number): number[] {
  const own = action.startYear;
  const from = Math.max(axisStart, Math.min(own, action.earliestStartYear ?? own));
  const to = Math.min(axisEnd, Math.max(own, action.latestStartYear ?? own));
  const starts: number[] = [];
  if (own < from) starts.push(own);
  for (let y = from; y <= to; y++) starts.push(y);
  if (own > to) starts.push(own);
  return starts;
}

/** The targets on the plan's axis: the ones the optimiser can judge. */
export function targetsOnAxis(plan: Plan): Target[] {
  const { startYear, endYear } = plan.plan;
  return plan.targets.filter((t) => t.year >= startYear && t.year <= endYear);
}

/** The default candidates: non-cancelled actions the base does not include. */
export function defaultCandidates(plan: Plan, base: Scenario): Action[] {
  const inBase = scenarioMembership(base);
  return plan.actions.filter((a) => a.status !== 'cancelled' && !inBase(a.id, a.status));
}

/** @throws OptimiseInputError naming what is wrong. */
export function resolveRequest(plan: Plan, request: OptimiseRequest): ResolvedRequest {
  const base = plan.scenarios.find((s) => s.id === request.scenarioId);
  if (!base) throw new OptimiseInputError(`Scenariot "${request.scenarioId}" finns inte i planen.`);
  const objective = request.objective ?? 'npv';
  if (!OPTIMISE_OBJECTIVES.includes(objective)) throw new OptimiseInputError(`Målfunktionen "${String(objective)}" finns inte; välj npv eller societal.`);
  const timeLimitSeconds = request.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (!(timeLimitSeconds > 0 && timeLimitSeconds <= 3600)) throw new OptimiseInputError('Tidsgränsen ska vara mellan 0 och 3 600 sekunder.');
  if (request.carbonBudget && !plan.carbonBudget) throw new OptimiseInputError('Planen har ingen koldioxidbudget att optimera mot.');
  return {
    plan,
    base,
    candidates: resolveCandidates(plan, base, request.candidates),
    targets: resolveTargets(plan, request.targets),
    objective,
    budget: request.budget ? checkBudget(plan, request.budget) : null,
    carbonBudget: !!request.carbonBudget,
    timeLimitSeconds,
  };
}

function resolveCandidates(plan: Plan, base: Scenario, ids: string[] | undefined): Candidate[] {
  const { startYear, endYear } = plan.plan;
  const slots = new Map(plan.actions.map((a, i) => [a.id, i]));
  const allowed = new Set(defaultCandidates(plan, base).map((a) => a.id));
  const chosen = ids ?? plan.actions.filter((a) => allowed.has(a.id)).map((a) => a.id);
  const seen = new Set<string>();
  return chosen.flatMap((id) => {
    const index = slots.get(id);
    if (index === undefined) throw new OptimiseInputError(`Åtgärden "${id}" finns inte i planen.`);
    const action = plan.actions[index];
    if (action.status === 'cancelled') throw new OptimiseInputError(`Åtgärden ${actionName(action)} är avbruten och kan inte väljas.`);
    if (!allowed.has(id)) throw new OptimiseInputError(`Åtgärden ${actionName(action)} ingår redan i grundscenariot "${base.name}".`);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ action, index, starts: startWindow(action, startYear, endYear) }];
  });
}

function resolveTargets(plan: Plan, ids: string[] | undefined): Target[] {
  const onAxis = targetsOnAxis(plan);
  if (ids === undefined) return onAxis;
  return [...new Set(ids)].map((id) => {
    const target = plan.targets.find((t) => t.id === id);
    if (!target) throw new OptimiseInputError(`Målet "${id}" finns inte i planen.`);
    if (!onAxis.includes(target)) {
      throw new OptimiseInputError(`Målet "${target.name}" (${target.year}) ligger utanför planens år ${plan.plan.startYear}–${plan.plan.endYear}.`);
    }
    return target;
  });
}

function checkBudget(plan: Plan, budget: YearlyBudget): YearlyBudget {
  const { startYear, endYear } = plan.plan;
  if (budget.costBearers.length === 0) throw new OptimiseInputError('Budgeten behöver minst en kostnadsbärare.');
  for (const bearer of budget.costBearers) {
    if (!(COST_BEARERS as readonly string[]).includes(bearer)) {
      throw new OptimiseInputError(`Kostnadsbäraren "${bearer}" finns inte; välj bland ${COST_BEARERS.join(', ')}.`);
    }
  }
  const { fromYear, toYear } = budget;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || fromYear < startYear || toYear > endYear) {
    throw new OptimiseInputError(`Budgetens år ska ligga inom planens år ${startYear}–${endYear}, första året först.`);
  }
  if (!inRange(RANGES.moneySek, budget.maxSek)) throw new OptimiseInputError('Budgetens tak ska vara hela kronor, 0–10 000 000 000 000.');
  return { ...budget, costBearers: [...new Set(budget.costBearers)] };
}

export function actionName(action: Action): string {
  return action.code ? `${action.code} ${action.name}` : action.name;
}
