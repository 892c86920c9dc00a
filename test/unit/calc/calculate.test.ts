import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import { makeAction, makePlan, makeScenario } from './fixtures';

/** The example plan of DESIGN §6 (plus a sink and a hidden sector without baselines). */
function designExample(): Plan {
  return makePlan(
    {
      sectors: [
        { id: 'transport', name: 'Transporter', isSink: false },
        { id: 'heating', name: 'Uppvärmning', isSink: false, hidden: true },
        { id: 'sinks', name: 'Kolsänkor', isSink: true },
      ],
      baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 150000 }], annualChange: -0.01 }],
      targets: [
        { id: 't2030', name: 'Halvering 2030', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 2020 },
        { id: 't2040', name: 'Nettonoll 2040', year: 2040, scope: 'net', kind: 'netZero' },
      ],
      carbonBudget: { fromYear: 2022, tonsCo2e: 1200000, scope: 'net' },
      financingSources: [{ id: 'klimatklivet', name: 'Klimatklivet', kind: 'stateGrant' }],
      actions: [
        makeAction({
          id: 'bus',
          sectorId: 'transport',
          status: 'decided',
          startYear: 2025,
          implementationYears: 2,
          effectStartYear: 2026,
          rampYears: 3,
          effectKind: 'absolute',
          effectTonsPerYear: 5000,
          lifetimeYears: 15,
          capexSek: 20000000,
          opexSekPerYear: 500000,
          savingsSekPerYear: 1000000,
          costOverrides: [{ year: 2027, capexSek: 3000000 }],
        }),
      ],
      financing: [{ id: 'f1', actionId: 'bus', sourceId: 'klimatklivet', year: 2025, amountSek: 5000000, status: 'secured' }],
      scenarios: [makeScenario()],
    },
    { startYear: 2020, endYear: 2045, priceBaseYear: 2025, discountRate: 0.035, carbonValueSekPerTon: 7000, moneyUnit: 'tkr' },
  );
}

const YEARS = Array.from({ length: 26 }, (_, i) => 2020 + i);
const baseline = (y: number) => 150000 * 0.99 ** (y - 2020);
const effect = (y: number) => (y < 2026 ? 0 : y === 2026 ? 5000 / 3 : y === 2027 ? 10000 / 3 : 5000); // ramp 3 from 2026
const net = (y: number) => ({ 2025: 10e6, 2026: 10e6 + 0.5e6 - 1e6, 2027: 3e6 + 0.5e6 - 1e6 })[y] ?? (y > 2027 ? 0.5e6 - 1e6 : 0);
const df = (y: number) => 1.035 ** -(y - 2025);
const sum = (f: (y: number) => number) => YEARS.reduce((acc, y) => acc + f(y), 0);

