import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { actionTiming, firstOperatingIndex, isOperating, lastOperatingIndex, ramp } from '../../../shared/calc/timing';
import { makeAction } from './fixtures';

describe('timing', () => {
  it('puts the effect start right after implementation when effectStartYear is absent', () => {
    const t = actionTiming(makeAction({ startYear: 2025, implementationYears: 2 }), 0);
    expect(t).toMatchObject({ start: 2025, impl: 2, effectStart: 2027, effectEnd: null }); // es = 2025 + 2
  });

  it('shifts start, effect start and effect end by the delay D', () => {
    const t = actionTiming(makeAction({ startYear: 2025, implementationYears: 2, effectEndYear: 2035 }), 3);
    expect(t).toMatchObject({ delay: 3, start: 2028, effectStart: 2030, effectEnd: 2038 }); // +3 each
  });

  it('takes an explicit effectStartYear, also one inside the implementation span', () => {
    const t = actionTiming(makeAction({ startYear: 2025, implementationYears: 2, effectStartYear: 2026 }), 1);
    expect(t.effectStart).toBe(2027); // 2026 + 1
  });

  it('treats implementationYears below 1 as 1, so capex is never divided by 0', () => {
    expect(actionTiming(makeAction({ implementationYears: 0 }), 0).impl).toBe(1);
  });
});

describe('ramp r(y)', () => {
  const timing = (fields: Parameters<typeof makeAction>[0]) => actionTiming(makeAction(fields), 0);

  it('is 0 before es and 1 from es on with a ramp of 0 years', () => {
    const t = timing({ startYear: 2020, effectStartYear: 2022, rampYears: 0 });
    expect([2021, 2022, 2023, 2060].map((y) => ramp(t, y))).toEqual([0, 1, 1, 1]);
  });

  it('climbs by 1/rampYears a year and stays at 1', () => {
    const t = timing({ startYear: 2020, effectStartYear: 2022, rampYears: 3 });
    // (y − es + 1) / 3 for 2022, 2023; then min(1, …)
    expect([2021, 2022, 2023, 2024, 2030].map((y) => ramp(t, y))).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
  });

  it('is 0 after the effect end year, also in the middle of the ramp', () => {
    const t = timing({ startYear: 2020, effectStartYear: 2022, effectEndYear: 2023, rampYears: 4 });
    expect([2022, 2023, 2024].map((y) => ramp(t, y))).toEqual([0.25, 0.5, 0]);
  });

  it('counts the effect end year itself as operating', () => {
    const t = timing({ startYear: 2020, effectStartYear: 2022, effectEndYear: 2022 });
    expect([isOperating(t, 2021), isOperating(t, 2022), isOperating(t, 2023)]).toEqual([false, true, false]);
  });
});

describe('operating span on the axis', () => {
  const axis = makeAxis(2020, 2024);

  it('starts at the first slot for an action that began working before the axis', () => {
    const t = actionTiming(makeAction({ startYear: 2010 }), 0); // es = 2011
    expect([firstOperatingIndex(t, axis), lastOperatingIndex(t, axis)]).toEqual([0, 4]);
  });

  it('is empty when the effect ended before the axis', () => {
    const t = actionTiming(makeAction({ startYear: 2010, effectEndYear: 2015 }), 0);
    expect(lastOperatingIndex(t, axis)).toBeLessThan(firstOperatingIndex(t, axis));
  });

  it('is empty when the delay pushes the effect past the axis', () => {
    const t = actionTiming(makeAction({ startYear: 2023 }), 3); // es = 2024 + 3 = 2027
    expect(firstOperatingIndex(t, axis)).toBe(7);
    expect(firstOperatingIndex(t, axis)).toBeGreaterThan(lastOperatingIndex(t, axis));
  });
});
