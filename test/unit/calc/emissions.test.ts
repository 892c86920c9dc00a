import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { isOverallocated, scenarioEmissions } from '../../../shared/calc/emissions';
import { sectorTable } from '../../../shared/calc/sectors';
import { makePlan } from './fixtures';

const axis = makeAxis(2020, 2022);
const plan = makePlan(
  {
    sectors: [
      { id: 'transport', name: 'Transporter', isSink: false },
      { id: 'heating', name: 'Uppvärmning', isSink: false, hidden: true },
      { id: 'sinks', name: 'Kolsänkor', isSink: true },
    ],
    baseline: [
      { sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 100 }], annualChange: 0 },
      { sectorId: 'heating', points: [{ year: 2020, tonsCo2e: 40 }], annualChange: 0 },
      { sectorId: 'sinks', points: [{ year: 2020, tonsCo2e: -50 }], annualChange: 0 },
    ],
  },
  { endYear: 2022 },
);
const sectors = sectorTable(plan, axis);
const f64 = (values: number[]) => Float64Array.from(values);

function run(transport: number[], heating: number[], sinks: number[]) {
  return scenarioEmissions(sectors, [f64(transport), f64(heating), f64(sinks)], axis);
}

describe('scenario emissions', () => {
  it('subtract the effects and floor an ordinary sector at 0, flagging the over-allocated years', () => {
    const e = run([50, 150, 100], [0, 0, 0], [0, 0, 0]);
    expect(Array.from(e.bySector[0])).toEqual([50, 0, 0]); // 100 − 50; max(0, 100 − 150); 100 − 100
    expect(e.overallocated).toEqual([{ sectorId: 'transport', year: 2021 }]); // exactly 100 % is not over
  });

  it('do not flag a sum that passes the baseline only by rounding', () => {
    const baseline = 100.01;
    const sum = 0.7 * baseline + 0.2 * baseline + 0.1 * baseline; // 100 % in three shares
    expect(sum).toBeGreaterThan(baseline); // by 1.4e-14, a rounding error
    expect(isOverallocated(sum, baseline)).toBe(false);
    expect(isOverallocated(baseline + 0.01, baseline)).toBe(true);
  });

  it('leave a sink unfloored: extra removals make it more negative, never flagged', () => {
    const e = run([0, 0, 0], [0, 0, 0], [30, 0, 1000]);
    expect(Array.from(e.bySector[2])).toEqual([-80, -50, -1050]);
    expect(e.overallocated).toEqual([]);
  });

  it('sum gross over ordinary sectors (hidden ones too) and net with the sinks', () => {
    const e = run([10, 0, 0], [0, 5, 0], [0, 0, 20]);
    expect(Array.from(e.gross)).toEqual([90 + 40, 100 + 35, 100 + 40]);
    expect(Array.from(e.net)).toEqual([130 - 50, 135 - 50, 140 - 70]);
    expect(Array.from(e.baselineGross)).toEqual([140, 140, 140]);
    expect(Array.from(e.baselineNet)).toEqual([90, 90, 90]);
  });

  it('equal the baseline without effects', () => {
    const e = run([0, 0, 0], [0, 0, 0], [0, 0, 0]);
    expect(Array.from(e.gross)).toEqual(Array.from(e.baselineGross));
    expect(Array.from(e.net)).toEqual(Array.from(e.baselineNet));
  });
});
