// The engine's entry point: one plan snapshot and one scenario in, the §6 result out.
import type { Plan } from '../domain/types';
import { axisYears, runToNumbers, toNumbers } from './axis';
import { evaluateCarbonBudget } from './carbonBudget';
import { type CalcContext, createCalcContext } from './context';
import type { CalcCache } from './cache';
import { type CostSchedule, type CostSeries, addCosts, costSchedule, emptyCostSchedule, emptyCostSeries } from './costs';
import { actionFigures, emptyFigures } from './economics';
import { fillEffect } from './effects';
import { scenarioEmissions } from './emissions';
import { financingSeries } from './financing';
import { maccBars } from './macc';
import type { ActionResult, CalcOptions, CalcResult } from './result';
import { scenarioMembership } from './scenario';
import { evaluateTargets } from './targets';
import { actionTiming, emptyTiming } from './timing';

/**
 * Calculates the plan under one scenario (DESIGN §5). Pure: the same plan and scenario always
 * give the same result, and a valid plan never makes it throw.
 * @throws CalcError when the plan has no scenario `scenarioId`.
 */
export function calculate(plan: Plan, scenarioId: string, options: CalcOptions = {}): CalcResult {
  const ctx = createCalcContext(plan, scenarioId);
  const { axis, sectors } = ctx;
  options.cache?.begin(plan, ctx.scenario);
  const totals = sumActions(ctx, options.cache);
  const emissions = scenarioEmissions(sectors, totals.effectBySector, axis);
  const financing = financingSeries(plan.financingSources, plan.financing, totals.fundedIncluded, totals.costs, axis);

  const result: CalcResult = {
    scenarioId,
    years: axisYears(axis),
    emissions: {
      // fromEntries defines own properties, so even an id such as "__proto__" stays a plain key.
      bySector: Object.fromEntries(sectors.ids.map((id, s) => [id, toNumbers(emissions.bySector[s])])),
      gross: toNumbers(emissions.gross),
      net: toNumbers(emissions.net),
      baselineGross: toNumbers(emissions.baselineGross),
      baselineNet: toNumbers(emissions.baselineNet),
      overallocated: emissions.overallocated,
    },
    targets: evaluateTargets(plan.targets, sectors, emissions, axis),
    carbonBudget: evaluateCarbonBudget(plan.carbonBudget, emissions, axis),
    costs: {
      capex: toNumbers(totals.costs.capex),
      opex: toNumbers(totals.costs.opex),
      savings: toNumbers(totals.costs.savings),
      net: toNumbers(totals.costs.net),
    },
    financing: {
      secured: toNumbers(financing.secured),
      applied: toNumbers(financing.applied),
      potential: toNumbers(financing.potential),
      cost: toNumbers(financing.cost),
      gap: toNumbers(financing.gap),
      bySource: Object.fromEntries([...financing.bySource].map(([id, series]) => [id, toNumbers(series)])),
    },
    actions: totals.actions,
  };
  if (options.maccYear !== undefined) result.macc = maccBars(totals.actions, options.maccYear, axis);
  return result;
}

interface ActionTotals {
  /** Σ e_a of the included actions, per sector in sector-table order. */
  effectBySector: Float64Array[];
  /** Σ of the included actions' costs. */
  costs: CostSeries;
  /** Whether each action that a financing entry names is included: all that financing needs. */
  fundedIncluded: Map<string, boolean>;
  actions: ActionResult[];
}

/**
 * One pass over the actions: each one's figures, and the included ones summed. The work per
 * action is kept to its operating and implementation years, with one scratch timing, effect
 * series, cost schedule and figures reused for all, and each field of an action read once:
 * plans may hold tens of thousands of actions, of mixed shapes.
 */
function sumActions(ctx: CalcContext, cache: CalcCache | undefined): ActionTotals {
  const { axis, scenario, plan, sectors } = ctx;
  const isIncluded = scenarioMembership(scenario);
  const totals: ActionTotals = {
    effectBySector: sectors.ids.map(() => new Float64Array(axis.length)),
    costs: emptyCostSeries(axis.length),
    fundedIncluded: fundedActions(plan),
    actions: new Array<ActionResult>(plan.actions.length),
  };
  const timing = emptyTiming();
  const effect = new Float64Array(axis.length);
  const schedule = emptyCostSchedule(axis.length);
  const figures = emptyFigures();
  const { delayYears, effectFactor, costFactor } = scenario;
  for (let k = 0; k < plan.actions.length; k++) {
    const action = plan.actions[k];
    const sector = sectors.indexById.get(action.sectorId);
    const seen = cache?.get(action);
    if (seen) {
      totals.actions[k] = seen.result;
      if (seen.result.included) addIncluded(totals, seen.effect, seen.schedule, sector, action.id);
      continue;
    }
    const id = action.id;
    actionTiming(action, delayYears, timing);
    fillEffect(effect, action, timing, effectFactor, sector === undefined ? undefined : sectors.baselines[sector], axis);
    costSchedule(action, timing, costFactor, axis, schedule);
    actionFigures(ctx, action, effect, schedule, figures);
    const included = isIncluded(id, action.status);
    if (included) addIncluded(totals, effect, schedule, sector, id);
    const result: ActionResult = {
      id,
      included,
      effect: runToNumbers(effect, schedule.operatingFrom, schedule.operatingTo),
      npvSek: figures.npvSek,
      discountedTons: figures.discountedTons,
      levelizedCostSekPerTon: figures.levelizedCostSekPerTon,
      annualizedCostSekPerTon: figures.annualizedCostSekPerTon,
      societalNpvSek: figures.societalNpvSek,
    };
    totals.actions[k] = result;
    cache?.keep(action, result, effect, schedule);
  }
  const { capex, opex, savings, net } = totals.costs;
  for (let i = 0; i < axis.length; i++) net[i] = capex[i] + opex[i] - savings[i];
  return totals;
}

/** Adds an included action's effect and costs into the totals. */
function addIncluded(totals: ActionTotals, effect: Float64Array, schedule: CostSchedule, sector: number | undefined, id: string): void {
  if (sector !== undefined) addRun(totals.effectBySector[sector], effect, schedule.operatingFrom, schedule.operatingTo);
  addCosts(totals.costs, schedule);
  // Only actions that financing entries name are looked up, and no key is ever added here.
  if (totals.fundedIncluded.has(id)) totals.fundedIncluded.set(id, true);
}

/** The actions named by financing entries, none of them included yet. */
function fundedActions(plan: Plan): Map<string, boolean> {
  const funded = new Map<string, boolean>();
  const entries = plan.financing;
  for (let k = 0; k < entries.length; k++) {
    const actionId = entries[k].actionId;
    if (actionId !== null) funded.set(actionId, false);
  }
  return funded;
}

/** sum += series over the axis slots [from, to): where an action's effect is not 0. */
function addRun(sum: Float64Array, series: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) sum[i] += series[i];
}
