// One hidden class for every action: all fields present in the registry's order, absent
// optional ones `undefined`. The engine reads every action on each keystroke; objects of mixed
// shapes (JSON with and without optional fields) make that two to three times slower in V8.
// JSON.stringify drops `undefined`, so exports and the wire format are unchanged.
//
// The same holds for cost overrides (one of seven shapes, by the components they name: reading
// them cost a tenth of a calculation at 10 000 actions), and most actions have none: those share one frozen
// empty list, which stays in the CPU's cache, instead of each pointing to an empty list of its
// own somewhere in memory (another tenth).
//
// Ids of known values (default sectors, statuses, effect kinds) become the program's own copy
// of the string (see knownId.ts): the engine's per-action lookups then compare pointers.
import { action, costOverride } from '../fields';
import { normalizer } from '../fields/entity';
import type { Action, CostOverride, Plan } from './types';

export { knownId } from './known-id';

const NO_OVERRIDES: CostOverride[] = Object.freeze([]) as unknown as CostOverride[];

export const normalizeOverride: (o: CostOverride) => CostOverride = normalizer<CostOverride>(costOverride.fields);

const actionShape = normalizer<Action>(action.fields);

export function normalizeAction(a: Action): Action {
  const out = actionShape(a);
  out.costOverrides = a.costOverrides.length === 0 ? NO_OVERRIDES : a.costOverrides.map(normalizeOverride);
  return out;
}

export function normalizePlan(plan: Plan): Plan {
  return { ...plan, actions: plan.actions.map(normalizeAction) };
}
