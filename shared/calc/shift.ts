// An action moved in time or scaled, as a new action that the engine calculates like any other.
// Two features need this: a scenario's start years (DESIGN §10: the action as if it started in
// another year) and the uncertainty draws (§9: an action that comes d years late, with its
// effect and costs multiplied by drawn factors). Expressing both as a changed action keeps the
// §5 formulas in one place, the engine.
import { normalizeAction } from '../domain/normalize';
import type { Action } from '../domain/types';

/**
 * The action moved by `years` (may be negative): its start year, its effect start and end years
 * and every cost override's year move by the same number of years, so its effect and costs
 * happen `years` later; an effect start derived from the start year moves with it. Returns a
 * new normalized action, or the action itself when `years` is 0.
 */
export function shiftAction(action: Action, years: number): Action {
  // normalizeAction makes a fresh copy with fresh overrides, ours to change.
  return years === 0 ? action : adjustInPlace(normalizeAction(action), years, 1, 1);
}

/**
 * The action moved by `years` with its effect (effectTonsPerYear, effectShare) multiplied by
 * `effectFactor` and its capex and opex (its own and those of its cost overrides, not savings)
 * by `costFactor`: what one uncertainty draw makes of it. A new action of the same shape as the
 * one given (normalized when it is; see normalize.ts); a factor of 1 leaves values exactly as
 * they were.
 */
export function adjustAction(action: Action, years: number, effectFactor: number, costFactor: number): Action {
  // A spread copy keeps the action's hidden class, and costs a tenth of normalizeAction's
  // field-by-field copy: a simulation makes one per action and draw.
  const copy = { ...action };
  const overrides = action.costOverrides;
  if (overrides.length > 0) copy.costOverrides = overrides.map((o) => ({ ...o }));
  return adjustInPlace(copy, years, effectFactor, costFactor);
}

/** Moves and scales a fresh copy (fresh overrides included) in place. */
function adjustInPlace(out: Action, years: number, effectFactor: number, costFactor: number): Action {
  out.startYear += years;
  if (out.effectStartYear !== undefined) out.effectStartYear += years;
  if (out.effectEndYear !== undefined) out.effectEndYear += years;
  if (out.effectTonsPerYear !== undefined) out.effectTonsPerYear *= effectFactor;
  if (out.effectShare !== undefined) out.effectShare *= effectFactor;
  out.capexSek *= costFactor;
  out.opexSekPerYear *= costFactor;
  const overrides = out.costOverrides;
  for (let k = 0; k < overrides.length; k++) {
    const o = overrides[k];
    o.year += years;
    if (o.capexSek !== undefined) o.capexSek *= costFactor;
    if (o.opexSek !== undefined) o.opexSek *= costFactor;
  }
  return out;
}
