// Properties of the simulation over generated valid plans: collapsed ranges give exactly the
// deterministic calculation; percentiles are ordered; a seed gives the same answer every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, type CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import { simulateUncertainty, type UncertaintyResult } from '../../../shared/uncertainty';
import { largePlan } from '../../support/large-plan';
import { planArb } from '../calc/arbitraries';
import { makeScenario } from '../calc/fixtures';
import { CERTAIN_RANGES, effectAction, flatPlan, ranges } from './plans';

/** Every action certain: ranges collapsed to a point, probability 1. */
const collapsed = (plan: Plan): Plan => ({ ...plan, actions: plan.actions.map((a) => ({ ...a, uncertainty: CERTAIN_RANGES })) });

/** What the simulation must give when every draw is the deterministic calculation. */
function expectDeterministic(sim: UncertaintyResult, calc: CalcResult): void {
  for (const key of ['p5', 'p10', 'p50', 'p90', 'p95', 'mean'] as const) {
    expect(sim.gross[key]).toEqual(calc.emissions.gross);
    expect(sim.net[key]).toEqual(calc.emissions.net);
  }
  expect(sim.targets).toEqual(
    calc.targets.map((t) => ({
      id: t.id,
      year: t.year,
      probabilityMet: t.met === null ? null : t.met ? 1 : 0,
      gap: t.gap === null ? null : { p10: t.gap, p50: t.gap, p90: t.gap },
    })),
  );
  const included = calc.actions.filter((a) => a.included);
  const npv = included.reduce((sum, a) => sum + a.npvSek, 0) + 0;
  const capex = calc.costs.capex.reduce((sum, c) => sum + c, 0) + 0;
  expect(sim.npvSek).toEqual({ p10: npv, p50: npv, p90: npv, mean: npv });
  expect(sim.capexSek).toEqual({ p10: capex, p50: capex, p90: capex, mean: capex });
  if (calc.carbonBudget === null) expect(sim.carbonBudget).toBeNull();
  else {
    const year = calc.carbonBudget.exhaustedYear;
    expect(sim.carbonBudget).toEqual({ probabilityExhausted: year === null ? 0 : 1, exhaustedYear: { p10: year, p50: year, p90: year } });
  }
  expect(sim.drivers.actions.map((d) => d.actionId)).toEqual(included.map((a) => a.id));
  expect(sim.drivers.actions.every((d) => d.variance === 0 && d.share === 0)).toBe(true);
}

describe('uncertainty properties', () => {
  it('with every range collapsed to a point gives exactly the deterministic calc (random plans)', () => {
    fc.assert(
      fc.property(planArb(), fc.integer({ min: 1, max: 5 }), (generated, draws) => {
        const plan = collapsed(generated);
        for (const s of plan.scenarios) expectDeterministic(simulateUncertainty(plan, s.id, { draws }), calculate(plan, s.id));
      }),
      { numRuns: 150 },
    );
  });

  it('with every range collapsed gives exactly the deterministic calc of a scenario that moves start years', () => {
    fc.assert(
      fc.property(planArb(), fc.integer({ min: -3, max: 3 }), (generated, move) => {
        const plan = collapsed(generated);
        const startYears = Object.fromEntries(plan.actions.filter((_, i) => i % 2 === 0).map((a) => [a.id, a.startYear + move]));
        const moved = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, startYears })) };
        for (const s of moved.scenarios) expectDeterministic(simulateUncertainty(moved, s.id, { draws: 2 }), calculate(moved, s.id));
      }),
      { numRuns: 60 },
    );
  });

  it("adds a draw's extra delay to a scenario's moved start year", () => {
    const plan = flatPlan([effectAction('a', 100, ranges({ delayMaxYears: 3 }))], [], { scenarios: [makeScenario({ startYears: { a: 2024 } })] });
    const sim = simulateUncertainty(plan, plan.scenarios[0].id, { draws: 400 });
    const at = (y: number) => y - plan.plan.startYear;
    expect(sim.gross.p5[at(2023)]).toBe(1000);
    // Most draws come later than the moved start; none earlier, and all by 2024 + 3.
    expect(sim.gross.p95[at(2024)]).toBe(1000);
    expect(sim.gross.p95[at(2027)]).toBe(900);
  });

  it('with every range collapsed gives exactly the deterministic calc on a plan of many blocks', () => {
    const plan = collapsed(largePlan(400));
    for (const id of ['decided', 'all']) expectDeterministic(simulateUncertainty(plan, id, { draws: 3 }), calculate(plan, id));
  });

  it('orders the percentiles in every year, of the totals and of the gaps', () => {
    fc.assert(
      fc.property(planArb(), fc.integer({ min: 1, max: 40 }), fc.nat(), (plan, draws, seed) => {
        const sim = simulateUncertainty(plan, plan.scenarios[0].id, { draws, seed });
        for (const band of [sim.gross, sim.net]) {
          band.p50.forEach((_, i) => {
            expect(band.p5[i]).toBeLessThanOrEqual(band.p10[i]);
            expect(band.p10[i]).toBeLessThanOrEqual(band.p50[i]);
            expect(band.p50[i]).toBeLessThanOrEqual(band.p90[i]);
            expect(band.p90[i]).toBeLessThanOrEqual(band.p95[i]);
            expect(Number.isFinite(band.mean[i])).toBe(true);
          });
        }
        for (const t of sim.targets) {
          if (t.gap) expect(t.gap.p10 <= t.gap.p50 && t.gap.p50 <= t.gap.p90).toBe(true);
          if (t.probabilityMet !== null) expect(t.probabilityMet >= 0 && t.probabilityMet <= 1).toBe(true);
        }
        expect(sim.npvSek.p10 <= sim.npvSek.p50 && sim.npvSek.p50 <= sim.npvSek.p90).toBe(true);
        expect(sim.capexSek.p10 <= sim.capexSek.p50 && sim.capexSek.p50 <= sim.capexSek.p90).toBe(true);
        expect(JSON.parse(JSON.stringify(sim))).toEqual(sim);
      }),
      { numRuns: 120 },
    );
  });

  it('gives byte-identical output for the same seed, and another for another seed', () => {
    const plan = largePlan(60);
    const once = JSON.stringify(simulateUncertainty(plan, 'all', { draws: 200, seed: 42 }));
    expect(JSON.stringify(simulateUncertainty(structuredClone(plan), 'all', { draws: 200, seed: 42 }))).toBe(once);
    expect(JSON.stringify(simulateUncertainty(plan, 'all', { draws: 200, seed: 43 }))).not.toBe(once);
  });

  it("changing one action's range leaves every other action's draws as they were", () => {
    const plan = largePlan(60);
    const sim = (p: Plan) => simulateUncertainty(p, 'all', { draws: 300, seed: 5, year: 2035 }).drivers.actions;
    const target = plan.actions.find((a) => a.status === 'proposed')!;
    const edited = { ...plan, actions: plan.actions.map((a) => (a === target ? { ...a, uncertainty: { effectHigh: 3 } } : a)) };
    const byId = (drivers: ReturnType<typeof sim>) => new Map(drivers.map((d) => [d.actionId, d.variance]));
    const before = byId(sim(plan));
    const after = byId(sim(edited));
    expect(after.get(target.id)).not.toBe(before.get(target.id));
    for (const [id, variance] of before) if (id !== target.id) expect(after.get(id)).toBe(variance);
  });
});
