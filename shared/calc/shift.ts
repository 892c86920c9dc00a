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
  return years === 0 ? action : adjustInto(normalizeAction(action), action, years, 1, 1);
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
