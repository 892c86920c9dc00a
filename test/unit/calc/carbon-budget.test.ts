import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { evaluateCarbonBudget } from '../../../shared/calc/carbon-budget';

const axis = makeAxis(2020, 2024);
const scenario = { gross: Float64Array.from([100, 100, 100, 100, 100]), net: Float64Array.from([50, 50, 50, 50, 50]) };

describe('carbon budget', () => {
  it('is null when the plan has none', () => {
    expect(evaluateCarbonBudget(undefined, scenario, axis)).toBeNull();
  });

  it('is never exhausted when the cumulative total stays within it', () => {
    const b = evaluateCarbonBudget({ fromYear: 2021, tonsCo2e: 1000, scope: 'gross' }, scenario, axis);
    expect(b).toEqual({ tonsCo2e: 1000, cumulative: 400, remaining: 600, exhaustedYear: null }); // 2021–2024: 4 × 100
  });

  it('is exhausted in the first year the cumulative total passes it (reaching it is not passing)', () => {
    const b = evaluateCarbonBudget({ fromYear: 2020, tonsCo2e: 200, scope: 'gross' }, scenario, axis);
    // cumulative 100, 200, 300 > 200 in 2022
    expect(b).toEqual({ tonsCo2e: 200, cumulative: 500, remaining: -300, exhaustedYear: 2022 });
  });

  it('sums the chosen scope', () => {
    const b = evaluateCarbonBudget({ fromYear: 2020, tonsCo2e: 200, scope: 'net' }, scenario, axis);
    expect(b).toEqual({ tonsCo2e: 200, cumulative: 250, remaining: -50, exhaustedYear: 2024 }); // 50 × 5
  });

  it('counts only axis years when it starts before the axis', () => {
    const b = evaluateCarbonBudget({ fromYear: 1990, tonsCo2e: 1000, scope: 'gross' }, scenario, axis);
    expect(b?.cumulative).toBe(500);
  });

  it('has spent nothing when it starts after the axis', () => {
    const b = evaluateCarbonBudget({ fromYear: 2030, tonsCo2e: 1000, scope: 'gross' }, scenario, axis);
    expect(b).toEqual({ tonsCo2e: 1000, cumulative: 0, remaining: 1000, exhaustedYear: null });
  });
});
