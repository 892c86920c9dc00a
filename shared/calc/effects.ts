// Tonnes an action avoids (or, in a sink sector, extra tonnes it removes) per axis year:
// e_a(y) of DESIGN §5, with the scenario's effect factor F.
import type { Action } from '../domain/types';
import type { Axis } from './axis';
import { type ActionTiming, firstOperatingIndex, lastOperatingIndex, operatingRamp } from './timing';

/**
 * Writes e_a(y) into `out` (one slot per axis year). `sectorBaseline` is B_s of the action's
 * sector over the axis — the baseline, never the scenario, so actions of one sector do not
 * depend on each other. It is only read for share effects and may be absent for a sector the
 * plan does not know, which then counts as 0.
 */
export function fillEffect(
  out: Float64Array,
  action: Action,
  timing: ActionTiming,
  effectFactor: number,
  sectorBaseline: Float64Array | undefined,
  axis: Axis,
): void {
  const first = Math.min(axis.length, firstOperatingIndex(timing, axis));
  const last = lastOperatingIndex(timing, axis);
  for (let i = 0; i < first; i++) out[i] = 0;
  for (let i = Math.max(first, last + 1); i < axis.length; i++) out[i] = 0;
  fillOperatingEffect(out, action, timing, effectFactor, sectorBaseline, axis);
}

/**
 * fillEffect for the operating years only, leaving the other slots as they were: for a caller
 * that reads nothing else (`calculate`, once per action).
 */
export function fillOperatingEffect(
  out: Float64Array,
  action: Action,
  timing: ActionTiming,
  effectFactor: number,
  sectorBaseline: Float64Array | undefined,
  axis: Axis,
): void {
  const startYear = axis.startYear;
  const first = Math.min(axis.length, firstOperatingIndex(timing, axis));
  const last = lastOperatingIndex(timing, axis);
  // r(y) < 1 only in the first rampYears − 1 operating years; r = 1 after, so no division there.
  const rampEnd = Math.max(first, Math.min(last + 1, timing.effectStart - startYear + timing.rampYears - 1));
  if (action.effectKind !== 'share') {
    const tons = effectFactor * (action.effectTonsPerYear ?? 0);
    for (let i = first; i < rampEnd; i++) out[i] = tons * operatingRamp(timing, startYear + i);
    for (let i = rampEnd; i <= last; i++) out[i] = tons;
  } else if (sectorBaseline) {
    const share = effectFactor * (action.effectShare ?? 0);
    for (let i = first; i < rampEnd; i++) out[i] = share * sectorBaseline[i] * operatingRamp(timing, startYear + i);
    for (let i = rampEnd; i <= last; i++) out[i] = share * sectorBaseline[i];
  } else {
    for (let i = first; i <= last; i++) out[i] = 0;
  }
}
