// What the roll-up's tables show of each plan, computed once for the Region view and the
// workbook: emissions in the plan's first year, 2030 and 2040, and how many of its own targets
// the scenario meets.
import { valueIn } from './per-inhabitant';
import type { RollupPlan, RollupResult } from './types';

/** The years the council asks about (DESIGN §11): the plan's first year, 2030, 2040. */
export const MILESTONE_YEARS = [2030, 2040] as const;

export interface Milestone {
  year: number;
  /** Scenario, gross (t CO2e); null when the year lies off the plan's axis. */
  gross: number | null;
  baselineGross: number | null;
  /** Scenario, gross, per inhabitant (t CO2e per person); null without a population. */
  perInhabitant: number | null;
}

export function planMilestones(result: Pick<RollupResult, 'years'>, plan: RollupPlan): Milestone[] {
  return [plan.startYear, ...MILESTONE_YEARS].map((year) => {
    const gross = valueIn(result.years, plan.emissions.gross, year);
    return {
      year,
      gross,
      baselineGross: valueIn(result.years, plan.emissions.baselineGross, year),
      perInhabitant: gross !== null && plan.population ? gross / plan.population : null,
    };
  });
}

export interface TargetsMet {
  /** Targets whose year lies on the plan's axis (the others cannot be judged). */
  judged: number;
  met: number;
  total: number;
  /** The largest gap among the targets not met (t CO2e), or null when none is missed. */
  largestGap: number | null;
}

export function targetsMet(plan: RollupPlan): TargetsMet {
  let judged = 0;
  let met = 0;
  let largestGap: number | null = null;
  for (const t of plan.targets) {
    if (t.met === null || t.gap === null) continue;
    judged += 1;
    if (t.met) met += 1;
    else largestGap = Math.max(largestGap ?? -Infinity, t.gap);
  }
  return { judged, met, total: plan.targets.length, largestGap };
}