describe('calculate on the DESIGN §6 example', () => {
  const result = calculate(designExample(), 'decided', { maccYear: 2030 });

  it('lays every series on the axis', () => {
    expect(result.scenarioId).toBe('decided');
    expect(result.years).toEqual(YEARS);
    for (const series of [result.emissions.gross, result.costs.net, result.financing.gap, result.actions[0].effect]) {
      expect(series).toHaveLength(26);
    }
  });

  it('subtracts the ramped effect from the baseline', () => {
    expect(Object.keys(result.emissions.bySector)).toEqual(['transport', 'heating', 'sinks']); // hidden one too
    YEARS.forEach((y, i) => {
      expect(result.emissions.bySector.transport[i]).toBeCloseTo(baseline(y) - effect(y), 6);
      expect(result.emissions.baselineGross[i]).toBeCloseTo(baseline(y), 6);
    });
    expect(result.emissions.bySector.heating).toEqual(new Array(26).fill(0));
    expect(result.emissions.net).toEqual(result.emissions.gross); // no sink baseline
    expect(result.emissions.overallocated).toEqual([]);
  });

  it('spreads capex, applies the override after implementation and nets opex and savings', () => {
    expect(result.costs.capex.slice(5, 9)).toEqual([10e6, 10e6, 3e6, 0]); // 2025–2028
    expect(result.costs.opex.slice(5, 8)).toEqual([0, 0.5e6, 0.5e6]);
    expect(result.costs.savings.slice(5, 8)).toEqual([0, 1e6, 1e6]);
    YEARS.forEach((y, i) => expect(result.costs.net[i]).toBe(net(y)));
  });

  it('computes the action figures', () => {
    const a = result.actions[0];
    const npv = sum((y) => net(y) * df(y));
    const tons = sum((y) => effect(y) * df(y));
    const crf = 0.035 / (1 - 1.035 ** -15);
    expect(a.id).toBe('bus');
    expect(a.included).toBe(true);
    expect(a.npvSek).toBeCloseTo(npv, 3);
    expect(a.discountedTons).toBeCloseTo(tons, 6);
    expect(a.levelizedCostSekPerTon).toBeCloseTo(npv / tons, 6);
    expect(a.annualizedCostSekPerTon).toBeCloseTo((20e6 * crf + 0.5e6 - 1e6) / 5000, 6);
    expect(a.societalNpvSek).toBeCloseTo(npv - 7000 * tons, 2);
    expect(result.macc).toEqual([{ actionId: 'bus', tons: 5000, costSekPerTon: a.annualizedCostSekPerTon }]);
  });

  it('evaluates the targets', () => {
    const [t2030, t2040] = result.targets;
    expect(t2030).toMatchObject({ id: 't2030', year: 2030, level: 75000, met: false }); // (1 − 0.5) × 150 000
    expect(t2030.scenario).toBeCloseTo(baseline(2030) - 5000, 6);
    expect(t2030.gap).toBeCloseTo(baseline(2030) - 5000 - 75000, 6);
    expect(t2040).toMatchObject({ id: 't2040', level: 0, met: false });
    expect(t2040.scenario).toBeCloseTo(baseline(2040) - 5000, 6);
  });

  it('spends the carbon budget from 2022', () => {
    let cumulative = 0;
    let exhausted: number | null = null;
    for (let y = 2022; y <= 2045; y++) {
      cumulative += baseline(y) - effect(y);
      if (exhausted === null && cumulative > 1200000) exhausted = y;
    }
    expect(exhausted).toBe(2030); // 8 years of about 140 000 t pass 1.2 Mt in 2030
    expect(result.carbonBudget?.exhaustedYear).toBe(exhausted);
    expect(result.carbonBudget?.cumulative).toBeCloseTo(cumulative, 4);
    expect(result.carbonBudget?.remaining).toBeCloseTo(1200000 - cumulative, 4);
  });

  it('sets the financing against the cost', () => {
    expect(result.financing.secured[5]).toBe(5e6);
    expect(result.financing.cost[5]).toBe(10e6);
    expect(result.financing.gap[5]).toBe(5e6);
    expect(result.financing.gap[6]).toBe(10e6 + 0.5e6);
    expect(result.financing.bySource.klimatklivet[5]).toBe(5e6);
    expect(result.financing.applied).toEqual(new Array(26).fill(0));
  });

  it('is plain JSON and the same every time', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(calculate(designExample(), 'decided', { maccYear: 2030 })).toEqual(result);
  });
});

