// Business-as-usual emissions per sector, B_s(y) of DESIGN §5. Defined for every year, not
// only the axis, because a target may take its reference from a year such as 1990.
import type { Baseline } from '../domain/types';
import type { Axis } from './axis';
import { powInt } from './power';

/** A sector's baseline points sorted by year, ready to evaluate. */
export interface BaselineCurve {
  readonly years: readonly number[];
  readonly values: readonly number[];
  readonly annualChange: number;
}

const EMPTY_CURVE: BaselineCurve = { years: [], values: [], annualChange: 0 };

/** Sorts the points once, so that evaluating a year is a plain scan. */
export function baselineCurve(baseline: Baseline | undefined): BaselineCurve {
  if (!baseline || baseline.points.length === 0) return EMPTY_CURVE;
  const points = [...baseline.points].sort((a, b) => a.year - b.year);
  return {
    years: points.map((p) => p.year),
    values: points.map((p) => p.tonsCo2e),
    annualChange: baseline.annualChange,
  };
}

/** B_s(year): the point itself, linear between points, flat before, compounding after. */
export function baselineAt(curve: BaselineCurve, year: number): number {
  const { years, values } = curve;
  const last = years.length - 1;
  if (last < 0) return 0;
  if (year <= years[0]) return values[0];
  if (year >= years[last]) return values[last] * powInt(1 + curve.annualChange, year - years[last]);
  let hi = 1;
  while (years[hi] < year) hi++;
  const lo = hi - 1;
  const t = (year - years[lo]) / (years[hi] - years[lo]);
  return values[lo] + t * (values[hi] - values[lo]);
}

/** B_s over the axis, computed once per calculation and shared by every action of the sector. */
export function baselineSeries(curve: BaselineCurve, axis: Axis): Float64Array {
  const out = new Float64Array(axis.length);
  for (let i = 0; i < axis.length; i++) out[i] = baselineAt(curve, axis.startYear + i);
  return out;
}
