// Moving and scaling an action (shift.ts): a moved or scaled action is calculated as the engine
// would calculate the original under a larger delay or other factors (DESIGN §5, §9), and the
// scenario's startYears in the engine (DESIGN §10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSeries, calculate, CalcCache, createCalcContext } from '../../../shared/calc';
import { adjustAction, scenarioStartAction, shiftAction, startShifts } from '../../../shared/calc/shift';
import { normalizeAction } from '../../../shared/domain/normalize';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { planArb } from './arbitraries';
import { makeAction, makePlan, makeScenario } from './fixtures';

/** Every action of the plan replaced by `change` of it. */
const mapActions = (plan: Plan, change: (a: Plan['actions'][number]) => Plan['actions'][number]): Plan => ({
  ...plan,
  actions: plan.actions.map(change),
});

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
}

describe('shiftAction', () => {
  const action = makeAction({
    startYear: 2021,
    implementationYears: 2,
    effectStartYear: 2022,
    effectEndYear: 2030,
    costOverrides: [{ year: 2021, capexSek: 5, savingsSek: 2 }],
  });

  it('returns the action itself for a shift of 0', () => {
    expect(shiftAction(action, 0)).toBe(action);
  });

  it('moves the start, the effect years and every override year, and nothing else', () => {
    const moved = shiftAction(action, 3);
    expect(moved).toEqual(
      normalizeAction({
        ...action,
        startYear: 2024,
        effectStartYear: 2025,
        effectEndYear: 2033,
        costOverrides: [{ year: 2024, capexSek: 5, savingsSek: 2 }],
      }),
    );
    expect(Object.keys(moved)).toEqual(Object.keys(normalizeAction(action)));
    expect(shiftAction(action, -1).startYear).toBe(2020);
  });

  it('leaves the action it was given, and its overrides, untouched', () => {
    const before = JSON.stringify(action);
    shiftAction(action, 2);
    adjustAction(action, 2, 3, 4);
    adjustAction(normalizeAction(action), 2, 3, 4);
    expect(JSON.stringify(action)).toBe(before);
  });

  it('under delay D calculates exactly as the action under delay D + d (any valid plan)', () => {
    fc.assert(
      fc.property(planArb(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: -5, max: 20 }), (generated, delay, d) => {
        const plan = { ...generated, scenarios: [{ ...generated.scenarios[0], delayYears: delay }] };
        const later = { ...plan, scenarios: [{ ...plan.scenarios[0], delayYears: delay + d }] };
        const id = plan.scenarios[0].id;
        // Financing entries do not move with either, so the whole result must agree.
        expect(
          calculate(
            mapActions(plan, (a) => shiftAction(a, d)),
            id,
          ),
        ).toEqual(calculate(later, id));
      }),
      { numRuns: 150 },
    );
  });
});

