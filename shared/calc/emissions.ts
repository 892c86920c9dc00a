// Scenario and baseline emissions per sector and scope (DESIGN §5, scenario emissions).
import type { OverallocatedSectorYear } from './result';
import { type Axis, addInto } from './axis';
import type { SectorTable } from './sectors';

/**
 * How far the summed effects may pass the baseline before a sector-year is flagged. Share
 * effects that add up to exactly 100 % can overshoot by a rounding error; that is not what a
 * planner means by over-allocation.
 */
export const OVERALLOCATION_TOLERANCE = 1e-9;

export interface EmissionSeries {
  /** S_s per sector, in the order of the sector table. */
  readonly bySector: readonly Float64Array[];
  readonly gross: Float64Array;
  readonly net: Float64Array;
  readonly baselineGross: Float64Array;
  readonly baselineNet: Float64Array;
  readonly overallocated: OverallocatedSectorYear[];
}

/** Summed effect of more than the baseline, beyond rounding. */
export function isOverallocated(effectSum: number, baseline: number): boolean {
  return effectSum - baseline > OVERALLOCATION_TOLERANCE * Math.max(1, Math.abs(baseline));
}

/**
 * Takes Σ e_a(y) of the included actions per sector (`effectSums`, in sector-table order) and
 * returns S_s(y): floored at 0 for ordinary sectors, unfloored for sinks, whose values are
 * removals (negative) and whose actions remove more.
 */
export function scenarioEmissions(sectors: SectorTable, effectSums: readonly Float64Array[], axis: Axis): EmissionSeries {
  const n = axis.length;
  const result = {
    bySector: [] as Float64Array[],
    gross: new Float64Array(n),
    net: new Float64Array(n),
    baselineGross: new Float64Array(n),
    baselineNet: new Float64Array(n),
    overallocated: [] as OverallocatedSectorYear[],
  };
  // The sinks are summed apart and added last, so that net = gross + sinks exactly as written.
  const sinks = new Float64Array(n);
  const baselineSinks = new Float64Array(n);
  for (let s = 0; s < sectors.ids.length; s++) {
    const baseline = sectors.baselines[s];
    if (sectors.isSink[s]) {
      const series = sinkEmissions(baseline, effectSums[s]);
      result.bySector.push(series);
      addInto(sinks, series);
      addInto(baselineSinks, baseline);
    } else {
      const series = sectorEmissions(baseline, effectSums[s], sectors.ids[s], axis, result.overallocated);
      result.bySector.push(series);
      addInto(result.gross, series);
      addInto(result.baselineGross, baseline);
    }
  }
  for (let i = 0; i < n; i++) {
    result.net[i] = result.gross[i] + sinks[i];
    result.baselineNet[i] = result.baselineGross[i] + baselineSinks[i];
  }
  return result;
}

function sectorEmissions(
  baseline: Float64Array,
  effectSum: Float64Array,
  sectorId: string,
  axis: Axis,
  overallocated: OverallocatedSectorYear[],
): Float64Array {
  const out = new Float64Array(axis.length);
  for (let i = 0; i < axis.length; i++) {
    out[i] = Math.max(0, baseline[i] - effectSum[i]);
    if (isOverallocated(effectSum[i], baseline[i])) overallocated.push({ sectorId, year: axis.startYear + i });
  }
  return out;
}

function sinkEmissions(baseline: Float64Array, effectSum: Float64Array): Float64Array {
  const out = new Float64Array(baseline.length);
  for (let i = 0; i < baseline.length; i++) out[i] = baseline[i] - effectSum[i];
  return out;
}
