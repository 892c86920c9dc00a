// The dashboard's headline figures of one scenario, from the engine's result: the gap to each
// target (tonnes, and as a share of the scenario's emissions that year: how much of what is
// left must still go), the carbon budget, total capex and NPV of the portfolio, and the
// financing secured against what the included actions cost.
import type { CalcResult, CarbonBudgetResult, TargetResult } from '../../../shared/calc';
import type { Plan, Target } from '../../../shared/domain/types';

export interface TargetGap {
  target: Target;
  result: TargetResult;
  /** gap / scenario emissions in the target year; null when off the axis or nothing is emitted. */
  share: number | null;
}

export interface Headline {
  gaps: TargetGap[];
  budget: CarbonBudgetResult | null;
  capexSek: number;
  npvSek: number;
  securedSek: number;
  neededSek: number;
  /** The years' shortfalls summed (cost above secured financing). */
  missingSek: number;
  /** The years' surpluses summed: needed − secured = missing − surplus. */
  surplusSek: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function headline(plan: Plan, calc: CalcResult): Headline {
  const gaps = plan.targets
    .map((target) => {
      const result = calc.targets.find((r) => r.id === target.id);
      if (!result) return null;
      const share = result.gap !== null && result.scenario !== null && result.scenario > 0 ? result.gap / result.scenario : null;
      return { target, result, share };
    })
    .filter((g): g is TargetGap => g !== null)
    .sort((a, b) => a.target.year - b.target.year);
  return {
    gaps,
    budget: calc.carbonBudget,
    capexSek: sum(calc.costs.capex),
    npvSek: calc.actions.reduce((s, a) => (a.included ? s + a.npvSek : s), 0),
    securedSek: sum(calc.financing.secured),
    neededSek: sum(calc.financing.cost),
    missingSek: sum(calc.financing.gap.map((g) => Math.max(0, g))),
    surplusSek: sum(calc.financing.gap.map((g) => Math.max(0, -g))),
  };
}

/** The first target of a year, for the headline card of 2030 or 2040. */
export function gapInYear(gaps: readonly TargetGap[], year: number): TargetGap | undefined {
  return gaps.find((g) => g.target.year === year);
}
