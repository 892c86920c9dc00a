// Sums over the scenario's included actions that the engine's result does not carry as such:
// costs per cost bearer (shared/calc/bearers.ts, which the roll-up uses too), monetised
// co-benefits per year, effect and capex per commitment. Built from the engine's own per-action
// series (shared/calc actionSeries), so they add up to the engine's totals. One pass over the
// actions each.
import { actionSeries, createCalcContext, emptyActionSeries, type CalcResult } from '../../../shared/calc';
import type { CostParts } from '../../../shared/calc/bearers';
import { isOperating, actionTiming } from '../../../shared/calc/timing';
import { scenarioStartAction } from '../../../shared/calc/shift';
import { COMMITMENT_IDS, COST_BEARERS, type CommitmentId, type CostBearer } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/types';

export { costsByBearer, type CostParts } from '../../../shared/calc/bearers';

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export interface BearerTotals {
  bearer: CostBearer;
  capex: number;
  opex: number;
  savings: number;
}

/** The period totals per cost bearer: who pays, over the whole axis. */
export function bearerTotals(byBearer: Record<CostBearer, CostParts>): BearerTotals[] {
  return COST_BEARERS.map((bearer) => ({
    bearer,
    capex: total(byBearer[bearer].capex),
    opex: total(byBearer[bearer].opex),
    savings: total(byBearer[bearer].savings),
  }));
}

/**
 * Monetised co-benefits per year (kronor): each included action's value per year in its
 * operating years under the scenario's start years and delay, the years the engine credits it in societal NPV.
 */
export function coBenefitsPerYear(plan: Plan, calc: CalcResult): number[] {
  const years = calc.years;
  const out = zeros(years.length);
  const scenario = plan.scenarios.find((s) => s.id === calc.scenarioId);
  const delay = scenario?.delayYears ?? 0;
  plan.actions.forEach((action, k) => {
    if (!calc.actions[k]?.included || !(action.coBenefitSekPerYear > 0)) return;
    const timing = actionTiming(scenarioStartAction(scenario?.startYears, action), delay);
    for (let i = 0; i < years.length; i++) if (isOperating(timing, years[i])) out[i] += action.coBenefitSekPerYear;
  });
  return out;
}

export interface CommitmentTotals {
  id: CommitmentId;
  /** Linked actions, included or not. */
  linked: number;
  /** Σ effect in the chosen year of the linked included actions (t CO2e). */
  effect: number;
  /** Σ capex over the axis of the linked included actions (kronor, scenario's cost factor). */
  capex: number;
}

/** Effect in `year` and capex per commitment; an action serving two commitments counts in both. */
export function commitmentTotals(plan: Plan, figures: ReadonlyMap<string, ActionFigures>): CommitmentTotals[] {
  const rows = new Map<CommitmentId, CommitmentTotals>(COMMITMENT_IDS.map((id) => [id, { id, linked: 0, effect: 0, capex: 0 }]));
  for (const action of plan.actions) {
    const f = figures.get(action.id);
    if (!f) continue;
    for (const id of new Set(action.commitments)) {
      const row = rows.get(id);
      if (!row) continue;
      row.linked += 1;
      if (!f.included) continue;
      row.effect += f.effect;
      row.capex += f.capex;
    }
  }
  return [...rows.values()];
}

export interface ActionFigures {
  included: boolean;
  /** Effect in the chosen year (t CO2e). */
  effect: number;
  /** Σ capex over the axis (kronor), as if included. */
  capex: number;
}

/** Effect in `year` and capex of every action linked to some commitment, by action id. */
export function linkedActionFigures(plan: Plan, calc: CalcResult, year: number): Map<string, ActionFigures> {
  const index = calc.years.indexOf(year);
  const ctx = createCalcContext(plan, calc.scenarioId);
  const series = emptyActionSeries(calc.years.length);
  const out = new Map<string, ActionFigures>();
  plan.actions.forEach((action, k) => {
    if (action.commitments.length === 0) return;
    const result = calc.actions[k];
    actionSeries(ctx, action, series);
    out.set(action.id, { included: !!result?.included, effect: index < 0 || !result ? 0 : result.effect[index], capex: total(Array.from(series.capex)) });
  });
  return out;
}