describe('adjustAction', () => {
  it('scales effect and capex/opex like the scenario factors, never savings', () => {
    fc.assert(
      fc.property(planArb(), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (generated, fE, fC) => {
        const scenario = generated.scenarios[0];
        const plan = { ...generated, scenarios: [scenario] };
        const scaled = { ...plan, scenarios: [{ ...scenario, effectFactor: scenario.effectFactor * fE, costFactor: scenario.costFactor * fC }] };
        const drawn = calculate(
          mapActions(plan, (a) => adjustAction(a, 0, fE, fC)),
          scenario.id,
        );
        const expected = calculate(scaled, scenario.id);
        drawn.emissions.gross.forEach((v, i) => expect(close(v, expected.emissions.gross[i])).toBe(true));
        drawn.costs.net.forEach((v, i) => expect(close(v, expected.costs.net[i])).toBe(true));
        drawn.costs.savings.forEach((v, i) => expect(v).toBe(expected.costs.savings[i]));
      }),
      { numRuns: 150 },
    );
  });

  it('with factors 1 and no shift gives an equal action, overrides copied', () => {
    const action = normalizeAction(makeAction({ effectTonsPerYear: 7, capexSek: 100, costOverrides: [{ year: 2021, opexSek: 3 }] }));
    const same = adjustAction(action, 0, 1, 1);
    expect(same).toEqual(action);
    expect(same).not.toBe(action);
    expect(same.costOverrides[0]).not.toBe(action.costOverrides[0]);
  });

  it('moves and scales one action as one uncertainty draw describes it', () => {
    const action = makeAction({
      effectKind: 'share',
      effectShare: 0.2,
      effectTonsPerYear: undefined,
      capexSek: 100,
      opexSekPerYear: 10,
      savingsSekPerYear: 4,
      costOverrides: [{ year: 2021, capexSek: 50, opexSek: 6, savingsSek: 1 }],
    });
    const drawn = adjustAction(action, 2, 0.5, 2);
    expect(drawn).toMatchObject({ startYear: 2022, effectShare: 0.1, capexSek: 200, opexSekPerYear: 20, savingsSekPerYear: 4 });
    expect(drawn.costOverrides).toEqual([{ year: 2023, capexSek: 100, opexSek: 12, savingsSek: 1 }]);
    const plan = makePlan({ actions: [drawn], scenarios: [makeScenario()] });
    // Capex of the moved start year, and the moved override's (scaled) capex two years later.
    expect(calculate(plan, 'decided').costs.capex).toEqual([0, 0, 200, 100, 0]);
  });
});

describe('shiftAction with start windows', () => {
  const action = normalizeAction(
    makeAction({
      startYear: 2025,
      effectStartYear: 2026,
      effectEndYear: 2035,
      costOverrides: [
        { year: 2027, capexSek: 5 },
        { year: 2030, opexSek: 1, savingsSek: 2 },
      ],
      earliestStartYear: 2024,
      latestStartYear: 2028,
    }),
  );

  it('moves the start, the effect years and the override years together', () => {
    const moved = shiftAction(action, 2);
    expect(moved.startYear).toBe(2027);
    expect(moved.effectStartYear).toBe(2028);
    expect(moved.effectEndYear).toBe(2037);
    expect(moved.costOverrides.map((o) => o.year)).toEqual([2029, 2032]);
    expect(moved.costOverrides[0]).toEqual({ year: 2029, capexSek: 5, opexSek: undefined, savingsSek: undefined });
  });

  it('moves earlier too, and leaves absent effect years absent', () => {
    const moved = shiftAction(normalizeAction(makeAction({ startYear: 2025 })), -3);
    expect(moved.startYear).toBe(2022);
    expect(moved.effectStartYear).toBeUndefined();
    expect(moved.effectEndYear).toBeUndefined();
  });

  it('gives a new action of the one normalized shape and leaves the given one as it was', () => {
    const before = JSON.stringify(action);
    const moved = shiftAction(action, 1);
    expect(moved).not.toBe(action);
    expect(Object.keys(moved)).toEqual(Object.keys(action));
    expect(moved.costOverrides).not.toBe(action.costOverrides);
    expect(JSON.stringify(action)).toBe(before);
  });

  it('keeps the window: it says where the action may start, not where it starts now', () => {
    const moved = shiftAction(action, 1);
    expect([moved.earliestStartYear, moved.latestStartYear]).toEqual([2024, 2028]);
  });

  it('gives the action itself for 0 years', () => {
    expect(shiftAction(action, 0)).toBe(action);
  });
});

describe('startShifts', () => {
  const actions = [makeAction({ id: 'a', startYear: 2025 }), makeAction({ id: 'b', startYear: 2026 })];

  it('is null for a scenario that moves nothing, or moves actions to their own years', () => {
    expect(startShifts(undefined, actions)).toBeNull();
    expect(startShifts({}, actions)).toBeNull();
    expect(startShifts({ a: 2025 }, actions)).toBeNull();
  });

  it('holds the years to move by, ignoring ids the plan does not have', () => {
    expect([...startShifts({ a: 2027, b: 2026, x: 2030 }, actions)!]).toEqual([['a', 2]]);
  });

  it('reads only the record’s own keys (an id such as "constructor" is a plain key)', () => {
    const withProto = [makeAction({ id: 'constructor', startYear: 2025 })];
    expect(startShifts({ other: 2030 }, withProto)).toBeNull();
    expect(scenarioStartAction({ other: 2030 }, withProto[0])).toBe(withProto[0]);
  });
});

