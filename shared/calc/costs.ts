// An action's kronor per axis year under the scenario's cost factor C (DESIGN §5, costs).
//
// The costs are kept as a schedule — a run of capex years and a run of operating years, each
// with one value — rather than as full series: `calculate` sums and discounts the runs of tens
// of thousands of actions without writing four series per action. Only an action whose cost
// overrides land on the axis gets its series written out, once, when the schedule is made;
// everything downstream (`fillCosts`, `addCosts`, `discountedNetCost`) reads either the runs
// or those series, so each rule lives in one place.
import type { Action, CostOverride } from '../domain/types';
import { type Axis, yearIndex } from './axis';
import { type ActionTiming, firstOperatingIndex, lastOperatingIndex } from './timing';

export interface CostSeries {
  readonly capex: Float64Array;
  readonly opex: Float64Array;
  readonly savings: Float64Array;
  /** capex + opex − savings. */
  readonly net: Float64Array;
}

export function emptyCostSeries(years: number): CostSeries {
  return {
    capex: new Float64Array(years),
    opex: new Float64Array(years),
    savings: new Float64Array(years),
    net: new Float64Array(years),
  };
}

/** An action's costs on the axis, C already applied. */
export interface CostSchedule {
  /** Axis slots [capexFrom, capexTo) carry capexPerYear (none when from ≥ to). */
  capexFrom: number;
  capexTo: number;
  capexPerYear: number;
  /** C × the action's nominal capex, whatever the overrides say. */
  capexTotal: number;
  /** Axis slots [operatingFrom, operatingTo) carry opexPerYear and savingsPerYear. */
  operatingFrom: number;
  operatingTo: number;
  opexPerYear: number;
  savingsPerYear: number;
  /** Cost overrides land on the axis: `series` then holds the costs, the runs do not. */
  overridden: boolean;
  /** The costs year by year; written only when `overridden`. */
  readonly series: CostSeries;
}

export function emptyCostSchedule(years: number): CostSchedule {
  return {
    capexFrom: 0,
    capexTo: 0,
    capexPerYear: 0,
    capexTotal: 0,
    operatingFrom: 0,
    operatingTo: 0,
    opexPerYear: 0,
    savingsPerYear: 0,
    overridden: false,
    series: emptyCostSeries(years),
  };
}

/**
 * capex spread evenly over the implementation years, opex and savings in the operating years,
 * C on capex and opex, never on savings; then the cost overrides, their years shifted by the
 * delay. Writes into `out` when given, so that a loop over many actions can reuse one schedule.
 */
export function costSchedule(action: Action, timing: ActionTiming, costFactor: number, axis: Axis, out = emptyCostSchedule(axis.length)): CostSchedule {
  const capexSek = action.capexSek;
  const capexFrom = timing.start - axis.startYear;
  out.capexFrom = Math.max(0, capexFrom);
  out.capexTo = Math.min(axis.length, capexFrom + timing.impl);
  out.capexPerYear = costFactor * (capexSek / timing.impl);
  out.capexTotal = costFactor * capexSek;
  out.operatingFrom = firstOperatingIndex(timing, axis);
  out.operatingTo = lastOperatingIndex(timing, axis) + 1;
  out.opexPerYear = costFactor * action.opexSekPerYear;
  out.savingsPerYear = action.savingsSekPerYear;
  out.overridden = false;
  const overrides = action.costOverrides;
  for (let k = 0; k < overrides.length; k++) {
    const slot = yearIndex(axis, overrides[k].year + timing.delay);
    if (slot < 0) continue;
    if (!out.overridden) writeRuns(out.series, out, axis);
    out.overridden = true;
    applyOverride(out.series, overrides[k], slot, costFactor);
  }
  return out;
}

/**
 * The runs as full series, in one pass over the axis: plain loops rather than fill(), whose
 * calls cost more than the few slots they write when tens of thousands of actions each do this.
 */
function writeRuns(out: CostSeries, schedule: CostSchedule, axis: Axis): void {
  const { capex, opex, savings, net } = out;
  const { capexFrom, capexTo, capexPerYear, operatingFrom, operatingTo, opexPerYear, savingsPerYear } = schedule;
  for (let i = 0; i < axis.length; i++) {
    const c = i >= capexFrom && i < capexTo ? capexPerYear : 0;
    const operating = i >= operatingFrom && i < operatingTo;
    const o = operating ? opexPerYear : 0;
    const s = operating ? savingsPerYear : 0;
    capex[i] = c;
    opex[i] = o;
    savings[i] = s;
    net[i] = c + o - s;
  }
}

/**
 * Replaces the components the override names in its slot. The replacement is the value before
 * C, so an overridden capex or opex is scaled by C like a computed one.
 */
function applyOverride(series: CostSeries, override: CostOverride, slot: number, costFactor: number): void {
  if (typeof override.capexSek === 'number') series.capex[slot] = costFactor * override.capexSek;
  if (typeof override.opexSek === 'number') series.opex[slot] = costFactor * override.opexSek;
  if (typeof override.savingsSek === 'number') series.savings[slot] = override.savingsSek;
  series.net[slot] = series.capex[slot] + series.opex[slot] - series.savings[slot];
}

/** Writes the schedule out as full series over the axis. */
export function fillCosts(out: CostSeries, schedule: CostSchedule, axis: Axis): void {
  if (!schedule.overridden) {
    writeRuns(out, schedule, axis);
    return;
  }
  out.capex.set(schedule.series.capex);
  out.opex.set(schedule.series.opex);
  out.savings.set(schedule.series.savings);
  out.net.set(schedule.series.net);
}

/**
 * Adds the schedule into running totals (capex, opex and savings; net is left to the caller),
 * touching only the slots that carry money.
 */
export function addCosts(totals: CostSeries, schedule: CostSchedule): void {
  const { capex, opex, savings } = totals;
  if (schedule.overridden) {
    const series = schedule.series;
    for (let i = 0; i < capex.length; i++) {
      capex[i] += series.capex[i];
      opex[i] += series.opex[i];
      savings[i] += series.savings[i];
    }
    return;
  }
  const { capexPerYear, opexPerYear, savingsPerYear } = schedule;
  for (let i = schedule.capexFrom; i < schedule.capexTo; i++) capex[i] += capexPerYear;
  for (let i = schedule.operatingFrom; i < schedule.operatingTo; i++) {
    opex[i] += opexPerYear;
    savings[i] += savingsPerYear;
  }
}

/** Σ DF over the axis slots [from, to). */
export function discountSum(discount: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += discount[i];
  return sum;
}

/**
 * npvSek = Σ net(y)·DF(y): for runs, each run's value times its summed discount factors. A
 * caller that has already summed DF over the operating years passes that sum in.
 */
export function discountedNetCost(
  schedule: CostSchedule,
  discount: Float64Array,
  operatingDiscount = discountSum(discount, schedule.operatingFrom, schedule.operatingTo),
): number {
  if (schedule.overridden) {
    const net = schedule.series.net;
    let npv = 0;
    for (let i = 0; i < net.length; i++) npv += net[i] * discount[i];
    return npv;
  }
  const capexDiscount = discountSum(discount, schedule.capexFrom, schedule.capexTo);
  return schedule.capexPerYear * capexDiscount + (schedule.opexPerYear - schedule.savingsPerYear) * operatingDiscount;
}
