// The carbon budget against the scenario (DESIGN §5, carbon budget).
import type { CarbonBudget } from '../domain/types';
import type { Axis } from './axis';
import type { CarbonBudgetResult } from './result';
import type { ScopeSeries } from './targets';

/**
 * Sums the scenario's scope total over the axis years from `fromYear` on; years before the
 * axis are not modelled and so do not count, and a budget starting after the axis has spent
 * nothing yet.
 */
export function evaluateCarbonBudget(budget: CarbonBudget | undefined, scenario: ScopeSeries, axis: Axis): CarbonBudgetResult | null {
  if (!budget) return null;
  const totals = scenario[budget.scope];
  let cumulative = 0;
  let exhaustedYear: number | null = null;
  for (let i = Math.max(0, budget.fromYear - axis.startYear); i < axis.length; i++) {
    cumulative += totals[i];
    if (exhaustedYear === null && cumulative > budget.tonsCo2e) exhaustedYear = axis.startYear + i;
  }
  return {
    tonsCo2e: budget.tonsCo2e,
    cumulative: cumulative + 0,
    remaining: budget.tonsCo2e - cumulative + 0,
    exhaustedYear,
  };
}
