// The optimiser on hand-made plans: a binding yearly budget, moved starts, what each target
// costs, and the plain-Swedish reasons when nothing can meet the constraints (DESIGN §10).
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import type { Action, Plan } from '../../../shared/domain/types';
import { choiceScenario, optimise, OptimiseInputError, startWindow, targetCosts, type OptimiseFound, type OptimiseRequest } from '../../../shared/optimise';
import { makeAction, makePlan, makeScenario } from '../calc/fixtures';

const highs = await loadHighs();

/** Transport at 1 000 t a year on 2020–2030, prices of 2020 discounted at 5 %, money in mnkr. */
function plan(actions: Action[], fields: Partial<Plan> = {}): Plan {
  return makePlan(
    {
      baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 1000 }], annualChange: 0 }],
      targets: [{ id: 't2030', name: 'Halvering', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 2020 }],
      actions,
      scenarios: [makeScenario()],
      ...fields,
    },
    { endYear: 2030, discountRate: 0.05, moneyUnit: 'mnkr' },
  );
}

const candidate = (id: string, fields: Partial<Action>): Action =>
  makeAction({ id, code: id.toUpperCase(), name: `Åtgärd ${id}`, status: 'proposed', ...fields });

function found(answer: ReturnType<typeof optimise>): OptimiseFound {
  if (answer.status !== 'optimal') throw new Error(`expected optimal, got ${JSON.stringify(answer)}`);
  return answer;
}

describe('a binding yearly budget', () => {
  // Both are needed for the target (1 000 − 600 = 400 ≤ 500); discounting makes the latest start cheapest.
  const p = plan([
    candidate('c1', { startYear: 2026, earliestStartYear: 2025, latestStartYear: 2028, capexSek: 50e6, effectTonsPerYear: 300 }),
    candidate('c2', { startYear: 2026, earliestStartYear: 2025, latestStartYear: 2028, capexSek: 50e6, effectTonsPerYear: 300 }),
  ]);
  const budget = { costBearers: ['municipality' as const], fromYear: 2025, toYear: 2030, maxSek: 60e6 };

  it('without it, both start as late as the target allows', () => {
    const answer = found(optimise(highs, p, { scenarioId: 'decided' }));
    expect(answer.chosen).toEqual([
      { actionId: 'c1', startYear: 2028, moved: true },
      { actionId: 'c2', startYear: 2028, moved: true },
    ]);
  });

  it('with it, one starts a year earlier so that no year costs more than the ceiling', () => {
    const free = found(optimise(highs, p, { scenarioId: 'decided' }));
    const answer = found(optimise(highs, p, { scenarioId: 'decided', budget }));
    expect(answer.chosen.map((c) => c.startYear).sort()).toEqual([2027, 2028]);
    expect(answer.value).toBeGreaterThan(free.value);
    // The saved scenario, calculated by the engine: spending per year within the ceiling, target met.
    const scenario = choiceScenario(p, p.scenarios[0], new Map(answer.chosen.map((c) => [c.actionId, c.startYear])), 'opt', 'Optimerat');
    const calc = calculate({ ...p, scenarios: [...p.scenarios, scenario] }, 'opt');
    expect(Math.max(...calc.financing.cost)).toBeLessThanOrEqual(60e6);
    expect(calc.targets[0].met).toBe(true);
    expect(scenario.startYears).toEqual(Object.fromEntries(answer.chosen.map((c) => [c.actionId, c.startYear])));
  });

  it('says what the target costs: the objective with it against without it', () => {
    const request: OptimiseRequest = { scenarioId: 'decided', budget };
    const answer = found(optimise(highs, p, request));
    const [cost] = targetCosts(highs, p, request, answer.value);
    expect(cost.targetId).toBe('t2030');
    expect(cost.valueWithout).toBe(0); // without a target nothing is worth its cost
    expect(cost.costSek).toBeCloseTo(answer.value, 3);
  });

  it('leaves out a candidate whose savings do not pay, and takes one that pays for itself', () => {
    const q = plan([candidate('pays', { savingsSekPerYear: 1e6, effectTonsPerYear: 1 }), candidate('costs', { capexSek: 1e6, effectTonsPerYear: 1 })], {
      targets: [],
    });
    expect(found(optimise(highs, q, { scenarioId: 'decided' })).chosen.map((c) => c.actionId)).toEqual(['pays']);
  });
});

