// Moving an action in time: the scenario's `startYears` (DESIGN §10) and the random delays of
// the uncertainty draws (§9) both calculate an action as if it started in another year.
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
