import { describe, expect, it } from 'vitest';
import { axisYears, makeAxis, runToNumbers, toNumbers, yearIndex } from '../../../shared/calc/axis';

describe('axis', () => {
  const axis = makeAxis(2020, 2024);

  it('runs from startYear to endYear inclusive', () => {
    expect(axis.length).toBe(5); // 2024 − 2020 + 1
    expect(axisYears(axis)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('finds the slot of a year, and -1 off the axis on either side', () => {
    expect([2019, 2020, 2024, 2025].map((y) => yearIndex(axis, y))).toEqual([-1, 0, 4, -1]);
  });

  it('turns typed series into plain arrays, with -0 as 0', () => {
    const plain = toNumbers(Float64Array.from([1.5, -0, 0, -2, 3]));
    expect(plain).toEqual([1.5, 0, 0, -2, 3]);
    expect(Object.is(plain[1], 0)).toBe(true);
    expect(Array.isArray(plain)).toBe(true);
  });

  it('copies only a run of a series that is 0 elsewhere, into fresh arrays every time', () => {
    const series = Float64Array.from([0, 7, 8, 0, 0]);
    const first = runToNumbers(series, 1, 3);
    const second = runToNumbers(series, 1, 3);
    expect(first).toEqual([0, 7, 8, 0, 0]);
    first[0] = 99;
    expect(second).toEqual([0, 7, 8, 0, 0]);
    expect(runToNumbers(series, 4, 2)).toEqual([0, 0, 0, 0, 0]); // an empty run
    expect(toNumbers(new Float64Array(3))).toEqual([0, 0, 0]); // other lengths too
  });
});
