// The answer as the values of a new scenario (DESIGN §10: base includes ∪ chosen, startYears for
// the moved ones), for `scenarios.create` — the same call from the app and from the CLI.
import type { Scenario } from '../domain/types';
import type { OptimiseFound } from './optimise';

export function savedScenarioValues(answer: OptimiseFound, name: string): Omit<Scenario, 'id'> {
  const { id: _id, ...values } = answer.scenario;
  return { ...values, name };
}