describe('calculate', () => {
  it('reports an action that is not included "as if included", without counting it', () => {
    const plan = makePlan({
      baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 100 }], annualChange: 0 }],
      actions: [makeAction({ id: 'idea', status: 'idea', effectTonsPerYear: 10, capexSek: 50 })],
      scenarios: [makeScenario({ costFactor: 2, effectFactor: 0.5 })],
    });
    const result = calculate(plan, 'decided');
    expect(result.actions[0]).toMatchObject({ id: 'idea', included: false, effect: [0, 5, 5, 5, 5], npvSek: 100 });
    expect(result.emissions.gross).toEqual([100, 100, 100, 100, 100]);
    expect(result.costs.capex).toEqual([0, 0, 0, 0, 0]);
  });

  it('floors an over-allocated sector at 0 and flags its years', () => {
    const plan = makePlan({
      baseline: [
        {
          sectorId: 'transport',
          points: [
            { year: 2020, tonsCo2e: 100 },
            { year: 2024, tonsCo2e: 60 },
          ],
          annualChange: 0,
        },
      ],
      actions: [
        makeAction({ id: 'a', effectTonsPerYear: 50, effectStartYear: 2020 }),
        makeAction({ id: 'b', effectKind: 'share', effectShare: 0.5, effectStartYear: 2022 }),
      ],
    });
    const result = calculate(plan, 'decided');
    // B = 100, 90, 80, 70, 60; effects 50 + (0, 0, 40, 35, 30)
    expect(result.emissions.bySector.transport).toEqual([50, 40, 0, 0, 0]);
    expect(result.emissions.overallocated).toEqual([
      { sectorId: 'transport', year: 2022 }, // 90 > 80
      { sectorId: 'transport', year: 2023 }, // 85 > 70
      { sectorId: 'transport', year: 2024 }, // 80 > 60
    ]);
  });

  it('lets a sink action remove more without floor: net falls, gross stays', () => {
    const plan = makePlan({
      baseline: [
        { sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 100 }], annualChange: 0 },
        { sectorId: 'sinks', points: [{ year: 2020, tonsCo2e: -40 }], annualChange: 0 },
      ],
      actions: [makeAction({ id: 'forest', sectorId: 'sinks', effectTonsPerYear: 500, effectStartYear: 2020 })],
    });
    const result = calculate(plan, 'decided');
    expect(result.emissions.bySector.sinks).toEqual([-540, -540, -540, -540, -540]);
    expect(result.emissions.gross).toEqual([100, 100, 100, 100, 100]);
    expect(result.emissions.net).toEqual([-440, -440, -440, -440, -440]);
    expect(result.emissions.overallocated).toEqual([]);
  });

  it('gives a share effect on a sector without baseline no tonnes and no price', () => {
    const plan = makePlan({
      actions: [makeAction({ effectKind: 'share', effectShare: 0.3, effectStartYear: 2020, capexSek: 100, lifetimeYears: 10 })],
    });
    const a = calculate(plan, 'decided').actions[0];
    expect(a).toMatchObject({ effect: [0, 0, 0, 0, 0], discountedTons: 0, levelizedCostSekPerTon: null, annualizedCostSekPerTon: null });
  });

  it('adds nothing in the axis when the delay pushes an action past it', () => {
    const plan = makePlan({
      baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 100 }], annualChange: 0 }],
      actions: [makeAction({ startYear: 2022, effectTonsPerYear: 10, capexSek: 100, opexSekPerYear: 5 })],
      scenarios: [makeScenario({ delayYears: 5 })],
    });
    const result = calculate(plan, 'decided');
    expect(result.actions[0]).toMatchObject({ effect: [0, 0, 0, 0, 0], npvSek: 0, discountedTons: 0, levelizedCostSekPerTon: null });
    expect(result.costs.net).toEqual([0, 0, 0, 0, 0]);
  });

  it('does not change the plan it is given', () => {
    const plan = makePlan({
      baseline: [
        {
          sectorId: 'transport',
          points: [
            { year: 2024, tonsCo2e: 1 },
            { year: 2020, tonsCo2e: 100 },
          ],
          annualChange: 0,
        },
      ],
      actions: [makeAction({ costOverrides: [{ year: 2021, capexSek: 3 }] })],
    });
    const before = JSON.stringify(plan);
    calculate(deepFreeze(plan), 'decided', { maccYear: 2022 });
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('handles a plan without sectors, actions or scenarios beyond the one asked for', () => {
    const result = calculate(makePlan({ sectors: [] }), 'decided');
    expect(result.emissions).toEqual({
      bySector: {},
      gross: [0, 0, 0, 0, 0],
      net: [0, 0, 0, 0, 0],
      baselineGross: [0, 0, 0, 0, 0],
      baselineNet: [0, 0, 0, 0, 0],
      overallocated: [],
    });
    expect(result.carbonBudget).toBeNull();
    expect(result.actions).toEqual([]);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
