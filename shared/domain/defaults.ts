// Entities as they start before anyone fills them in, the same wherever they are made (the app,
// an import, a new plan): each field's initial value comes from the field registry. Each caller
// knows the id, the name and what depends on the plan in its own way, so it passes them.
import { action, scenario } from '../fields';
import { initialValues } from '../fields/entity';
import { ACTION_STATUSES } from './ids';
import type { Action, Scenario } from './types';

/** The statuses of the actions a plan has decided on: "Beslutade åtgärder", and a new scenario's. */
export const DECIDED_STATUSES: Scenario['includeStatuses'] = ['decided', 'ongoing', 'done'];

/** Every status but cancelled: "Alla åtgärder", everything still meant to happen. */
export const UNCANCELLED_STATUSES: Scenario['includeStatuses'] = ACTION_STATUSES.filter((s) => s !== 'cancelled');

/** A scenario that takes the plan as it is: no delay, effect and cost as planned. */
export function blankScenario(id: string, name: string, includeStatuses: Scenario['includeStatuses']): Scenario {
  return { ...(initialValues(scenario.fields) as Omit<Scenario, 'id' | 'name' | 'includeStatuses'>), id, name, includeStatuses: [...includeStatuses] };
}

/** An action that is only an idea: paid by the municipality, no cost, no effect, nothing linked. */
export function blankAction({ id, name, sectorId, startYear }: Pick<Action, 'id' | 'name' | 'sectorId' | 'startYear'>): Action {
  return { ...(initialValues(action.fields) as Omit<Action, 'id' | 'name' | 'sectorId' | 'startYear'>), id, name, sectorId, startYear };
}
