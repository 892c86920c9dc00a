// The plan's sectors as parallel arrays, indexed once per calculation, so that the per-action
// and per-year loops work with small integers instead of id lookups.
import { DEFAULT_SECTOR_IDS, type TargetScope } from '../domain/ids';
import { knownId } from '../domain/normalize';
import type { Plan } from '../domain/types';
import type { Axis } from './axis';
import { type BaselineCurve, baselineAt, baselineCurve, baselineSeries } from './baseline';

export interface SectorTable {
  readonly ids: readonly string[];
  readonly isSink: readonly boolean[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly curves: readonly BaselineCurve[];
  /** B_s over the axis, one series per sector. */
  readonly baselines: readonly Float64Array[];
}

export function sectorTable(plan: Plan, axis: Axis): SectorTable {
  const baselineBySector = new Map(plan.baseline.map((b) => [b.sectorId, b]));
  // The program's copies of the default ids, as normalizeAction gives the actions: looking an
  // action's sector up then compares pointers.
  const ids = plan.sectors.map((s) => knownId(DEFAULT_SECTOR_IDS, s.id));
  const curves = ids.map((id) => baselineCurve(baselineBySector.get(id)));
  return {
    ids,
    isSink: plan.sectors.map((s) => s.isSink),
    indexById: new Map(ids.map((id, i) => [id, i])),
    curves,
    baselines: curves.map((curve) => baselineSeries(curve, axis)),
  };
}

/** B_s over the axis for a sector id, or undefined for a sector the plan does not have. */
export function sectorBaseline(sectors: SectorTable, sectorId: string): Float64Array | undefined {
  const index = sectors.indexById.get(sectorId);
  return index === undefined ? undefined : sectors.baselines[index];
}

/** Whether a sector counts in a scope total: `gross` leaves the sinks out, `net` takes all. */
function inScope(isSink: boolean, scope: TargetScope): boolean {
  return scope === 'net' || !isSink;
}

/** Σ B_s(year) over the sectors of the scope, for any year (a target's reference year). */
export function baselineScopeTotal(sectors: SectorTable, scope: TargetScope, year: number): number {
  let total = 0;
  for (let s = 0; s < sectors.ids.length; s++) {
    if (inScope(sectors.isSink[s], scope)) total += baselineAt(sectors.curves[s], year);
  }
  return total;
}
