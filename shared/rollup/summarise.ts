// One plan's figures for the roll-up (DESIGN §11), on its own axis: the engine's result for the
// scenario of the chosen id (default the plan's first), reduced to what the roll-up shows.
import { calculate } from '../calc';
import { costsByBearer } from '../calc/bearers';
import { COST_BEARERS, type CostBearer } from '../domain/ids';
import type { Plan } from '../domain/types';
import { populationOf } from '../reference/population';
import type { RollupPlan, RollupTarget, ScenarioRef } from './types';

/** A plan's figures before alignment: its series run over its own axis. */
export interface PlanFigures extends Omit<RollupPlan, 'counted' | 'duplicate' | 'emissions'> {
  emissions: { gross: number[]; net: number[]; baselineGross: number[]; baselineNet: number[] };
}

export interface PlanSource {
  file: string;
  plan: Plan;
  /** See RollupPlan.savedAt. */
  savedAt: string;
}

export type Summary = { ok: true; figures: PlanFigures } | { ok: false; reason: string };

const sum = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

/** The scenario the roll-up calculates, or why there is none. */
export function chooseScenario(plan: Plan, scenarioId: string | undefined): { ok: true; scenario: ScenarioRef } | { ok: false; reason: string } {
  const scenarios = plan.scenarios;
  if (scenarios.length === 0) return { ok: false, reason: 'Planen har inga scenarier att räkna med.' };
  if (scenarioId === undefined) return { ok: true, scenario: scenarios[0] };
  const found = scenarios.find((s) => s.id === scenarioId);
  if (found) return { ok: true, scenario: found };
  return { ok: false, reason: `Planen har inget scenario med id "${scenarioId}" (planens scenarier: ${scenarios.map((s) => s.id).join(', ')}).` };
}

export function summarisePlan({ file, plan, savedAt }: PlanSource, scenarioId?: string): Summary {
  const chosen = chooseScenario(plan, scenarioId);
  if (!chosen.ok) return chosen;
  const calc = calculate(plan, chosen.scenario.id);
  const byBearer = costsByBearer(plan, calc);
  const capexByCostBearer = Object.fromEntries(COST_BEARERS.map((b) => [b, sum(byBearer[b].capex)])) as Record<CostBearer, number>;
  const names = new Map(plan.targets.map((t) => [t.id, t.name]));
  const targets: RollupTarget[] = calc.targets.map((t) => ({ id: t.id, year: t.year, gap: t.gap, met: t.met, name: names.get(t.id) ?? t.id }));
  const { gross, net, baselineGross, baselineNet } = calc.emissions;
  const settings = plan.plan;
  return {
    ok: true,
    figures: {
      file,
      municipalityCode: settings.municipalityCode,
      municipality: settings.municipality,
      scenarioId: chosen.scenario.id,
      emissions: { gross, net, baselineGross, baselineNet },
      targets,
      capexSek: sum(calc.costs.capex),
      securedSek: sum(calc.financing.secured),
      financingGapSek: sum(calc.financing.gap.map((g) => Math.max(0, g))),
      population: populationOf(settings.municipalityCode),
      title: settings.title,
      scenarioName: chosen.scenario.name,
      savedAt,
      capexByCostBearer,
      startYear: settings.startYear,
      endYear: settings.endYear,
      scenarios: plan.scenarios.map((s) => ({ id: s.id, name: s.name })),
    },
  };
}
