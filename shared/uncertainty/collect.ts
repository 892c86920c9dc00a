// What the simulation keeps of each draw's calculation, and the §9 answer made from it: the
// scope totals per year, the targets' gaps, the budget's year, the investment and NPV totals, and
// each included action's effect in the drivers' year (as a running mean and variance).
import type { CalcResult } from '../calc';
import type { Target } from '../domain/types';
import { addToMean, percentileOfSorted, percentileRank, sortedCopy } from './percentiles';
import type { CarbonBudgetOdds, Driver, SeriesBand, TargetOdds, TotalBand, UncertaintyResult } from './result';

export interface RecorderShape {
  draws: number;
  years: number[];
  targets: readonly Target[];
  hasCarbonBudget: boolean;
  /** The ids of the actions the scenario includes, in plan order. */
  actionIds: readonly string[];
  /** Axis slot of the drivers' year. */
  driverIndex: number;
}

const NEVER = Number.POSITIVE_INFINITY;

export class DrawRecorder {
  private count = 0;
  /** Year-major: the draws of year i at [i·N, (i+1)·N). */
  private readonly gross: Float64Array;
  private readonly net: Float64Array;
  private readonly grossMean: Float64Array;
  private readonly netMean: Float64Array;
  /** Target-major, like gross; only targets on the axis are written. */
  private readonly gaps: Float64Array;
  private readonly npv: Float64Array;
  private readonly capex: Float64Array;
  private npvMean = 0;
  private capexMean = 0;
  /** The year the budget ran out in each draw, or NEVER. */
  private readonly exhausted: Float64Array;
  /** Per member: running mean and sum of squared deviations of its effect (Welford). */
  private readonly effectMean: Float64Array;
  private readonly effectSquares: Float64Array;

  constructor(private readonly shape: RecorderShape) {
    const n = shape.draws;
    const years = shape.years.length;
    this.gross = new Float64Array(n * years);
    this.net = new Float64Array(n * years);
    this.grossMean = new Float64Array(years);
    this.netMean = new Float64Array(years);
    this.gaps = new Float64Array(n * shape.targets.length);
    this.npv = new Float64Array(n);
    this.capex = new Float64Array(n);
    this.exhausted = new Float64Array(n);
    this.effectMean = new Float64Array(shape.actionIds.length);
    this.effectSquares = new Float64Array(shape.actionIds.length);
  }

  get recorded(): number {
    return this.count;
  }

  /**
   * Keeps draw number `this.recorded` from its calculation; `slots` gives each included
   * action's slot in the draw's actions, or -1 when it did not happen.
   */
  record(result: CalcResult, slots: Int32Array): void {
    const k = this.count++;
    const n = this.shape.draws;
    const seen = this.count;
    const { gross, net } = result.emissions;
    for (let i = 0; i < gross.length; i++) {
      this.gross[i * n + k] = gross[i];
      this.net[i * n + k] = net[i];
      this.grossMean[i] = addToMean(this.grossMean[i], gross[i], seen);
      this.netMean[i] = addToMean(this.netMean[i], net[i], seen);
    }
    for (let t = 0; t < result.targets.length; t++) this.gaps[t * n + k] = result.targets[t].gap ?? 0;
    this.exhausted[k] = result.carbonBudget?.exhaustedYear ?? NEVER;
    let capex = 0;
    for (const c of result.costs.capex) capex += c;
    this.capex[k] = capex;
    this.capexMean = addToMean(this.capexMean, capex, seen);
    this.recordActions(result, slots, k, seen);
  }

  /** NPV total and drivers from the included actions, in plan order. */
  private recordActions(result: CalcResult, slots: Int32Array, k: number, seen: number): void {
    const { driverIndex } = this.shape;
    const actions = result.actions;
    let npv = 0;
    for (let m = 0; m < slots.length; m++) {
      // An action that does not happen in this draw has no effect and no cost.
      const a = slots[m] < 0 ? null : actions[slots[m]];
      if (a) npv += a.npvSek;
      const effect = a ? a.effect[driverIndex] : 0;
      const delta = effect - this.effectMean[m];
      this.effectMean[m] += delta / seen;
      this.effectSquares[m] += delta * (effect - this.effectMean[m]);
    }
    this.npv[k] = npv;
    this.npvMean = addToMean(this.npvMean, npv, seen);
  }

