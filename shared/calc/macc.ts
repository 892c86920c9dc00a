// The marginal abatement cost curve (DESIGN §5 and §6): the included actions that have a price
// per tonne, cheapest first, each as wide as its effect in the chosen year.
import { type Axis, yearIndex } from './axis';
import type { ActionResult, MaccBar } from './result';

/**
 * A year off the axis has no modelled effect, so every bar there is 0 tonnes wide. Equal costs
 * keep the plan's order (the sort is stable), so the curve does not flicker between runs.
 */
export function maccBars(actions: readonly ActionResult[], year: number, axis: Axis): MaccBar[] {
  const i = yearIndex(axis, year);
  const bars: MaccBar[] = [];
  for (const action of actions) {
    if (!action.included || action.annualizedCostSekPerTon === null) continue;
    bars.push({ actionId: action.id, tons: i < 0 ? 0 : action.effect[i], costSekPerTon: action.annualizedCostSekPerTon });
  }
  return bars.sort((a, b) => a.costSekPerTon - b.costSekPerTon);
}
