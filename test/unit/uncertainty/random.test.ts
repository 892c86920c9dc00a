// The PRNG, the distributions and the percentile rule of DESIGN §9.
import { describe, expect, it } from 'vitest';
import { CalcError } from '../../../shared/calc';
import { simulateUncertainty } from '../../../shared/uncertainty';
import { drawAction, emptyDraw, triangular, uniformInteger } from '../../../shared/uncertainty/draws';
import { percentileOfSorted, percentileRank } from '../../../shared/uncertainty/percentiles';
import { hash64, nextUint32, nextUniform, seedStreams } from '../../../shared/uncertainty/prng';
import { BUILT_IN_UNCERTAINTY, CERTAIN, actionRanges, statusDefaults } from '../../../shared/uncertainty/ranges';
import { makeAction } from '../calc/fixtures';
import { flatPlan } from './plans';

describe('sfc32', () => {
  it("gives the reference implementation's numbers (PractRand's C code, same state, 16 outputs skipped)", () => {
    const state = Int32Array.from([1, 0x12345678, 0x9abcdef0 | 0, 1]);
    for (let i = 0; i < 16; i++) nextUint32(state, 0);
    const out = Array.from({ length: 5 }, () => nextUint32(state, 0));
    expect(out).toEqual([2425887938, 1999907727, 3480289713, 1079570441, 1674846120]);
  });

  it('gives uniforms in [0, 1) with mean ½ and variance 1/12', () => {
    const streams = seedStreams(1, ['a']);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = nextUniform(streams, 0);
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      squares += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(squares / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });

  it('gives each action its own stream, fixed by the seed and the id', () => {
    const first = (seed: number, ids: string[]) => {
      const s = seedStreams(seed, ids);
      return ids.map((_, k) => nextUint32(s, k * 4));
    };
    expect(first(1, ['a', 'b'])).toEqual(first(1, ['a', 'b']));
    expect(first(1, ['x', 'a'])[1]).toBe(first(1, ['a'])[0]);
    expect(first(1, ['a', 'b'])[0]).not.toBe(first(1, ['a', 'b'])[1]);
    expect(first(2, ['a'])[0]).not.toBe(first(1, ['a'])[0]);
    expect(hash64('T-01')).toEqual(hash64('T-01'));
    expect(hash64('T-01')).not.toEqual(hash64('T-02'));
  });
});

describe('the draws', () => {
  it('triangular: low at u = 0, the mode 1 at u = (1 − low)/(high − low), towards high as u → 1', () => {
    expect(triangular(0.5, 1.5, 0)).toBe(0.5);
    expect(triangular(0.5, 1.5, 0.5)).toBeCloseTo(1, 12);
    expect(triangular(0.5, 1.5, 1 - 2 ** -32)).toBeCloseTo(1.5, 4);
    expect(triangular(1, 1, 0.3)).toBe(1);
    expect(triangular(1, 2, 0)).toBeCloseTo(1, 12);
    expect(triangular(0, 1, 0.99)).toBeLessThanOrEqual(1);
  });

  it('uniformInteger: every value 0…max reachable, nothing outside', () => {
    expect([0, 0.24, 0.25, 0.74, 0.75, 0.999].map((u) => uniformInteger(3, u))).toEqual([0, 0, 1, 2, 3, 3]);
    expect(uniformInteger(0, 0.999)).toBe(0);
  });

  it('a certain action always happens, as planned', () => {
    const streams = seedStreams(9, ['a']);
    for (let i = 0; i < 100; i++) expect(drawAction(CERTAIN, streams, 0, emptyDraw())).toEqual(emptyDraw());
  });
});

describe('status defaults', () => {
  it("take the action's own field first, then the plan's default for its status, then the built-in one", () => {
    const action = makeAction({ status: 'idea', uncertainty: { probability: 0.2 } });
    expect(actionRanges(action, undefined)).toEqual({ ...BUILT_IN_UNCERTAINTY.idea, probability: 0.2 });
    expect(actionRanges(action, { idea: { probability: 0.9, effectHigh: 2 } })).toEqual({
      ...BUILT_IN_UNCERTAINTY.idea,
      probability: 0.2,
      effectHigh: 2,
    });
    expect(statusDefaults(undefined, 'cancelled')).toEqual(CERTAIN);
    expect(BUILT_IN_UNCERTAINTY.decided).toEqual({ effectLow: 0.8, effectHigh: 1.1, costLow: 0.9, costHigh: 1.3, delayMaxYears: 1, probability: 0.95 });
  });
});

describe('percentiles', () => {
  it('take the value at rank ceil(p·N), counted from 1', () => {
    expect(percentileRank(10, 2000)).toBe(200);
    expect(percentileRank(95, 30)).toBe(29);
    expect(percentileRank(5, 1)).toBe(1);
    expect(percentileRank(50, 3)).toBe(2);
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe(1);
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });
});

describe('options', () => {
  const plan = flatPlan([]);
  it.each([
    [{ draws: 0 }, 'Antalet dragningar måste vara ett heltal 1–50'],
    [{ draws: 2.5 }, 'Antalet dragningar'],
    [{ seed: -1 }, 'Fröet måste vara ett heltal 0–4'],
    [{ year: 2031 }, 'Året 2031 ligger utanför planens tidsaxel 2020–2030.'],
  ])('refuses %j in Swedish', (options, message) => {
    expect(() => simulateUncertainty(plan, 'decided', options)).toThrow(CalcError);
    expect(() => simulateUncertainty(plan, 'decided', options)).toThrow(message);
  });

  it('refuses an unknown scenario', () => {
    expect(() => simulateUncertainty(plan, 'nope')).toThrow('Scenariot "nope" finns inte i planen.');
  });
});
