import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { addCosts, costSchedule, discountedNetCost, emptyCostSeries, fillCosts } from '../../../shared/calc/costs';
import { actionTiming } from '../../../shared/calc/timing';
import type { Action } from '../../../shared/domain/types';
import { makeAction } from './fixtures';

const axis = makeAxis(2020, 2024);

function costsOf(fields: Partial<Action>, options: { delay?: number; costFactor?: number } = {}) {
  const action = makeAction(fields);
  const out = emptyCostSeries(axis.length);
  out.capex.fill(7); // stale values must be cleared
  fillCosts(out, costSchedule(action, actionTiming(action, options.delay ?? 0), options.costFactor ?? 1, axis), axis);
  return { capex: Array.from(out.capex), opex: Array.from(out.opex), savings: Array.from(out.savings), net: Array.from(out.net) };
}

const M = 1_000_000;

describe('costs', () => {
  it('spreads capex evenly over the implementation years, opex and savings from es on', () => {
    const c = costsOf({ startYear: 2021, implementationYears: 3, capexSek: 3 * M, opexSekPerYear: 200_000, savingsSekPerYear: 50_000 });
    // capex 3 M / 3 in 2021–2023; es = 2024
    expect(c.capex).toEqual([0, M, M, M, 0]);
    expect(c.opex).toEqual([0, 0, 0, 0, 200_000]);
    expect(c.savings).toEqual([0, 0, 0, 0, 50_000]);
    expect(c.net).toEqual([0, M, M, M, 200_000 - 50_000]);
  });

  it('multiplies capex and opex by C, never savings', () => {
    const c = costsOf({ startYear: 2020, capexSek: M, opexSekPerYear: 100, savingsSekPerYear: 40 }, { costFactor: 2 });
    expect(c.capex).toEqual([2 * M, 0, 0, 0, 0]);
    expect(c.opex).toEqual([0, 200, 200, 200, 200]);
    expect(c.savings).toEqual([0, 40, 40, 40, 40]);
    expect(c.net).toEqual([2 * M, 160, 160, 160, 160]); // 2 × 100 − 40
  });

  it('drops the capex years that fall off either end of the axis', () => {
    expect(costsOf({ startYear: 2023, implementationYears: 3, capexSek: 3 * M }).capex).toEqual([0, 0, 0, M, M]);
    expect(costsOf({ startYear: 2018, implementationYears: 4, capexSek: 4 * M }).capex).toEqual([M, M, 0, 0, 0]);
  });

  it('ends opex and savings after the effect end year', () => {
    const c = costsOf({ startYear: 2019, effectEndYear: 2021, opexSekPerYear: 10, savingsSekPerYear: 3 }); // es = 2020
    expect(c.opex).toEqual([10, 10, 0, 0, 0]);
    expect(c.savings).toEqual([3, 3, 0, 0, 0]);
  });

  it('shifts capex, opex and savings by the delay', () => {
    const c = costsOf({ startYear: 2020, capexSek: 100, opexSekPerYear: 10 }, { delay: 2 });
    expect(c.capex).toEqual([0, 0, 100, 0, 0]); // start 2022
    expect(c.opex).toEqual([0, 0, 0, 10, 10]); // es 2023
  });

  describe('cost overrides', () => {
    const base = { startYear: 2021, implementationYears: 2, capexSek: 2 * M, opexSekPerYear: 100, savingsSekPerYear: 30 };

    it('replace capex in an implementation year before C is applied', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2022, capexSek: 500_000 }] }, { costFactor: 2 });
      expect(c.capex).toEqual([0, 2 * M, 2 * 500_000, 0, 0]); // 2 × 1 M computed, 2 × 0.5 M overridden
    });

    it('apply in a year outside the implementation span', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2024, capexSek: 300_000 }] }, { costFactor: 2 });
      expect(c.capex).toEqual([0, 2 * M, 2 * M, 0, 2 * 300_000]);
      expect(c.net[4]).toBe(2 * 300_000 + 2 * 100 - 30);
    });

    it('replace only the components they name; opex is scaled by C, savings is not', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2023, opexSek: 40, savingsSek: 0 }] }, { costFactor: 3 });
      expect(c.capex).toEqual([0, 3 * M, 3 * M, 0, 0]);
      expect(c.opex).toEqual([0, 0, 0, 3 * 40, 3 * 100]);
      expect(c.savings).toEqual([0, 0, 0, 0, 30]);
    });

    it('can set an operating cost before the operating years', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2020, opexSek: 5, savingsSek: 7 }] });
      expect(c.opex[0]).toBe(5);
      expect(c.savings[0]).toBe(7);
      expect(c.net[0]).toBe(5 - 7);
    });

    it('move with the delay, like the capex they replace', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2021, capexSek: 0 }] }, { delay: 2 });
      // start 2023, capex 1 M in 2023 and 2024; the override 2021 + 2 = 2023 zeroes the first
      expect(c.capex).toEqual([0, 0, 0, 0, M]);
    });

    it('fall away when the delay moves them off the axis', () => {
      const c = costsOf({ ...base, costOverrides: [{ year: 2023, opexSek: 9 * M }] }, { delay: 2 });
      expect(c.opex).toEqual([0, 0, 0, 0, 0]); // es = 2025, override 2025: both off the axis
    });

    it('ignore a year off the axis', () => {
      const c = costsOf({
        ...base,
        costOverrides: [
          { year: 2030, capexSek: 9 * M },
          { year: 2019, capexSek: 9 * M },
        ],
      });
      expect(c.capex).toEqual([0, M, M, 0, 0]);
    });
  });

  describe('summed and discounted from the schedule', () => {
    // Money in fractions of kronor on purpose (1 M / 3 a year). With overrides the schedule
    // keeps full series; without, only runs. Either way the sums must match the series.
    const fields = { startYear: 2020, implementationYears: 3, capexSek: M, opexSekPerYear: 100, savingsSekPerYear: 30, effectEndYear: 2023 };
    const withOverrides = makeAction({
      ...fields,
      costOverrides: [
        { year: 2021, capexSek: 10 },
        { year: 2024, opexSek: 7, savingsSek: 1 },
        { year: 2022, savingsSek: 5 },
      ],
    });
    const discount = Float64Array.from([1, 0.9, 0.8, 0.7, 0.6]);

    function check(action: Action) {
      const schedule = costSchedule(action, actionTiming(action, 0), 1.5, axis);
      const series = emptyCostSeries(axis.length);
      fillCosts(series, schedule, axis);
      const totals = emptyCostSeries(axis.length);
      totals.capex.fill(1);
      addCosts(totals, schedule);
      expect(Array.from(totals.capex)).toEqual(Array.from(series.capex, (v) => 1 + v));
      expect(Array.from(totals.opex)).toEqual(Array.from(series.opex));
      expect(Array.from(totals.savings)).toEqual(Array.from(series.savings));
      const npv = Array.from(series.net).reduce((sum, v, i) => sum + v * discount[i], 0);
      expect(discountedNetCost(schedule, discount)).toBeCloseTo(npv, 9);
      return series;
    }

    it('with overrides', () => {
      const series = check(withOverrides);
      // capex 1.5 × 1 M / 3 in 2020, 2022; 1.5 × 10 in 2021; opex 1.5 × 100 in 2023, 1.5 × 7 in 2024
      expect(Array.from(series.capex)).toEqual([500_000, 15, 500_000, 0, 0]);
      expect(Array.from(series.opex)).toEqual([0, 0, 0, 150, 10.5]);
      expect(Array.from(series.savings)).toEqual([0, 0, 5, 30, 1]);
    });

    it('without overrides, or with overrides off the axis only', () => {
      check(makeAction(fields));
      const offAxis = check(makeAction({ ...fields, costOverrides: [{ year: 2030, capexSek: 1 }] }));
      expect(Array.from(offAxis.capex)).toEqual([500_000, 500_000, 500_000, 0, 0]);
    });

    it('forgets the overrides of the previous action when one schedule is reused', () => {
      const schedule = costSchedule(withOverrides, actionTiming(withOverrides, 0), 1, axis);
      const plain = makeAction(fields);
      costSchedule(plain, actionTiming(plain, 0), 1, axis, schedule);
      const series = emptyCostSeries(axis.length);
      fillCosts(series, schedule, axis);
      expect(Array.from(series.capex)).toEqual([M / 3, M / 3, M / 3, 0, 0]);
    });
  });
});
