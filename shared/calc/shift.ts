// An action moved in time or scaled, as a new action that the engine calculates like any other.
// Two features need this: a scenario's start years (DESIGN §10: the action as if it started in
// another year) and the uncertainty draws (§9: an action that comes d years late, with its
// effect and costs multiplied by drawn factors). Expressing both as a changed action keeps the
// §5 formulas in one place, the engine.
import { normalizeAction } from '../domain/normalize';
import type { Action } from '../domain/types';

/**
 * The action as if it started `years` later (earlier when negative): its startYear,
 * effectStartYear, effectEndYear and cost-override years move together; financing entries are
 * not the action's and do not move. A new action of the one normalized shape (normalize.ts);
 * `years === 0` gives the action itself, so an unmoved action keeps its identity (the CalcCache
 * keys on it).
 */
export function shiftAction(action: Action, years: number): Action {
  if (years === 0) return action;
  // A fresh object of the one shape, with fresh override objects (or the shared empty list).
  const moved = normalizeAction(action);
  moved.startYear = action.startYear + years;
  if (action.effectStartYear !== undefined) moved.effectStartYear = action.effectStartYear + years;
  if (action.effectEndYear !== undefined) moved.effectEndYear = action.effectEndYear + years;
  const overrides = moved.costOverrides;
  for (let k = 0; k < overrides.length; k++) overrides[k].year += years;
  return moved;
}

/**
 * The action moved by `years` with its effect (effectTonsPerYear, effectShare) multiplied by
 * `effectFactor` and its capex and opex (its own and those of its cost overrides, not savings)
 * by `costFactor`: what one uncertainty draw makes of it. A new action of the same shape as the
 * one given (normalized when it is; see normalize.ts); a factor of 1 leaves values exactly as
 * they were.
 */
export function adjustAction(action: Action, years: number, effectFactor: number, costFactor: number): Action {
  // A spread copy keeps the action's hidden class, and costs less than normalizeAction's
  // field-by-field copy.
  const copy = { ...action };
  const overrides = action.costOverrides;
  if (overrides.length > 0) copy.costOverrides = overrides.map((o) => ({ ...o }));
  return adjustInto(copy, action, years, effectFactor, costFactor);
}

/**
 * Writes `source` moved and scaled into `out`, a copy of it with overrides of its own (the same
 * number): every field a move or a scale touches is set from `source`, the others are left as
 * the copy has them. A simulation keeps one such copy per action and rewrites it for each draw
 * instead of allocating a new action per action and draw.
 */
export function adjustInto(out: Action, source: Action, years: number, effectFactor: number, costFactor: number): Action {
  out.startYear = source.startYear + years;
  out.effectStartYear = source.effectStartYear === undefined ? undefined : source.effectStartYear + years;
  out.effectEndYear = source.effectEndYear === undefined ? undefined : source.effectEndYear + years;
  out.effectTonsPerYear = source.effectTonsPerYear === undefined ? undefined : source.effectTonsPerYear * effectFactor;
  out.effectShare = source.effectShare === undefined ? undefined : source.effectShare * effectFactor;
  out.capexSek = source.capexSek * costFactor;
  out.opexSekPerYear = source.opexSekPerYear * costFactor;
  const from = source.costOverrides;
  const to = out.costOverrides;
  for (let k = 0; k < from.length; k++) {
    const o = from[k];
    const t = to[k];
    t.year = o.year + years;
    t.capexSek = o.capexSek === undefined ? undefined : o.capexSek * costFactor;
    t.opexSek = o.opexSek === undefined ? undefined : o.opexSek * costFactor;
  }
  return out;
}

/** The scenario's start-year moves as years to shift by, per action id; null when it moves none. */
export type StartShifts = ReadonlyMap<string, number> | null;

/** Made once per calculation, so that a scenario without `startYears` costs one null test per action. */
export function startShifts(startYears: Readonly<Record<string, number>> | undefined, actions: readonly Action[]): StartShifts {
  if (startYears === undefined) return null;
  const ids = Object.keys(startYears);
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  const shifts = new Map<string, number>();
  for (let k = 0; k < actions.length; k++) {
    const action = actions[k];
    if (!wanted.has(action.id)) continue;
    const years = startYears[action.id] - action.startYear;
    if (years !== 0) shifts.set(action.id, years);
  }
  return shifts.size === 0 ? null : shifts;
}

/** The action as the scenario calculates it: moved when the scenario names it in `startYears`. */
export function scenarioAction(shifts: StartShifts, action: Action): Action {
  if (shifts === null) return action;
  const years = shifts.get(action.id);
  return years === undefined ? action : shiftAction(action, years);
}

/** scenarioAction for one action, without the per-calculation table: for views that ask for one action. */
export function scenarioStartAction(startYears: Readonly<Record<string, number>> | undefined, action: Action): Action {
  if (startYears === undefined || !Object.prototype.hasOwnProperty.call(startYears, action.id)) return action;
  return shiftAction(action, startYears[action.id] - action.startYear);
}
