import { describe, expect, it } from 'vitest';
import { makeAxis } from '../../../shared/calc/axis';
import { sectorTable } from '../../../shared/calc/sectors';
import { evaluateTarget, targetLevel } from '../../../shared/calc/targets';
import type { Target } from '../../../shared/domain/types';
import { makePlan } from './fixtures';

const axis = makeAxis(2020, 2024);
// transport: 1000 t in 1990, 600 t in 2020 (interpolated between); sinks: −100 t throughout.
const plan = makePlan({
  baseline: [
    {
      sectorId: 'transport',
      points: [
        { year: 1990, tonsCo2e: 1000 },
        { year: 2020, tonsCo2e: 600 },
      ],
      annualChange: 0,
    },
    { sectorId: 'sinks', points: [{ year: 1990, tonsCo2e: -100 }], annualChange: 0 },
  ],
});
const sectors = sectorTable(plan, axis);
// Scenario totals on the axis 2020–2024.
const scenario = { gross: Float64Array.from([600, 550, 500, 450, 400]), net: Float64Array.from([500, 450, 400, 350, 300]) };

function target(fields: Partial<Target>): Target {
  return { id: 't', name: 'Mål', year: 2022, scope: 'gross', kind: 'reduction', ...fields };
}

describe('targets', () => {
  it('reduction against a reference year before the axis uses the baseline of that year', () => {
    const t = target({ reduction: 0.5, referenceYear: 1990 });
    expect(evaluateTarget(t, sectors, scenario, axis)).toEqual({
      id: 't',
      year: 2022,
      level: 500,
      scenario: 500,
      gap: 0,
      met: true, // (1 − 0.5) × 1000; 500 − 500 ≤ 0
    });
  });

  it('reduction on the net scope takes the sinks into the reference', () => {
    const t = target({ scope: 'net', reduction: 0.5, referenceYear: 2005 }); // 1000 − 15/30 × 400 = 800; − 100
    expect(targetLevel(t, sectors)).toBe(0.5 * (800 - 100));
    expect(evaluateTarget(t, sectors, scenario, axis)).toMatchObject({ scenario: 400, gap: 400 - 350, met: false });
  });

  it('reduction with the reference given in tonnes uses those tonnes, also when a year is given too', () => {
    const t = target({ reduction: 0.25, referenceTonsCo2e: 800, referenceYear: 1990 });
    expect(evaluateTarget(t, sectors, scenario, axis)).toMatchObject({ level: 600, scenario: 500, gap: -100, met: true });
  });

  it('absolute takes its tonnes as the level', () => {
    const t = target({ kind: 'absolute', tonsCo2e: 420, year: 2024 });
    expect(evaluateTarget(t, sectors, scenario, axis)).toMatchObject({ level: 420, scenario: 400, gap: -20, met: true });
  });

  it('netZero is judged on the net scope at level 0, whatever scope it names', () => {
    const t = target({ kind: 'netZero', scope: 'gross', year: 2024 });
    expect(evaluateTarget(t, sectors, scenario, axis)).toMatchObject({ level: 0, scenario: 300, gap: 300, met: false });
  });

  it('outside the axis keeps its level and has no scenario, gap or met', () => {
    const t = target({ reduction: 0.5, referenceYear: 1990, year: 2030 });
    expect(evaluateTarget(t, sectors, scenario, axis)).toEqual({
      id: 't',
      year: 2030,
      level: 500,
      scenario: null,
      gap: null,
      met: null,
    });
  });
});
