import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { baselineAt, baselineCurve, baselineSeries } from '../../../shared/calc/baseline';
import type { Baseline } from '../../../shared/domain/types';

function curveOf(points: [number, number][], annualChange = 0) {
  const baseline: Baseline = { sectorId: 's', points: points.map(([year, tonsCo2e]) => ({ year, tonsCo2e })), annualChange };
  return baselineCurve(baseline);
}

describe('baseline B_s(y)', () => {
  it('is 0 in every year for a sector without points or without a baseline entry', () => {
    expect(baselineAt(curveOf([]), 2020)).toBe(0);
    expect(baselineAt(baselineCurve(undefined), 1990)).toBe(0);
    expect(Array.from(baselineSeries(baselineCurve(undefined), makeAxis(2020, 2022)))).toEqual([0, 0, 0]);
  });

  it("takes a point's own value in its year", () => {
    const curve = curveOf([
      [1990, 200],
      [2000, 100],
      [2010, 50],
    ]);
    expect(baselineAt(curve, 1990)).toBe(200);
    expect(baselineAt(curve, 2000)).toBe(100);
    expect(baselineAt(curve, 2010)).toBe(50);
  });

  it('interpolates linearly between points, whatever order they are given in', () => {
    const curve = curveOf([
      [2010, 50],
      [1990, 200],
      [2000, 100],
    ]);
    expect(baselineAt(curve, 1995)).toBe(150); // 200 + 5/10 × (100 − 200)
    expect(baselineAt(curve, 2005)).toBe(75); // 100 + 5/10 × (50 − 100)
    expect(baselineAt(curve, 1992)).toBeCloseTo(200 + (2 / 10) * -100, 9); // 180
  });

  it('holds the first value before the first point (a 1990 reference before the data)', () => {
    const curve = curveOf(
      [
        [2005, 400],
        [2020, 300],
      ],
      -0.5,
    );
    expect(baselineAt(curve, 1990)).toBe(400);
    expect(baselineAt(curve, 2004)).toBe(400);
  });

  it('compounds annualChange after the last point', () => {
    const curve = curveOf(
      [
        [2000, 100],
        [2010, 50],
      ],
      0.1,
    );
    expect(baselineAt(curve, 2012)).toBeCloseTo(50 * 1.1 * 1.1, 9); // 60.5
    expect(baselineAt(curveOf([[2020, 100]], -0.1), 2022)).toBeCloseTo(100 * 0.9 * 0.9, 9); // 81
  });

  it('goes to 0 after the last point with annualChange −1, and stays flat with 0', () => {
    expect(baselineAt(curveOf([[2020, 100]], -1), 2021)).toBe(0);
    expect(baselineAt(curveOf([[2020, 100]], 0), 2100)).toBe(100);
  });

  it('keeps negative values of a sink', () => {
    const curve = curveOf(
      [
        [2020, -1000],
        [2030, -2000],
      ],
      0.02,
    );
    expect(baselineAt(curve, 2025)).toBe(-1500);
    expect(baselineAt(curve, 2031)).toBeCloseTo(-2000 * 1.02, 9);
  });

  it('gives the axis series: flat, interpolated and extrapolated parts together', () => {
    const curve = curveOf(
      [
        [2020, 100],
        [2022, 120],
      ],
      -0.5,
    );
    // 2018, 2019 flat at 100; 2021 = (100 + 120) / 2; 2023 = 120 × 0.5; 2024 = 120 × 0.25
    expect(Array.from(baselineSeries(curve, makeAxis(2018, 2024)))).toEqual([100, 100, 100, 110, 120, 60, 30]);
  });

  it('does not reorder the points of the plan it was given', () => {
    const baseline: Baseline = {
      sectorId: 's',
      points: [
        { year: 2010, tonsCo2e: 1 },
        { year: 2000, tonsCo2e: 2 },
      ],
      annualChange: 0,
    };
    baselineCurve(baseline);
    expect(baseline.points.map((p) => p.year)).toEqual([2010, 2000]);
  });
});
