// The engine's entry point: one plan snapshot and one scenario in, the §6 result out.
import type { Action, Plan } from '../domain/types';
import { axisYears, toNumbers, zeroSeries } from './axis';
import { evaluateCarbonBudget } from './carbon-budget';
import { type CalcContext, createCalcContext } from './context';
import type { CalcCache } from './cache';
import { type CostSchedule, addCosts, costSchedule, emptyCostSchedule } from './costs';
import { type ActionFigures, type EffectSums, emptyFigures, emptySums, figuresFromSums, sumEffectYears } from './economics';
import { type BlockSums, BLOCK_SIZE, addBlockSums, clearBlockSums, emptyBlockSums } from './blocks';
import { fillOperatingEffect } from './effects';
import { scenarioEmissions } from './emissions';
import { financingSeries } from './financing';
import { financingSlots } from './financing-links';
import { maccBars } from './macc';
import type { ActionResult, CalcOptions, CalcResult } from './result';
import { type Membership, scenarioMembership } from './scenario';
import { type StartShifts, scenarioAction, startShifts } from './shift';
import { evaluateTargets } from './targets';
import { type ActionTiming, actionTiming, emptyTiming } from './timing';

/**
 * Calculates the plan under one scenario (DESIGN §5). Pure: the same plan and scenario always
 * give the same result, and a valid plan never makes it throw.
 * @throws CalcError when the plan has no scenario `scenarioId`.
 */