  /** The §9 answer; every draw must have been recorded. */
  result(scenarioId: string, seed: number, driverYear: number): UncertaintyResult {
    const { draws, years } = this.shape;
    if (this.count !== draws) throw new Error(`${this.count} of ${draws} draws recorded`);
    return {
      scenarioId,
      draws,
      seed,
      years: years.slice(),
      gross: this.band(this.gross, this.grossMean),
      net: this.band(this.net, this.netMean),
      targets: this.targetOdds(),
      npvSek: totalBand(this.npv, this.npvMean),
      capexSek: totalBand(this.capex, this.capexMean),
      carbonBudget: this.shape.hasCarbonBudget ? this.budgetOdds() : null,
      drivers: { year: driverYear, actions: this.drivers() },
    };
  }

  private band(values: Float64Array, mean: Float64Array): SeriesBand {
    const n = this.shape.draws;
    const out: SeriesBand = { p5: [], p10: [], p50: [], p90: [], p95: [], mean: [] };
    for (let i = 0; i < mean.length; i++) {
      const sorted = sortedCopy(values.subarray(i * n, (i + 1) * n));
      out.p5.push(percentileOfSorted(sorted, 5) + 0);
      out.p10.push(percentileOfSorted(sorted, 10) + 0);
      out.p50.push(percentileOfSorted(sorted, 50) + 0);
      out.p90.push(percentileOfSorted(sorted, 90) + 0);
      out.p95.push(percentileOfSorted(sorted, 95) + 0);
      out.mean.push(mean[i] + 0);
    }
    return out;
  }

  private targetOdds(): TargetOdds[] {
    const { draws: n, targets, years } = this.shape;
    return targets.map((target, t) => {
      if (target.year < years[0] || target.year > years[years.length - 1]) {
        return { id: target.id, year: target.year, probabilityMet: null, gap: null };
      }
      const gaps = this.gaps.subarray(t * n, (t + 1) * n);
      let met = 0;
      for (let k = 0; k < n; k++) if (gaps[k] <= 0) met++;
      const sorted = sortedCopy(gaps);
      const gap = { p10: percentileOfSorted(sorted, 10) + 0, p50: percentileOfSorted(sorted, 50) + 0, p90: percentileOfSorted(sorted, 90) + 0 };
      return { id: target.id, year: target.year, probabilityMet: met / n, gap };
    });
  }

  private budgetOdds(): CarbonBudgetOdds {
    const n = this.shape.draws;
    const sorted = sortedCopy(this.exhausted);
    let count = 0;
    for (let k = 0; k < n; k++) if (sorted[k] !== NEVER) count++;
    // Draws that never run it out sort last: a rank past the last draw that does gives null.
    const at = (percent: number) => (percentileRank(percent, n) <= count ? percentileOfSorted(sorted, percent) : null);
    return { probabilityExhausted: count / n, exhaustedYear: { p10: at(10), p50: at(50), p90: at(90) } };
  }

  private drivers(): Driver[] {
    const { draws: n, actionIds } = this.shape;
    const variances = Array.from(this.effectSquares, (squares) => (n > 1 ? squares / (n - 1) : 0));
    let total = 0;
    for (const v of variances) total += v;
    const drivers = variances.map((variance, m) => ({
      actionId: actionIds[m],
      variance: variance + 0,
      share: total > 0 ? variance / total : 0,
    }));
    // Array.prototype.sort is stable: equal variances keep the plan's order.
    return drivers.sort((a, b) => b.variance - a.variance);
  }
}

function totalBand(values: Float64Array, mean: number): TotalBand {
  const sorted = sortedCopy(values);
  return {
    p10: percentileOfSorted(sorted, 10) + 0,
    p50: percentileOfSorted(sorted, 50) + 0,
    p90: percentileOfSorted(sorted, 90) + 0,
    mean: mean + 0,
  };
}
