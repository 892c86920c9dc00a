// shiftAction and adjustAction: a moved or scaled action is calculated as the engine would
// calculate the original under a larger delay or other factors (DESIGN §5, §9, §10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { adjustAction, shiftAction } from '../../../shared/calc/shift';
import { normalizeAction } from '../../../shared/domain/normalize';
import type { Plan } from '../../../shared/domain/types';
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
    expect(moved).toEqual(normalizeAction({
      ...action,
      startYear: 2024,
      effectStartYear: 2025,
      effectEndYear: 2033,
      costOverrides: [{ year: 2024, capexSek: 5, savingsSek: 2 }],
    }));
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
        expect(calculate(mapActions(plan, (a) => shiftAction(a, d)), id)).toEqual(calculate(later, id));
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
        const drawn = calculate(mapActions(plan, (a) => adjustAction(a, 0, fE, fC)), scenario.id);
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
