// What the Optimera… form holds, its defaults for a plan, and the request it makes (DESIGN §10).
import { COST_BEARERS, type CostBearer } from '../../../../shared/domain/ids';
import type { Plan } from '../../../../shared/domain/types';
import { parseMoneySek } from '../../../../shared/format/parse';
import type { Locale } from '../../../../shared/format/number';
import { defaultCandidates, targetsOnAxis, type OptimiseObjective, type OptimiseRequest } from '../../../../shared/optimise';

export interface OptimiseForm {
  scenarioId: string;
  candidates: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  objective: OptimiseObjective;
  budgetOn: boolean;
  bearers: ReadonlySet<CostBearer>;
  fromYear: string;
  toYear: string;
  /** The ceiling as typed, in the plan's money unit. */
  maxText: string;
  carbonBudget: boolean;
}

/** Every candidate of the base, every target on the axis, no budget: §10's defaults. */
export function defaultForm(plan: Plan, scenarioId: string): OptimiseForm {
  const base = plan.scenarios.find((s) => s.id === scenarioId) ?? plan.scenarios[0];
  const { startYear, endYear } = plan.plan;
  return {
    scenarioId: base.id,
    candidates: new Set(defaultCandidates(plan, base).map((a) => a.id)),
    targets: new Set(targetsOnAxis(plan).map((t) => t.id)),
    objective: 'npv',
    budgetOn: false,
    bearers: new Set<CostBearer>(['municipality']),
    fromYear: String(Math.max(startYear, Math.min(endYear, 2025))),
    toYear: String(Math.max(startYear, Math.min(endYear, 2030))),
    maxText: '',
    carbonBudget: false,
  };
}

/** The base changed: its candidates are the default again, the rest stays. */
export function withBase(form: OptimiseForm, plan: Plan, scenarioId: string): OptimiseForm {
  return { ...form, scenarioId, candidates: defaultForm(plan, scenarioId).candidates };
}

export type FormProblem = { key: 'optimise.badBudget' | 'optimise.badYears' | 'optimise.noBearer'; values?: Record<string, string | number> };

/** The request, or what is wrong with the form (the rest is checked where it is solved). */
export function requestOf(form: OptimiseForm, plan: Plan, locale: Locale): OptimiseRequest | FormProblem {
  const request: OptimiseRequest = {
    scenarioId: form.scenarioId,
    candidates: plan.actions.filter((a) => form.candidates.has(a.id)).map((a) => a.id),
    targets: plan.targets.filter((t) => form.targets.has(t.id)).map((t) => t.id),
    objective: form.objective,
    carbonBudget: form.carbonBudget && plan.carbonBudget !== undefined,
  };
  if (!form.budgetOn) return request;
  const { startYear, endYear, moneyUnit } = plan.plan;
  const costBearers = COST_BEARERS.filter((b) => form.bearers.has(b));
  if (costBearers.length === 0) return { key: 'optimise.noBearer' };
  const fromYear = Number(form.fromYear);
  const toYear = Number(form.toYear);
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear < startYear || toYear > endYear || fromYear > toYear) {
    return { key: 'optimise.badYears', values: { from: startYear, to: endYear } };
  }
  const maxSek = parseMoneySek(form.maxText, moneyUnit, locale);
  if (maxSek === null || maxSek < 0) return { key: 'optimise.badBudget', values: { unit: moneyUnit } };
  return { ...request, budget: { costBearers, fromYear, toYear, maxSek: Math.round(maxSek) } };
}

export function isProblem(r: OptimiseRequest | FormProblem): r is FormProblem {
  return 'key' in r;
}
