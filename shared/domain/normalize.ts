// One hidden class for every action: all fields present in one order, absent optional ones
// `undefined`. The engine reads every action on each keystroke; objects of mixed shapes (JSON
// with and without optional fields) make that two to three times slower in V8. JSON.stringify
// drops `undefined`, so exports and the wire format are unchanged.
//
// The same holds for cost overrides (one of seven shapes, by the components they name: reading
// them cost a tenth of a calculation at 10 000 actions), and most actions have none: those share one frozen
// empty list, which stays in the CPU's cache, instead of each pointing to an empty list of its
// own somewhere in memory (another tenth).
//
// Ids of known values (default sectors, statuses, effect kinds) become the program's own copy
// of the string. V8 keeps one copy of each string literal, but JSON.parse makes a new string per
// action for values over ten characters ('electricityHeat', 'agriculture'), and SQLite does for
// all of them: with one shared copy, the engine's per-action lookups compare pointers instead
// of characters, and read a string that is already in the CPU's cache.
import { ACTION_STATUSES, COST_BEARERS, DEFAULT_SECTOR_IDS, EFFECT_KINDS } from './ids';
import type { Action, CostOverride, Plan } from './types';

/** The program's copy of `value` when it is one of `values`; else `value` itself. */
export function knownId<T extends string>(values: readonly string[], value: T): T {
  for (let i = 0; i < values.length; i++) if (values[i] === value) return values[i] as T;
  return value;
}

const NO_OVERRIDES: CostOverride[] = Object.freeze([]) as unknown as CostOverride[];

export function normalizeOverride(o: CostOverride): CostOverride {
  return { year: o.year, capexSek: o.capexSek, opexSek: o.opexSek, savingsSek: o.savingsSek };
}

export function normalizeAction(a: Action): Action {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    description: a.description,
    sectorId: knownId(DEFAULT_SECTOR_IDS, a.sectorId),
    owner: a.owner,
    costBearer: knownId(COST_BEARERS, a.costBearer),
    status: knownId(ACTION_STATUSES, a.status),
    startYear: a.startYear,
    implementationYears: a.implementationYears,
    effectStartYear: a.effectStartYear,
    effectEndYear: a.effectEndYear,
    rampYears: a.rampYears,
    effectKind: knownId(EFFECT_KINDS, a.effectKind),
    effectTonsPerYear: a.effectTonsPerYear,
    effectShare: a.effectShare,
    lifetimeYears: a.lifetimeYears,
    capexSek: a.capexSek,
    opexSekPerYear: a.opexSekPerYear,
    savingsSekPerYear: a.savingsSekPerYear,
    costOverrides: a.costOverrides.length === 0 ? NO_OVERRIDES : a.costOverrides.map(normalizeOverride),
    coBenefits: a.coBenefits,
    coBenefitSekPerYear: a.coBenefitSekPerYear,
    commitments: a.commitments,
    tags: a.tags,
    notes: a.notes,
    uncertainty: a.uncertainty,
  };
}

export function normalizePlan(plan: Plan): Plan {
  return { ...plan, actions: plan.actions.map(normalizeAction) };
}