export function calculate(plan: Plan, scenarioId: string, options: CalcOptions = {}): CalcResult {
  const ctx = createCalcContext(plan, scenarioId, options.frame);
  const { axis, sectors } = ctx;
  options.cache?.begin(plan, ctx.scenario);
  const totals = sumActions(ctx, options.cache);
  const emissions = scenarioEmissions(sectors, totals.effectBySector, axis);
  const slots = financingSlots(plan.actions, plan.financing);
  const financing = financingSeries(plan.financingSources, plan.financing, slots, totals.included, totals.costs, axis);

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

interface ActionTotals extends BlockSums {
  /** 1 for each included action, by its slot in plan.actions: all that financing needs. */
  included: Uint8Array;
  actions: ActionResult[];
}

/**
 * One pass over the actions, block by block (blocks.ts): each action's figures, and the
 * included ones summed into their block, the blocks into the totals. A block that the cache
 * holds unchanged gives its results and sums at once. Within a block the work per action is
 * kept to its operating and implementation years, with one scratch timing, effect series, cost
 * schedule and figures reused for all, and each field of an action read once: plans may hold
 * tens of thousands of actions.
 */
function sumActions(ctx: CalcContext, cache: CalcCache | undefined): ActionTotals {
  const { axis, plan, sectors } = ctx;
  const actions = plan.actions;
  const included = new Uint8Array(actions.length);
  // Built field by field, not spread from emptyBlockSums: with the spread, V8 saw the totals and
  // block sums in changing shapes and read their fields by slow, generic lookups (measured).
  const { effectBySector, costs } = emptyBlockSums(sectors.ids.length, axis.length);
  const totals: ActionTotals = { effectBySector, costs, included, actions: new Array<ActionResult>(actions.length) };
  const work = blockWork(ctx, included);
  for (let from = 0, index = 0; from < actions.length; from += BLOCK_SIZE, index++) {
    const to = Math.min(actions.length, from + BLOCK_SIZE);
    if (!cache) {
      // Without a cache one set of sums serves every block in turn.
      clearBlockSums(work.sums);
      sumBlock(work, actions, from, to, work.sums, totals.actions, from, undefined);
      addBlockSums(totals, work.sums);
      continue;
    }
    let block = cache.block(index, actions, from, to);
    if (!block) {
      const sums = emptyBlockSums(sectors.ids.length, axis.length);
      const results = new Array<ActionResult>(to - from);
      sumBlock(work, actions, from, to, sums, results, 0, cache);
      block = { actions: actions.slice(from, to), results, sums };
      cache.keepBlock(index, block);
    }
    for (let k = from; k < to; k++) {
      const result = block.results[k - from];
      totals.actions[k] = result;
      if (result.included) included[k] = 1;
    }
    addBlockSums(totals, block.sums);
  }
  cache?.dropBlocksFrom(Math.ceil(actions.length / BLOCK_SIZE));
  const { capex, opex, savings, net } = totals.costs;
  for (let i = 0; i < axis.length; i++) net[i] = capex[i] + opex[i] - savings[i];
  return totals;
}

/** What summing a block needs, made once per calculation: the scratch objects reused by every action. */
interface BlockWork {
  ctx: CalcContext;
  isIncluded: Membership;
  /** The scenario's start-year moves (null: none, the common case). */
  shifts: StartShifts;
  /** Set to 1 for each included action, by slot. */
  included: Uint8Array;
  sums: BlockSums;
  timing: ActionTiming;
  effect: Float64Array;
  schedule: CostSchedule;
  effectSums: EffectSums;
  figures: ActionFigures;
}

function blockWork(ctx: CalcContext, included: Uint8Array): BlockWork {
  const years = ctx.axis.length;
  return {
    ctx,
    isIncluded: scenarioMembership(ctx.scenario),
    shifts: startShifts(ctx.scenario.startYears, ctx.plan.actions),
    included,
    sums: emptyBlockSums(ctx.sectors.ids.length, years),
    timing: emptyTiming(),
    effect: new Float64Array(years),
    schedule: emptyCostSchedule(years),
    effectSums: emptySums(),
    figures: emptyFigures(),
  };
}

/**
 * The results of the actions [from, to) into `results` from slot `at` on, the included ones
 * added into `sums`.
 */
function sumBlock(
  work: BlockWork,
  actions: readonly Action[],
  from: number,
  to: number,
  sums: BlockSums,
  results: ActionResult[],
  at: number,
  cache: CalcCache | undefined,
): void {
  const { ctx, timing, effect, schedule, effectSums, figures } = work;
  const { axis, sectors, discount } = ctx;
  const { delayYears, effectFactor, costFactor } = ctx.scenario;
  for (let k = from; k < to; k++) {
    // The cache keys on the plan's own action; a moved one is made anew for each calculation.
    const original = actions[k];
    const sector = sectors.indexById.get(original.sectorId);
    const seen = cache?.get(original);
    if (seen) {
      results[at + k - from] = seen.result;
      if (seen.result.included) {
        work.included[k] = 1;
        addIncluded(sums, seen.result.effect, seen.schedule, sector);
      }
      continue;
    }
    const action = scenarioAction(work.shifts, original);
    const id = action.id;
    const included = work.isIncluded(id, action.status);
    actionTiming(action, delayYears, timing);
    fillOperatingEffect(effect, action, timing, effectFactor, sector === undefined ? undefined : sectors.baselines[sector], axis);
    costSchedule(action, timing, costFactor, axis, schedule);
    // One pass over the operating years: the result's series, the sector's sum, the discounted sums.
    const series = zeroSeries(axis.length);
    const sectorSum = included && sector !== undefined ? sums.effectBySector[sector] : null;
    sumEffectYears(effect, discount, schedule.operatingFrom, schedule.operatingTo, effectSums, series, sectorSum);
    if (included) {
      work.included[k] = 1;
      addCosts(sums.costs, schedule);
    }
    const result = new ActionFiguresResult(id, included, series, figuresFromSums(ctx, action, schedule, effectSums, figures));
    results[at + k - from] = result;
    cache?.keep(original, result, schedule);
  }
}

/**
 * One action's result. A class rather than an object literal: V8 then makes every one of tens
 * of thousands of them from one fixed shape, which measured about a fifth faster per
 * calculation at 10 000 actions. Its fields are ActionResult's (merged in as an interface), made
 * by the constructor in the §6 order, so that it prints exactly as the §6 object.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface gives the class its fields' types; the constructor sets every one
interface ActionFiguresResult extends ActionResult {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class ActionFiguresResult {
  constructor(id: string, included: boolean, effect: number[], figures: ActionFigures) {
    this.id = id;
    this.included = included;
    this.effect = effect;
    this.npvSek = figures.npvSek;
    this.discountedTons = figures.discountedTons;
    this.levelizedCostSekPerTon = figures.levelizedCostSekPerTon;
    this.annualizedCostSekPerTon = figures.annualizedCostSekPerTon;
    this.societalNpvSek = figures.societalNpvSek;
  }
}

/** Adds a cached included action's effect and costs into its block's sums. */
function addIncluded(sums: BlockSums, effect: readonly number[], schedule: CostSchedule, sector: number | undefined): void {
  if (sector !== undefined) addRun(sums.effectBySector[sector], effect, schedule.operatingFrom, schedule.operatingTo);
  addCosts(sums.costs, schedule);
}

/** sum += series over the axis slots [from, to): where an action's effect is not 0. */
function addRun(sum: Float64Array, series: readonly number[], from: number, to: number): void {
  for (let i = from; i < to; i++) sum[i] += series[i];
}
