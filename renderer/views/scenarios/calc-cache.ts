// The engine for several scenarios at once (Scenarier compares up to four; the sensitivity strip
// runs 28 variants): each scenario's result is kept until something it depends on changes. The
// plan store replaces only the parts an edit touched, so a changed scenario recomputes alone
// and the others are reused.
import { useMemo } from 'react';
import { CalcCache, calculate, type CalcResult } from '../../../shared/calc';
import type { Plan, Scenario } from '../../../shared/domain/types';

type Parts = readonly unknown[];

/** Everything of the plan besides the scenarios that a result depends on. */
function partsOf(plan: Plan): Parts {
  return [plan.plan, plan.sectors, plan.baseline, plan.targets, plan.carbonBudget, plan.financingSources, plan.actions, plan.financing];
}

const same = (a: Parts, b: Parts): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

interface Entry {
  parts: Parts;
  maccYear: number | undefined;
  result: CalcResult;
}

const cache = new WeakMap<Scenario, Entry>();
/** Per scenario, the figures of single actions: after an action edit only that action is computed. */
const actionCaches = new WeakMap<Scenario, CalcCache>();

function actionCache(scenario: Scenario): CalcCache {
  let c = actionCaches.get(scenario);
  if (!c) actionCaches.set(scenario, (c = new CalcCache()));
  return c;
}

/** The result for one scenario of the plan, from the cache when nothing it depends on changed. */
export function cachedCalc(plan: Plan, scenarioId: string, maccYear?: number): CalcResult | null {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  const parts = partsOf(plan);
  const hit = cache.get(scenario);
  if (hit && hit.maccYear === maccYear && same(hit.parts, parts)) return hit.result;
  const actions = actionCache(scenario);
  const result = calculate(plan, scenarioId, maccYear === undefined ? { cache: actions } : { maccYear, cache: actions });
  cache.set(scenario, { parts, maccYear, result });
  return result;
}

/** The plan with one scenario replaced by a variant (for sensitivity runs). */
export function withScenario(plan: Plan, variant: Scenario): Plan {
  return { ...plan, scenarios: [variant] };
}

export function useScenarioCalc(plan: Plan | null, scenarioId: string | null, maccYear?: number): CalcResult | null {
  return useMemo(() => (plan && scenarioId ? cachedCalc(plan, scenarioId, maccYear) : null), [plan, scenarioId, maccYear]);
}

/** A year on the plan's axis for "the year" choices (MACC, commitments): 2030 when it is on it. */
export function defaultYear(plan: Plan): number {
  const { startYear, endYear } = plan.plan;
  return Math.min(endYear, Math.max(startYear, 2030));
}
