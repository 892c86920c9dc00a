// One plan's figures for the roll-up are the engine's own, reduced: the scenario of the chosen id
// (default the plan's first), the capex and the secured financing over the axis, the positive
// yearly financing gaps, capex by cost bearer adding up to the capex, the 2023 population.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { COST_BEARERS } from '../../../shared/domain/ids';
import { populationOf, POPULATION_YEAR } from '../../../shared/reference/population';
import { MUNICIPALITIES } from '../../../shared/reference/municipalities';
import { chooseScenario, combine, perInhabitant, planMilestones, summarisePlan, targetsMet, type PlanFigures } from '../../../shared/rollup';
import { samplePlan } from '../../support/documents';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const SAVED = '2025-05-01T12:00:00.000Z';

function summarised(scenarioId?: string): PlanFigures {
  const s = summarisePlan({ file: 'umea.klimat', plan: samplePlan(), savedAt: SAVED }, scenarioId);
  if (!s.ok) throw new Error(s.reason);
  return s.figures;
}

describe('summarisePlan', () => {
  it('reduces the engine’s result for the scenario of the chosen id', () => {
    const plan = samplePlan();
    const calc = calculate(plan, 'all');
    const f = summarised('all');
    expect(f.scenarioId).toBe('all');
    expect(f.emissions.gross).toEqual(calc.emissions.gross);
    expect(f.emissions.baselineNet).toEqual(calc.emissions.baselineNet);
    expect(f.capexSek).toBeCloseTo(sum(calc.costs.capex), 6);
    expect(f.securedSek).toBeCloseTo(sum(calc.financing.secured), 6);
    expect(f.financingGapSek).toBeCloseTo(sum(calc.financing.gap.filter((g) => g > 0)), 6);
    expect(f.financingGapSek).toBeGreaterThan(0);
    expect(sum(COST_BEARERS.map((b) => f.capexByCostBearer[b]))).toBeCloseTo(f.capexSek, 3);
    expect(f.targets.map((t) => [t.id, t.gap, t.met])).toEqual(calc.targets.map((t) => [t.id, t.gap, t.met]));
    expect(f.targets[0].name).toBe(plan.targets[0].name);
    expect(f.population).toBe(133_091);
    expect([f.startYear, f.endYear, f.savedAt]).toEqual([2020, 2045, SAVED]);
  });

  it('takes the plan’s first scenario without an id', () => {
    expect(summarised().scenarioId).toBe(samplePlan().scenarios[0].id);
  });

  it('refuses a plan without the chosen scenario, naming the plan’s scenarios', () => {
    const s = summarisePlan({ file: 'umea.klimat', plan: samplePlan(), savedAt: SAVED }, 'finns-inte');
    expect(s).toEqual({ ok: false, reason: 'Planen har inget scenario med id "finns-inte" (planens scenarier: decided, all, delayed).' });
    expect(chooseScenario({ ...samplePlan(), scenarios: [] }, undefined)).toEqual({ ok: false, reason: 'Planen har inga scenarier att räkna med.' });
  });
});

describe('per inhabitant, milestones and targets met', () => {
  it('divides by the population, and the region by the population of the plans that have the year', () => {
    const a = summarised('decided');
    const b = {
      ...summarised('decided'),
      file: 'skelleftea.klimat',
      municipalityCode: '2482',
      population: populationOf('2482'),
      startYear: 2030,
      emissions: { gross: [1000], net: [1000], baselineGross: [2000], baselineNet: [2000] },
      endYear: 2030,
    };
    const r = combine([a, b], []);
    const per = perInhabitant(r);
    const i2030 = r.years.indexOf(2030);
    expect(per.plans[0].values[i2030]).toBeCloseTo(a.emissions.gross[10] / 133_091, 12);
    expect(per.region[i2030]).toBeCloseTo((a.emissions.gross[10] + 1000) / (133_091 + populationOf('2482')!), 12);
    expect(per.region[0]).toBeCloseTo(a.emissions.gross[0] / 133_091, 12);

    const [first, y2030, y2040] = planMilestones(r, r.plans[1]);
    expect(first).toEqual({ year: 2030, gross: 1000, baselineGross: 2000, perInhabitant: 1000 / populationOf('2482')! });
    expect(y2040.gross).toBeNull();
    expect(y2030.year).toBe(2030);
  });

  it('counts the targets met among those that can be judged, with the largest gap missed', () => {
    const f = summarised();
    f.targets = [
      { id: 'a', name: 'A', year: 2030, gap: -10, met: true },
      { id: 'b', name: 'B', year: 2040, gap: 50, met: false },
      { id: 'c', name: 'C', year: 2060, gap: null, met: null },
    ];
    expect(targetsMet(combine([f], []).plans[0])).toEqual({ judged: 2, met: 1, total: 3, largestGap: 50 });
  });
});

describe('population (generated from SCB via Klimatkollen)', () => {
  it('has every one of the 290 municipalities, and nothing else', () => {
    expect(MUNICIPALITIES.every((m) => (populationOf(m.code) ?? 0) > 0)).toBe(true);
    expect(populationOf('0180')).toBe(988_943);
    expect(populationOf('9999')).toBeNull();
    expect(POPULATION_YEAR).toBe(2023);
    // Sweden's population on 31 December 2023 (SCB): the municipalities add up to it.
    expect(MUNICIPALITIES.reduce((s, m) => s + populationOf(m.code)!, 0)).toBe(10_551_707);
  });

  it('is what the committed script makes of the statistics file', () => {
    const r = spawnSync(process.execPath, ['electron/build/generate-population.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/up to date \(290 municipalities\)/);
  });
});
