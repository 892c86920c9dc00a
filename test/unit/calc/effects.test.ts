import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { fillEffect } from '../../../shared/calc/effects';
import { actionTiming, ramp } from '../../../shared/calc/timing';
import type { Action } from '../../../shared/domain/types';
import { makeAction } from './fixtures';

const axis = makeAxis(2020, 2024);

function effectOf(fields: Partial<Action>, options: { delay?: number; factor?: number; baseline?: number[] } = {}) {
  const action = makeAction(fields);
  const out = new Float64Array(axis.length).fill(99); // stale values must be cleared
  const baseline = options.baseline ? Float64Array.from(options.baseline) : undefined;
  fillEffect(out, action, actionTiming(action, options.delay ?? 0), options.factor ?? 1, baseline, axis);
  return Array.from(out);
}

describe('effect e_a(y)', () => {
  it('absolute: F × tonnes × ramp', () => {
    const e = effectOf({ effectTonsPerYear: 1000, startYear: 2020, rampYears: 2 }, { factor: 0.5 });
    // es = 2021; 0.5 × 1000 × [0, 1/2, 1, 1, 1]
    expect(e).toEqual([0, 250, 500, 500, 500]);
  });

  it('share: F × share × B_s(y) × ramp, on the sector baseline', () => {
    const e = effectOf({ effectKind: 'share', effectShare: 0.2, effectStartYear: 2020 }, { baseline: [100, 100, 90, 80, 70] });
    expect(e).toEqual([100 * 0.2, 100 * 0.2, 90 * 0.2, 80 * 0.2, 70 * 0.2]);
  });

  it('share on a sector whose baseline is 0 avoids nothing', () => {
    const e = effectOf({ effectKind: 'share', effectShare: 0.5, effectStartYear: 2020 }, { baseline: [0, 0, 0, 0, 0] });
    expect(e).toEqual([0, 0, 0, 0, 0]);
  });

  it('share on a sector the plan does not know avoids nothing (no baseline series)', () => {
    expect(effectOf({ effectKind: 'share', effectShare: 0.5, effectStartYear: 2020 })).toEqual([0, 0, 0, 0, 0]);
  });

  it('stops after the effect end year', () => {
    const e = effectOf({ effectTonsPerYear: 10, startYear: 2019, effectEndYear: 2022 }); // es = 2020
    expect(e).toEqual([10, 10, 10, 0, 0]);
  });

  it('is 0 on the whole axis when the delay pushes the effect past it', () => {
    const e = effectOf({ effectTonsPerYear: 10, startYear: 2023 }, { delay: 3 }); // es = 2024 + 3
    expect(e).toEqual([0, 0, 0, 0, 0]);
  });

  it('continues the ramp of an action that started before the axis', () => {
    const e = effectOf({ effectTonsPerYear: 100, startYear: 2010, rampYears: 20 }); // es = 2011
    // r(2020) = (2020 − 2011 + 1) / 20 = 0.5, then + 0.05 a year
    expect(e.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([50, 55, 60, 65, 70]);
  });

  it('a sink action states extra removals in tonnes, as a positive effect', () => {
    const e = effectOf({ sectorId: 'sinks', effectTonsPerYear: 300, startYear: 2021 }); // es = 2022
    expect(e).toEqual([0, 0, 300, 300, 300]);
  });

  it('with effect factor 0 avoids nothing', () => {
    expect(effectOf({ effectTonsPerYear: 1000 }, { factor: 0 })).toEqual([0, 0, 0, 0, 0]);
  });

  it('agrees with F × tonnes × r(y) and F × share × B × r(y) year by year, for any timing', () => {
    // fillEffect skips the division once the ramp is complete; r(y) is the rule as written.
    const timingArb = fc.record({
      startYear: fc.integer({ min: 2000, max: 2040 }),
      implementationYears: fc.integer({ min: 1, max: 10 }),
      rampYears: fc.integer({ min: 0, max: 12 }),
      effectStartYear: fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: undefined }),
      effectEndYear: fc.option(fc.integer({ min: 2000, max: 2050 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(timingArb, fc.integer({ min: 0, max: 20 }), fc.boolean(), (fields, delay, share) => {
        const baseline = [100, 95, 90.5, 80, 71.25];
        const action = makeAction({ ...fields, effectKind: share ? 'share' : 'absolute', effectTonsPerYear: 300, effectShare: 0.3 });
        const timing = actionTiming(action, delay);
        const expected = axisYearsOf(axis).map((y, i) => (share ? 0.5 * 0.3 * baseline[i] : 0.5 * 300) * ramp(timing, y));
        expect(effectOf(action, { delay, factor: 0.5, baseline })).toEqual(expected);
      }),
    );
  });
});

function axisYearsOf(a: typeof axis): number[] {
  return Array.from({ length: a.length }, (_, i) => a.startYear + i);
}
