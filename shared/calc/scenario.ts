// Which scenario the caller means and which actions it takes in (DESIGN §5, scenario membership).
import { ACTION_STATUSES, type ActionStatus } from '../domain/ids';
import { knownId } from '../domain/normalize';
import type { Plan, Scenario } from '../domain/types';
import { CalcError } from './errors';

export function findScenario(plan: Plan, scenarioId: string): Scenario {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new CalcError(`Scenariot "${scenarioId}" finns inte i planen.`);
  return scenario;
}

export type Membership = (actionId: string, status: ActionStatus) => boolean;

/**
 * In iff (status among includeStatuses or explicitly included) and not excluded. The lists become
 * sets once, because a plan may hold tens of thousands of actions; the test takes the id and
 * status rather than the action, so that a caller reads each field of an action only once.
 */
export function scenarioMembership(scenario: Scenario): Membership {
  // The program's copies of the statuses, as normalizeAction gives the actions (pointer compares).
  const statuses = new Set<string>(scenario.includeStatuses.map((s) => knownId(ACTION_STATUSES, s)));
  const include = new Set(scenario.include);
  const exclude = new Set(scenario.exclude);
  return (id, status) => (statuses.has(status) || (include.size > 0 && include.has(id))) && !(exclude.size > 0 && exclude.has(id));
}
