// Which reference a follow-up is against (DESIGN §8): a version (its plan and adopted scenario,
// or another scenario of it), or the current plan and a scenario (default: decided, else the first).
import type { Plan, Version } from '../domain/types';
import type { FollowUpReference } from './types';

export type ReferenceChoice = { ok: true; reference: FollowUpReference } | { ok: false; message: string; path: string };

/** The scenario to follow up when none is named: "decided" if the plan has it, else its first. */
export function defaultScenarioId(plan: Plan): string | undefined {
  return plan.scenarios.find((s) => s.id === 'decided')?.id ?? plan.scenarios[0]?.id;
}

export function chooseReference(plan: Plan, version: Version | null, scenarioId?: string): ReferenceChoice {
  if (version) {
    const { format: _f, formatVersion: _v, ...frozen } = version.plan;
    const id = scenarioId ?? version.scenarioId;
    if (!frozen.scenarios.some((s) => s.id === id)) {
      return {
        ok: false,
        path: 'scenarioId',
        message: `Scenariot "${id}" finns inte i versionen ${version.name}; dess scenarier är: ${frozen.scenarios.map((s) => s.id).join(', ')}.`,
      };
    }
    return { ok: true, reference: { plan: frozen, scenarioId: id, versionId: version.id } };
  }
  const id = scenarioId ?? defaultScenarioId(plan);
  if (!id || !plan.scenarios.some((s) => s.id === id)) {
    return {
      ok: false,
      path: 'scenarioId',
      message: `Scenariot "${id ?? ''}" finns inte i planen; planens scenarier är: ${plan.scenarios.map((s) => s.id).join(', ')}.`,
    };
  }
  return { ok: true, reference: { plan, scenarioId: id, versionId: null } };
}