describe('infeasible: why, in plain Swedish', () => {
  it('names a target that even every candidate at its earliest start cannot reach, and by how much', () => {
    const p = plan([candidate('c1', { startYear: 2026, earliestStartYear: 2025, latestStartYear: 2027, effectTonsPerYear: 200 })]);
    const answer = optimise(highs, p, { scenarioId: 'decided' });
    expect(answer).toEqual({
      status: 'infeasible',
      objective: 'npv',
      reasons: ['Målet 2030 (Halvering): även med alla valbara åtgärder vid tidigaste start återstår 300 t.'],
    });
  });

  it('names a budget year that the base scenario’s own actions already overrun', () => {
    const p = plan([makeAction({ id: 'd', startYear: 2027, capexSek: 61e6 }), candidate('c1', { effectTonsPerYear: 600 })]);
    const answer = optimise(highs, p, { scenarioId: 'decided', budget: { costBearers: ['municipality'], fromYear: 2025, toYear: 2030, maxSek: 50e6 } });
    expect(answer.status).toBe('infeasible');
    expect(answer.status === 'infeasible' && answer.reasons).toEqual(['Budgeten 2027: åtgärderna i grundscenariot kostar redan 61 mnkr, taket är 50 mnkr.']);
  });

  it('names the carbon budget when even the lowest cumulative emissions exceed it', () => {
    const p = plan([candidate('c1', { startYear: 2025, effectTonsPerYear: 400 })], {
      targets: [],
      carbonBudget: { fromYear: 2022, tonsCo2e: 7000, scope: 'gross' },
    });
    // 2022–2030: 9 years of 1 000 t, less 400 t in 2026–2030 = 7 000 t: exactly the budget, so met; 6 999 is not.
    expect(optimise(highs, p, { scenarioId: 'decided', carbonBudget: true }).status).toBe('optimal');
    const tighter = { ...p, carbonBudget: { fromYear: 2022, tonsCo2e: 6500, scope: 'gross' as const } };
    const answer = optimise(highs, tighter, { scenarioId: 'decided', carbonBudget: true });
    expect(answer.status === 'infeasible' && answer.reasons).toEqual([
      'Koldioxidbudgeten (6\u00a0500 t från 2022): även med alla valbara åtgärder vid bästa start släpps 500 t mer ut än budgeten.',
    ]);
  });

  it('names the constraints that hold alone but not together', () => {
    // The target needs both; the budget allows one in 2026, the only year either may start.
    const p = plan([
      candidate('c1', { startYear: 2026, capexSek: 30e6, effectTonsPerYear: 300 }),
      candidate('c2', { startYear: 2026, capexSek: 30e6, effectTonsPerYear: 300 }),
    ]);
    const answer = optimise(highs, p, { scenarioId: 'decided', budget: { costBearers: ['municipality'], fromYear: 2025, toYear: 2030, maxSek: 40e6 } });
    expect(answer.status === 'infeasible' && answer.reasons).toEqual([
      'Villkoren går att uppfylla vart för sig men inte tillsammans: målet 2030 (Halvering) och budgeten 2025–2030 (högst 40 mnkr om året).',
    ]);
  });
});

describe('start windows', () => {
  it('run from the earliest to the latest start year, cut at the plan’s years, the own start always in', () => {
    const a = makeAction({ startYear: 2025, earliestStartYear: 2023, latestStartYear: 2027 });
    expect(startWindow(a, 2020, 2030)).toEqual([2023, 2024, 2025, 2026, 2027]);
    // Starting before the axis would drop the capex from every sum: the window stops at the axis.
    expect(startWindow(a, 2024, 2026)).toEqual([2024, 2025, 2026]);
    expect(startWindow(makeAction({ startYear: 2025 }), 2020, 2030)).toEqual([2025]);
    expect(startWindow(makeAction({ startYear: 2018 }), 2020, 2030)).toEqual([2018]);
  });
});

describe('bad questions', () => {
  const p = plan([candidate('c1', { effectTonsPerYear: 600 }), makeAction({ id: 'd' }), candidate('x', { status: 'cancelled' })]);
  const refused = (request: Partial<OptimiseRequest>) => () => optimise(highs, p, { scenarioId: 'decided', ...request });

  it('are refused with the reason, before anything is solved', () => {
    expect(refused({ scenarioId: 'nope' })).toThrow(new OptimiseInputError('Scenariot "nope" finns inte i planen.'));
    expect(refused({ candidates: ['d'] })).toThrow('ingår redan i grundscenariot');
    expect(refused({ candidates: ['x'] })).toThrow('är avbruten');
    expect(refused({ targets: ['t9'] })).toThrow('Målet "t9" finns inte i planen.');
    expect(refused({ carbonBudget: true })).toThrow('ingen koldioxidbudget');
    expect(refused({ budget: { costBearers: ['municipality'], fromYear: 2031, toYear: 2032, maxSek: 1 } })).toThrow('inom planens år 2020–2030');
  });
});
