// Who pays: capex, opex and savings per year of the scenario's included actions, by cost
// bearer. Built from the engine's own per-action series (actionSeries), so the parts add up to
// the engine's totals. Used by the charts, the council report and the roll-up of several plans.
import { COST_BEARERS, type CostBearer } from '../domain/ids';
import type { Plan } from '../domain/types';
import { actionSeries, emptyActionSeries } from './action-series';
import { createCalcContext } from './context';
import type { CalcResult } from './result';

export interface CostParts {
  capex: number[];
  opex: number[];
  savings: number[];
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const emptyParts = (n: number): CostParts => ({ capex: zeros(n), opex: zeros(n), savings: zeros(n) });

/** Capex, opex and savings per year of the included actions, by cost bearer (kronor). */
export function costsByBearer(plan: Plan, calc: CalcResult): Record<CostBearer, CostParts> {
  const n = calc.years.length;
  const out = Object.fromEntries(COST_BEARERS.map((b) => [b, emptyParts(n)])) as Record<CostBearer, CostParts>;
  const ctx = createCalcContext(plan, calc.scenarioId);
  const series = emptyActionSeries(n);
  plan.actions.forEach((action, k) => {
    if (!calc.actions[k]?.included) return;
    actionSeries(ctx, action, series);
    const parts = out[action.costBearer];
    for (let i = 0; i < n; i++) {
      parts.capex[i] += series.capex[i];
      parts.opex[i] += series.opex[i];
      parts.savings[i] += series.savings[i];
    }
  });
  return out;
}
