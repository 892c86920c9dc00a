// Each sector's baseline B_s over the plan's axis, straight from the engine's own sector table,
// for views that need it without a scenario (the Mål view's baseline chart) or beside one.
import { makeAxis } from '../../../shared/calc/axis';
import { sectorTable } from '../../../shared/calc/sectors';
import type { Plan } from '../../../shared/domain/types';

export interface Baselines {
  years: number[];
  /** B_s per sector, in the plan's sector order. */
  bySector: Float64Array[];
}

export function baselines(plan: Plan): Baselines {
  const axis = makeAxis(plan.plan.startYear, plan.plan.endYear);
  const table = sectorTable(plan, axis);
  const years = Array.from({ length: axis.length }, (_, i) => axis.startYear + i);
  return { years, bySector: [...table.baselines] };
}
