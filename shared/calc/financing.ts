// Money coming in against money going out, per year (DESIGN §5, financing).
import type { FinancingEntry, FinancingSource, Plan } from '../domain/types';
import { type Axis, yearIndex } from './axis';
import { type CostSeries, emptyCostSeries } from './costs';
import { NO_ACTION, financingSlots } from './financing-links';
import type { ActionResult } from './result';

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
 * `actionSlots` gives each entry's action as a slot of the plan's actions (financingLinks.ts),
 * and `included` tells by slot whether the scenario takes the action in: an entry tied to an
 * action left out does not count. An entry's year is when the money comes, so
 * the scenario's delay leaves it where it is.
 */
export function financingSeries(
  sources: readonly FinancingSource[],
  entries: readonly FinancingEntry[],
  actionSlots: Int32Array,
  included: Uint8Array,
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
    const slot = actionSlots[k];
    if (i < 0 || (entry.actionId !== null && (slot === NO_ACTION || included[slot] !== 1))) continue;
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

/**
 * The money of some of the plan's entries (say, those of one status), counted as a finished
 * calculation counts it: `results` are that calculation's actions, in the plan's order.
 */
export function entriesFinancing(plan: Plan, entries: readonly FinancingEntry[], results: readonly ActionResult[], axis: Axis): FinancingSeries {
  const included = Uint8Array.from(results, (r) => (r.included ? 1 : 0));
  const slots = financingSlots(plan.actions, entries);
  return financingSeries(plan.financingSources, entries, slots, included, emptyCostSeries(axis.length), axis);
}
