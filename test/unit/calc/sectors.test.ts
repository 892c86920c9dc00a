import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { baselineScopeTotal, sectorBaseline, sectorTable } from '../../../shared/calc/sectors';
import { makePlan } from './fixtures';

describe('sector table', () => {
  const plan = makePlan(
    {
      sectors: [
        { id: 'transport', name: 'Transporter', isSink: false },
        { id: 'heating', name: 'Uppvärmning', isSink: false, hidden: true },
        { id: 'sinks', name: 'Kolsänkor', isSink: true },
      ],
      baseline: [
        { sectorId: 'sinks', points: [{ year: 2020, tonsCo2e: -30 }], annualChange: 0 },
        {
          sectorId: 'transport',
          points: [
            { year: 1990, tonsCo2e: 200 },
            { year: 2020, tonsCo2e: 100 },
          ],
          annualChange: 0,
        },
        { sectorId: 'gone', points: [{ year: 2020, tonsCo2e: 5 }], annualChange: 0 }, // no such sector
      ],
    },
    { endYear: 2021 },
  );
  const sectors = sectorTable(plan, makeAxis(2020, 2021));

  it('keeps the plan order of the sectors, hidden ones included', () => {
    expect(sectors.ids).toEqual(['transport', 'heating', 'sinks']);
    expect(sectors.isSink).toEqual([false, false, true]);
  });

  it("holds each sector's baseline over the axis, 0 for a sector without one", () => {
    expect(Array.from(sectorBaseline(sectors, 'transport')!)).toEqual([100, 100]);
    expect(Array.from(sectorBaseline(sectors, 'heating')!)).toEqual([0, 0]);
    expect(sectorBaseline(sectors, 'gone')).toBeUndefined();
  });

  it('sums a scope in any year: gross without sinks, net with them', () => {
    expect(baselineScopeTotal(sectors, 'gross', 1990)).toBe(200);
    expect(baselineScopeTotal(sectors, 'net', 1990)).toBe(200 - 30);
    expect(baselineScopeTotal(sectors, 'gross', 2005)).toBe(150); // halfway 200 → 100
  });
});
