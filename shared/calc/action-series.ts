// One action's yearly series under a scenario, for a view that shows one action's costs and
// effect per year (e.g. a cost-per-year panel) without a full calculation. Computed "as if
// included", from the same timing, effect and cost schedule that `calculate` sums.
import type { Action } from '../domain/types';
import type { CalcContext } from './context';
import { type CostSchedule, type CostSeries, costSchedule, emptyCostSchedule, emptyCostSeries, fillCosts } from './costs';
import { fillEffect } from './effects';
import { sectorBaseline } from './sectors';
import { scenarioStartAction } from './shift';
import { type ActionTiming, actionTiming, emptyTiming } from './timing';

export interface ActionSeries extends CostSeries {
  /** e_a(y): tonnes avoided, or extra tonnes removed in a sink sector. */
  readonly effect: Float64Array;
  /** The timing the series were computed with (delay applied). */
  timing: ActionTiming;
  /** The cost schedule the series were filled from, kept so that the next action reuses it. */
  schedule?: CostSchedule;
}

export function emptyActionSeries(years: number): ActionSeries {
  return {
    ...emptyCostSeries(years),
    effect: new Float64Array(years),
    timing: emptyTiming(),
  };
}

/**
 * Fills `out` (or fresh series) with the action's effect and costs over the context's axis, moved
 * when the scenario names it in `startYears`.
 * Keep one context per plan snapshot and scenario; each call then costs one action's years.
 */
export function actionSeries(ctx: CalcContext, planAction: Action, out?: ActionSeries): ActionSeries {
  const series = out ?? emptyActionSeries(ctx.axis.length);
  const { scenario, axis } = ctx;
  const action = scenarioStartAction(scenario.startYears, planAction);
  const timing = actionTiming(action, scenario.delayYears);
  fillEffect(series.effect, action, timing, scenario.effectFactor, sectorBaseline(ctx.sectors, action.sectorId), axis);
  // One schedule per series object: a loop over many actions allocates nothing per action.
  series.schedule ??= emptyCostSchedule(axis.length);
  fillCosts(series, costSchedule(action, timing, scenario.costFactor, axis, series.schedule), axis);
  series.timing = timing;
  return series;
}
