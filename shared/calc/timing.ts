// When an action spends and when it works, under the scenario's delay (DESIGN §5, timing and
// ramp). Years here are calendar years; the axis is applied by the callers.
import type { Action } from '../domain/types';
import type { Axis } from './axis';

export interface ActionTiming {
  /** The scenario's delay D, also used to shift the action's cost overrides. */
  delay: number;
  /** First implementation (capex) year: startYear + D. */
  start: number;
  /** Implementation years, at least 1. */
  impl: number;
  /** First operating year es: (effectStartYear ?? startYear + impl) + D. */
  effectStart: number;
  /** Last operating year ee, or null when the effect never ends. */
  effectEnd: number | null;
  rampYears: number;
}

export function emptyTiming(): ActionTiming {
  return { delay: 0, start: 0, impl: 1, effectStart: 0, effectEnd: null, rampYears: 0 };
}

/**
 * The action's timing under delay D. Writes into `out` when given, so that a loop over many
 * actions can reuse one object.
 */
export function actionTiming(action: Action, delayYears: number, out = emptyTiming()): ActionTiming {
  const startYear = action.startYear;
  const impl = action.implementationYears >= 1 ? action.implementationYears : 1;
  const effectEnd = action.effectEndYear;
  out.delay = delayYears;
  out.start = startYear + delayYears;
  out.impl = impl;
  out.effectStart = (action.effectStartYear ?? startYear + impl) + delayYears;
  out.effectEnd = effectEnd === undefined ? null : effectEnd + delayYears;
  out.rampYears = action.rampYears > 0 ? action.rampYears : 0;
  return out;
}

/** Operating years: y ≥ es and, when ee is set, y ≤ ee. */
export function isOperating(timing: ActionTiming, year: number): boolean {
  return year >= timing.effectStart && (timing.effectEnd === null || year <= timing.effectEnd);
}

/** r(y): 0 outside the operating years, else the share of full effect reached after the ramp. */
export function ramp(timing: ActionTiming, year: number): number {
  return isOperating(timing, year) ? operatingRamp(timing, year) : 0;
}

/** r(y) for a year known to be an operating year. */
export function operatingRamp(timing: ActionTiming, year: number): number {
  return timing.rampYears === 0 ? 1 : Math.min(1, (year - timing.effectStart + 1) / timing.rampYears);
}

/** Axis slot of the first operating year (may be past the end when none is on the axis). */
export function firstOperatingIndex(timing: ActionTiming, axis: Axis): number {
  return Math.max(0, timing.effectStart - axis.startYear);
}

/** Axis slot of the last operating year (may be before the first slot when none is on the axis). */
export function lastOperatingIndex(timing: ActionTiming, axis: Axis): number {
  const last = axis.length - 1;
  return timing.effectEnd === null ? last : Math.min(last, timing.effectEnd - axis.startYear);
}
