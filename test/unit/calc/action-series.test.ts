import { describe, expect, it } from 'vitest';
import { CalcError, actionSeries, calculate, createCalcContext } from '../../../shared/calc';
import { makeAction, makePlan, makeScenario } from './fixtures';

const plan = makePlan({
  baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 1000 }], annualChange: 0 }],
  actions: [
    makeAction({ id: 'a', startYear: 2020, implementationYears: 2, capexSek: 200, opexSekPerYear: 10, savingsSekPerYear: 4, effectTonsPerYear: 30 }),
    makeAction({ id: 'b', effectKind: 'share', effectShare: 0.1, effectStartYear: 2021, costOverrides: [{ year: 2023, savingsSek: 8 }] }),
  ],
  scenarios: [makeScenario({ costFactor: 1.5 })],
});

describe('actionSeries for one action', () => {
  const ctx = createCalcContext(plan, 'decided');

  it('gives the yearly capex, opex, savings and net of one action without a full calculation', () => {
    const s = actionSeries(ctx, plan.actions[0]);
    expect(Array.from(s.capex)).toEqual([150, 150, 0, 0, 0]); // 1.5 × 200 / 2
    expect(Array.from(s.opex)).toEqual([0, 0, 15, 15, 15]); // es = 2022, 1.5 × 10
    expect(Array.from(s.savings)).toEqual([0, 0, 4, 4, 4]);
    expect(Array.from(s.net)).toEqual([150, 150, 11, 11, 11]);
    expect(Array.from(s.effect)).toEqual([0, 0, 30, 30, 30]);
    expect(s.timing).toMatchObject({ start: 2020, effectStart: 2022 });
  });

  it('uses the sector baseline of the context for share effects', () => {
    const s = actionSeries(ctx, plan.actions[1]);
    expect(Array.from(s.effect)).toEqual([0, 100, 100, 100, 100]); // 0.1 × 1000 from 2021
    expect(Array.from(s.savings)).toEqual([0, 0, 0, 8, 0]);
  });

  it('returns fresh series unless told to fill given ones', () => {
    const first = actionSeries(ctx, plan.actions[0]);
    const second = actionSeries(ctx, plan.actions[1]);
    expect(first.capex).not.toBe(second.capex);
    expect(Array.from(first.capex)).toEqual([150, 150, 0, 0, 0]);
    const reused = actionSeries(ctx, plan.actions[1], first);
    expect(reused).toBe(first);
    expect(Array.from(first.capex)).toEqual([0, 0, 0, 0, 0]);
  });

  it('adds up to the totals of calculate', () => {
    const result = calculate(plan, 'decided');
    const a = actionSeries(ctx, plan.actions[0]);
    const b = actionSeries(ctx, plan.actions[1]);
    expect(result.costs.net).toEqual(Array.from(a.net, (v, i) => v + b.net[i]));
    expect(result.actions.map((r) => r.effect)).toEqual([Array.from(a.effect), Array.from(b.effect)]);
  });

  it('refuses a scenario the plan does not have', () => {
    expect(() => createCalcContext(plan, 'nope')).toThrow(CalcError);
  });
});
