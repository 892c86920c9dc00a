import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import {
  actionFigures,
  annualizedCost,
  capitalRecoveryFactor,
  discountFactors,
  emptyFigures,
  levelizedCost,
  recoveryFactors,
} from '../../../shared/calc/economics';
import { costSchedule } from '../../../shared/calc/costs';
import { actionTiming } from '../../../shared/calc/timing';
import type { Action } from '../../../shared/domain/types';
import { makeAction } from './fixtures';

describe('discount factors DF(y)', () => {
  it('are (1 + d)^−(y − priceBaseYear), above 1 before the price base year', () => {
    const df = Array.from(discountFactors(makeAxis(2020, 2024), 0.05, 2022));
    const expected = [1.05 ** 2, 1.05, 1, 1 / 1.05, 1 / 1.05 ** 2];
    df.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
  });

  it('are all 1 at a zero discount rate', () => {
    expect(Array.from(discountFactors(makeAxis(2020, 2022), 0, 2050))).toEqual([1, 1, 1]);
  });
});

describe('capital recovery factor', () => {
  it('is d / (1 − (1 + d)^−n)', () => {
    expect(capitalRecoveryFactor(0.05, 10)).toBeCloseTo(0.05 / (1 - 1.05 ** -10), 12); // ≈ 0.1295046
  });

  it('is 1/n at d = 0 and tends to it for a vanishing rate', () => {
    expect(capitalRecoveryFactor(0, 4)).toBe(0.25);
    expect(capitalRecoveryFactor(1e-15, 4)).toBeCloseTo(0.25, 12);
    expect(capitalRecoveryFactor(Number.MIN_VALUE, 4)).toBeGreaterThan(0);
  });
});

describe('levelized cost', () => {
  it('is npv / discounted tonnes', () => {
    expect(levelizedCost(1_000_000, 250)).toBe(4000);
  });

  it('is null below 10⁻⁶ discounted tonnes, never huge or infinite', () => {
    expect(levelizedCost(1_000_000, 0)).toBeNull();
    expect(levelizedCost(1_000_000, 9e-7)).toBeNull();
    expect(levelizedCost(1, 1e-6)).toBe(1e6);
  });
});

describe('annualized cost', () => {
  const axis = makeAxis(2020, 2024);
  const settingsAt = (d: number) => ({
    discount: discountFactors(axis, d, 2020),
    discountRate: d,
    recoveryFactors: recoveryFactors(d),
    carbonValueSekPerTon: 0,
  });
  const action = makeAction({ capexSek: 1_000_000, opexSekPerYear: 10_000, savingsSekPerYear: 5_000, lifetimeYears: 4 });
  const scheduleOf = (a: Action, costFactor: number) => costSchedule(a, actionTiming(a, 0), costFactor, axis);

  it('is (C·capex·CRF + C·opex − savings) / steadyTons', () => {
    // C = 2, d = 0: (2 × 1 000 000 × 1/4 + 2 × 10 000 − 5 000) / 100 = 515 000 / 100
    expect(annualizedCost(settingsAt(0), scheduleOf(action, 2), 4, 100)).toBe(5150);
    const crf = 0.05 / (1 - 1.05 ** -4);
    expect(annualizedCost(settingsAt(0.05), scheduleOf(action, 1), 4, 100)).toBeCloseTo((1_000_000 * crf + 10_000 - 5_000) / 100, 9);
  });

  it('is null when lifetimeYears is missing', () => {
    expect(annualizedCost(settingsAt(0.05), scheduleOf(action, 1), undefined, 100)).toBeNull();
  });

  it('is null when the steady effect is below 10⁻⁶ t', () => {
    expect(annualizedCost(settingsAt(0.05), scheduleOf(action, 1), 4, 0)).toBeNull();
    expect(annualizedCost(settingsAt(0.05), scheduleOf(action, 1), 4, 5e-7)).toBeNull();
  });

  it('uses the nominal capex, not the cost overrides', () => {
    const overridden = { ...action, costOverrides: [{ year: 2020, capexSek: 0 }] };
    expect(annualizedCost(settingsAt(0), scheduleOf(overridden, 2), 4, 100)).toBe(5150);
  });
});

describe('action figures', () => {
  // Axis 2020–2022, prices of 2020, d = 10 %: DF = [1, 1/1.1, 1/1.21].
  const axis = makeAxis(2020, 2022);
  const settings = {
    discount: discountFactors(axis, 0.1, 2020),
    discountRate: 0.1,
    recoveryFactors: recoveryFactors(0.1),
    carbonValueSekPerTon: 1000,
  };
  // capex 1000 in 2020; es = 2021; 100 t, opex 50, savings 100 a year; co-benefits 20 a year.
  const action = makeAction({
    startYear: 2020,
    capexSek: 1000,
    opexSekPerYear: 50,
    savingsSekPerYear: 100,
    effectTonsPerYear: 100,
    coBenefitSekPerYear: 20,
    lifetimeYears: 10,
  });
  const schedule = costSchedule(action, actionTiming(action, 0), 1, axis);
  const effect = Float64Array.from([0, 100, 100]);
  const figures = actionFigures(settings, action, effect, schedule, emptyFigures());

  const npv = 1000 - 50 / 1.1 - 50 / 1.21; // ≈ 913.22
  const tons = 100 / 1.1 + 100 / 1.21; // ≈ 173.55

  it('discounts the net cost and the tonnes', () => {
    expect(figures.npvSek).toBeCloseTo(npv, 9);
    expect(figures.discountedTons).toBeCloseTo(tons, 9);
    expect(figures.levelizedCostSekPerTon).toBeCloseTo(npv / tons, 9);
  });

  it('annualizes against the largest yearly effect on the axis', () => {
    const crf = 0.1 / (1 - 1.1 ** -10);
    expect(figures.annualizedCostSekPerTon).toBeCloseTo((1000 * crf + 50 - 100) / 100, 9);
  });

  it('takes carbon value and co-benefits of the operating years off the societal npv', () => {
    const coBenefits = 20 / 1.1 + 20 / 1.21; // operating years 2021, 2022
    expect(figures.societalNpvSek).toBeCloseTo(npv - 1000 * tons - coBenefits, 6);
  });

  it('counts co-benefits only up to the effect end year and only on the axis', () => {
    const ended = makeAction({ startYear: 2018, effectEndYear: 2020, coBenefitSekPerYear: 20 }); // operating …–2020
    const zero = new Float64Array(3);
    const f = actionFigures({ ...settings, carbonValueSekPerTon: 0 }, ended, zero, costSchedule(ended, actionTiming(ended, 0), 1, axis), emptyFigures());
    expect(f.societalNpvSek).toBeCloseTo(-20, 12); // only 2020, DF = 1
    expect(f.levelizedCostSekPerTon).toBeNull();
    expect(f.annualizedCostSekPerTon).toBeNull(); // no lifetime
  });
});
