// Entities as they start before anyone fills them in, the same wherever they are made (the app,
// an import, a new plan). Each caller knows the id, the name and what depends on the plan in its
// own way, so it passes them.
import { ACTION_STATUSES } from './ids';
import type { Action, Scenario } from './types';

/** The statuses of the actions a plan has decided on: "Beslutade åtgärder", and a new scenario's. */
export const DECIDED_STATUSES: Scenario['includeStatuses'] = ['decided', 'ongoing', 'done'];

/** Every status but cancelled: "Alla åtgärder", everything still meant to happen. */
export const UNCANCELLED_STATUSES: Scenario['includeStatuses'] = ACTION_STATUSES.filter((s) => s !== 'cancelled');

/** A scenario that takes the plan as it is: no delay, effect and cost as planned. */
export function blankScenario(id: string, name: string, includeStatuses: Scenario['includeStatuses']): Scenario {
  return { id, name, includeStatuses, include: [], exclude: [], delayYears: 0, effectFactor: 1, costFactor: 1 };
}

/** An action that is only an idea: paid by the municipality, no cost, no effect, nothing linked. */

export function blankAction({ id, name, sectorId, startYear }: Pick<Action, 'id' | 'name' | 'sectorId' | 'startYear'>): Action {
  return {
    id,
    code: '',
    name,
    sectorId,
    owner: '',
    costBearer: 'municipality',
    status: 'idea',
    startYear,
    implementationYears: 1,
    rampYears: 0,
    effectKind: 'absolute',
    capexSek: 0,
    opexSekPerYear: 0,
    savingsSekPerYear: 0,
    costOverrides: [],
    coBenefits: {},
    coBenefitSekPerYear: 0,
    commitments: [],
    tags: [],
    notes: '',
  };
}