describe('startYears in the engine', () => {
  const plan = (scenario: Partial<Scenario>): Plan =>
    makePlan(
      {
        baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 1000 }], annualChange: 0 }],
        actions: [
          makeAction({ id: 'a', startYear: 2021, capexSek: 100, effectTonsPerYear: 10, costOverrides: [{ year: 2021, capexSek: 40 }] }),
          makeAction({ id: 'b', startYear: 2020, capexSek: 50, effectTonsPerYear: 5 }),
        ],
        financing: [{ id: 'f', actionId: 'a', sourceId: 's', year: 2021, amountSek: 30, status: 'secured' }],
        financingSources: [{ id: 's', name: 'S', kind: 'stateGrant' }],
        scenarios: [makeScenario(scenario)],
      },
      { endYear: 2026 },
    );

  it('calculates a moved action as if it started in that year, its override moved along, financing not', () => {
    const r = calculate(plan({ startYears: { a: 2023 } }), 'decided');
    // a: capex 100 in 2023, but the override (2021 → 2023) makes it 40; effect from 2024.
    expect(r.costs.capex).toEqual([50, 0, 0, 40, 0, 0, 0]);
    expect(r.actions[0].effect).toEqual([0, 0, 0, 0, 10, 10, 10]);
    expect(r.financing.secured).toEqual([0, 30, 0, 0, 0, 0, 0]);
  });

  it('moves before the scenario delay is applied', () => {
    const r = calculate(plan({ startYears: { a: 2023 }, delayYears: 1 }), 'decided');
    expect(r.costs.capex).toEqual([0, 50, 0, 0, 40, 0, 0]);
  });

  it('moves the single-action series of a view the same way', () => {
    const p = plan({ startYears: { a: 2023 } });
    const ctx = createCalcContext(p, 'decided');
    const series = actionSeries(ctx, p.actions[0]);
    expect(Array.from(series.effect)).toEqual(calculate(p, 'decided').actions[0].effect);
    expect(series.timing.start).toBe(2023);
  });

  it('with the cache gives exactly what it gives without', () => {
    const p = plan({ startYears: { a: 2022 } });
    const cache = new CalcCache();
    calculate(p, 'decided', { cache });
    expect(calculate(p, 'decided', { cache })).toEqual(calculate(p, 'decided'));
  });
});

describe('startYears properties', () => {
  it('an entry equal to the action’s own start year changes nothing', () => {
    fc.assert(
      fc.property(planArb(), fc.nat(), fc.nat(), (plan, pick, pickScenario) => {
        fc.pre(plan.actions.length > 0);
        const action = plan.actions[pick % plan.actions.length];
        const i = pickScenario % plan.scenarios.length;
        const scenarios = plan.scenarios.map((s, k) => (k === i ? { ...s, startYears: { [action.id]: action.startYear } } : s));
        const id = plan.scenarios[i].id;
        expect(calculate({ ...plan, scenarios }, id)).toEqual(calculate(plan, id));
      }),
      { numRuns: 200 },
    );
  });

  it('a moved action gives what the same action with its years rewritten gives', () => {
    fc.assert(
      fc.property(planArb(), fc.nat(), fc.integer({ min: -5, max: 5 }), (plan, pick, years) => {
        fc.pre(plan.actions.length > 0);
        const k = pick % plan.actions.length;
        const action = plan.actions[k];
        const startYear = action.startYear + years;
        fc.pre(startYear >= 1990 && startYear <= 2100);
        const moved = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, startYears: { [action.id]: startYear } })) };
        const rewritten = { ...plan, actions: plan.actions.map((a, j) => (j === k ? shiftAction(a, years) : a)) };
        for (const s of plan.scenarios) expect(calculate(moved, s.id)).toEqual(calculate(rewritten, s.id));
      }),
      { numRuns: 200 },
    );
  });
});
