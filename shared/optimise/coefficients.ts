// The numbers the optimiser's problem is made of (DESIGN §10), computed with the engine's own
// per-action functions — timing, effect, cost schedule, figures — so that the problem and the
// engine cannot disagree on a formula: per candidate and start year its effect and cost per
// year and its contribution to the objective; and what the base scenario fixes.
import { calculate } from '../calc/calculate';
import { actionSeries, emptyActionSeries } from '../calc/action-series';
import { type CalcContext, createCalcContext } from '../calc/context';
import { costSchedule, emptyCostSchedule, emptyCostSeries, fillCosts } from '../calc/costs';
import { actionFigures, emptyFigures } from '../calc/economics';
import { fillEffect } from '../calc/effects';
import { sectorBaseline } from '../calc/sectors';
import { shiftAction } from '../calc/shift';
import { actionTiming, emptyTiming } from '../calc/timing';
import type { CalcResult } from '../calc/result';
import type { Action } from '../domain/types';
import type { Candidate, OptimiseObjective, ResolvedRequest } from './request';

/** One start year of one candidate: what choosing it adds. */
export interface StartOption {
  start: number;
  /** e(y) over the axis. */
  effect: Float64Array;
  /** capex + opex over the axis when the budget counts this candidate's bearer, else null. */
  cost: Float64Array | null;
  /** Its npvSek or societalNpvSek, by the objective. */
  value: number;
}

export interface CandidateOptions {
  candidate: Candidate;
  /** Slot of its sector in the sector table; undefined for a sector the plan lacks (counts nowhere). */
  sector: number | undefined;
  options: StartOption[];
}

/** What the base scenario's own actions contribute, whatever is chosen. */
export interface Fixed {
  /** Σ e of the included actions per sector (before the floor at 0). */
  effectBySector: Float64Array[];
  /** Σ capex + opex per year of the included actions the budget counts; null without a budget. */
  cost: Float64Array | null;
  value: number;
  /** The base scenario as calculated. */
  calc: CalcResult;
}

export interface Coefficients {
  request: ResolvedRequest;
  ctx: CalcContext;
  candidates: CandidateOptions[];
  fixed: Fixed;
}

export function objectiveValue(figures: { npvSek: number; societalNpvSek: number }, objective: OptimiseObjective): number {
  return objective === 'npv' ? figures.npvSek : figures.societalNpvSek;
}

export function buildCoefficients(request: ResolvedRequest): Coefficients {
  const ctx = createCalcContext(request.plan, request.base.id);
  return { request, ctx, candidates: request.candidates.map((c) => candidateOptions(ctx, request, c)), fixed: fixedPart(ctx, request) };
}

/** Whether the yearly budget counts this action's costs. */
export function budgetCounts(request: ResolvedRequest, action: Action): boolean {
  return request.budget !== null && request.budget.costBearers.includes(action.costBearer);
}

function candidateOptions(ctx: CalcContext, request: ResolvedRequest, candidate: Candidate): CandidateOptions {
  const { axis, scenario } = ctx;
  const action = candidate.action;
  const baseline = sectorBaseline(ctx.sectors, action.sectorId);
  const counted = budgetCounts(request, action);
  const timing = emptyTiming();
  const schedule = emptyCostSchedule(axis.length);
  const costs = emptyCostSeries(axis.length);
  const figures = emptyFigures();
  const options = candidate.starts.map((start): StartOption => {
    // The candidate as the saved scenario will calculate it: its own action moved to `start`.
    const moved = shiftAction(action, start - action.startYear);
    actionTiming(moved, scenario.delayYears, timing);
    const effect = new Float64Array(axis.length);
    fillEffect(effect, moved, timing, scenario.effectFactor, baseline, axis);
    costSchedule(moved, timing, scenario.costFactor, axis, schedule);
    actionFigures(ctx, moved, effect, schedule, figures);
    let cost: Float64Array | null = null;
    if (counted) {
      fillCosts(costs, schedule, axis);
      cost = new Float64Array(axis.length);
      for (let i = 0; i < axis.length; i++) cost[i] = costs.capex[i] + costs.opex[i];
    }
    return { start, effect, cost, value: objectiveValue(figures, request.objective) };
  });
  return { candidate, sector: ctx.sectors.indexById.get(action.sectorId), options };
}

function fixedPart(ctx: CalcContext, request: ResolvedRequest): Fixed {
  const { axis, sectors } = ctx;
  const calc = calculate(request.plan, request.base.id);
  const effectBySector = sectors.ids.map(() => new Float64Array(axis.length));
  const cost = request.budget ? new Float64Array(axis.length) : null;
  const series = emptyActionSeries(axis.length);
  let value = 0;
  request.plan.actions.forEach((action, k) => {
    const result = calc.actions[k];
    if (!result.included) return;
    value += objectiveValue(result, request.objective);
    const sector = sectors.indexById.get(action.sectorId);
    if (sector !== undefined) for (let i = 0; i < axis.length; i++) effectBySector[sector][i] += result.effect[i];
    if (cost && budgetCounts(request, action)) {
      actionSeries(ctx, action, series); // the base's own start years and delay
      for (let i = 0; i < axis.length; i++) cost[i] += series.capex[i] + series.opex[i];
    }
  });
  return { effectBySector, cost, value, calc };
}
