// The sums the report prints beside the engine's figures add up to the engine's own totals, and
// its tables pick sensible years and columns.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { actionsBySector, columnSum, effectInYear, milestoneYears, scenarioFigures, yearColumns } from '../../../shared/report/figures';
import { samplePlan } from '../../support/documents';

const plan = samplePlan();
const calc = calculate(plan, 'decided');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('scenarioFigures', () => {
  const f = scenarioFigures(calc);

  it('sums the engine’s series and the included actions’ figures', () => {
    expect(f.capexSek).toBeCloseTo(sum(calc.costs.capex), 6);
    expect(f.securedSek).toBeCloseTo(sum(calc.financing.secured), 6);
    expect(f.included).toBe(calc.actions.filter((a) => a.included).length);
    expect(f.npvSek).toBeCloseTo(sum(calc.actions.filter((a) => a.included).map((a) => a.npvSek)), 6);
    expect(f.included).toBeGreaterThan(0);
    expect(f.included).toBeLessThan(plan.actions.length);
  });

  it('counts only the years’ shortfalls as missing financing', () => {
    const gaps = calc.financing.gap;
    expect(gaps.some((g) => g < 0)).toBe(true);
    expect(f.missingSek).toBeCloseTo(sum(gaps.filter((g) => g > 0)), 6);
    expect(f.missingSek).toBeGreaterThan(sum(gaps));
  });
});

describe('tables', () => {
  it('shows the first, the last and every fifth year', () => {
    expect(milestoneYears(calc.years)).toEqual([2020, 2025, 2030, 2035, 2040, 2045]);
    expect(milestoneYears([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031])).toEqual([2023, 2025, 2030, 2031]);
    expect(milestoneYears([])).toEqual([]);
  });

  it('groups the actions by sector in the plan’s order, every action once', () => {
    const groups = actionsBySector(plan);
    const order = plan.sectors.map((s) => s.id);
    expect(groups.map((g) => order.indexOf(g.sector!.id))).toEqual([...groups.map((g) => order.indexOf(g.sector!.id))].sort((a, b) => a - b));
    expect(groups.flatMap((g) => g.actions).sort((a, b) => a - b)).toEqual(plan.actions.map((_, k) => k));
    for (const g of groups) for (const k of g.actions) expect(plan.actions[k].sectorId).toBe(g.sector!.id);
  });

  it('reads an action’s effect in a year from the engine, null off the axis', () => {
    const k = calc.actions.findIndex((a) => a.effect.some((e) => e > 0));
    expect(effectInYear(calc, k, 2030)).toBe(calc.actions[k].effect[calc.years.indexOf(2030)]);
    expect(effectInYear(calc, k, 2050)).toBeNull();
  });

  it('uses a column per year when few years have money, else five-year periods that keep the sums', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031];
    const few = [0, 0, 5, 0, 7, 0, 0, 0, 0, 0, 1, 0];
    expect(yearColumns(years, [few]).map((c) => c.label)).toEqual(['2022', '2024', '2030']);
    const many = years.map((_, i) => i + 1);
    const cols = yearColumns(years, [many], 8);
    expect(cols.map((c) => c.label)).toEqual(['2020–2024', '2025–2029', '2030–2031']);
    expect(sum(cols.map((c) => columnSum(many, c)))).toBe(sum(many));
    expect(yearColumns(years, [years.map(() => 0)])).toEqual([]);
  });
});
