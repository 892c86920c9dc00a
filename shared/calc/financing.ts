// Money coming in against money going out, per year (DESIGN §5, financing).
import type { FinancingEntry, FinancingSource } from '../domain/types';
import { type Axis, yearIndex } from './axis';
import type { CostSeries } from './costs';

export interface FinancingSeries {
  readonly secured: Float64Array;
  readonly applied: Float64Array;
  readonly potential: Float64Array;
  /** capex + opex of the included actions. */
  readonly cost: Float64Array;
  /** cost − secured; negative is a surplus. */
  readonly gap: Float64Array;
  /** One series per financing source of the plan, in its order, all statuses together. */
  readonly bySource: ReadonlyMap<string, Float64Array>;
}

/**
 * `includedActions` tells, for each action an entry names, whether the scenario takes it in: an
 * entry tied to an action left out does not count. An entry's year is when the money comes, so
 * the scenario's delay leaves it where it is.
 */
export function financingSeries(
  sources: readonly FinancingSource[],
  entries: readonly FinancingEntry[],
  includedActions: ReadonlyMap<string, boolean>,
  includedCosts: CostSeries,
  axis: Axis,
): FinancingSeries {
  const n = axis.length;
  const secured = new Float64Array(n);
  const applied = new Float64Array(n);
  const potential = new Float64Array(n);
  const bySource = new Map(sources.map((source) => [source.id, new Float64Array(n)]));
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k];
    const i = yearIndex(axis, entry.year);
    if (i < 0 || (entry.actionId !== null && includedActions.get(entry.actionId) !== true)) continue;
    const amount = entry.amountSek;
    if (entry.status === 'secured') secured[i] += amount;
    else if (entry.status === 'applied') applied[i] += amount;
    else if (entry.status === 'potential') potential[i] += amount;
    const sourceSeries = bySource.get(entry.sourceId);
    if (sourceSeries) sourceSeries[i] += amount;
  }
  const cost = new Float64Array(n);
  const gap = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cost[i] = includedCosts.capex[i] + includedCosts.opex[i];
    gap[i] = cost[i] - secured[i];
  }
  return { secured, applied, potential, cost, gap, bySource };
}
