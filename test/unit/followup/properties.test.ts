// Properties of the follow-up over generated valid plans: against a version identical to the
// current plan nothing has changed, and the planned figures are the engine's own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSeries, calculate, createCalcContext } from '../../../shared/calc';
import { followUp } from '../../../shared/followup';
import type { Actual, Plan } from '../../../shared/domain/types';
import { planArb } from '../calc/arbitraries';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-6;

/** The plan with a few actuals on its axis (up to `currentYear`), as a finance system reports them. */
const withActuals = (p: Plan) =>
  fc
    .array(
      fc.record({
        i: fc.nat(),
        year: fc.integer({ min: p.plan.startYear, max: p.plan.endYear }),
        capex: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    )
    .map((rows) => {
      if (!p.actions.length) return p;
      const seen = new Set<string>();
      const actuals = rows.flatMap(({ i, year, capex }) => {
        const actionId = p.actions[i % p.actions.length].id;
        if (seen.has(`${actionId} ${year}`)) return [];
        seen.add(`${actionId} ${year}`);
        const actual: Actual = capex === undefined ? { actionId, year, effectTonsCo2e: 1 } : { actionId, year, capexSek: capex };
        return [actual];
      });
      return { ...p, actuals };
    });

describe('follow-up properties', () => {
  it("against a version identical to the plan: no changes, and planned sums equal to the engine's", () => {
    fc.assert(
      fc.property(planArb({ maxActions: 8, maxAxisYears: 40 }).chain(withActuals), fc.nat(), fc.nat(), (plan, si, yi) => {
        const scenarioId = plan.scenarios[si % plan.scenarios.length].id;
        const year = plan.plan.startYear + (yi % (plan.plan.endYear - plan.plan.startYear + 1));
        const copy = structuredClone(plan);
        const r = followUp(plan, { plan: copy, scenarioId, versionId: 'v' }, { year, currentYear: 2100 });
        expect(r.changes).toEqual({ added: [], removed: [], changed: [] });

        const calc = calculate(plan, scenarioId);
        // Per year: the planned totals are the engine's costs, and the effect of the included actions.
        const included = calc.actions.filter((a) => a.included);
        calc.years.forEach((y, i) => {
          expect(close(r.totals.capex.planned[i], calc.costs.capex[i]), `capex ${y}`).toBe(true);
          expect(close(r.totals.opex.planned[i], calc.costs.opex[i]), `opex ${y}`).toBe(true);
          expect(close(r.totals.savings.planned[i], calc.costs.savings[i]), `savings ${y}`).toBe(true);
          const effect = included.reduce((s, a) => s + a.effect[i], 0);
          expect(close(r.totals.effect.planned[i], effect), `effect ${y}`).toBe(true);
        });
        expect(r.emissions.plannedGross.slice(r.emissions.years.indexOf(plan.plan.startYear))).toEqual(calc.emissions.gross);
        // Per action: Σ of the engine's own series up to Yf, as if included.
        const ctx = createCalcContext(plan, scenarioId);
        plan.actions.forEach((a, k) => {
          const s = actionSeries(ctx, a);
          const upTo = year - plan.plan.startYear + 1;
          const sum = (xs: Float64Array) => xs.slice(0, upTo).reduce((x, y) => x + y, 0);
          expect(close(r.actions[k].capex.planned, sum(s.capex))).toBe(true);
          expect(close(r.actions[k].effect.planned, sum(s.effect))).toBe(true);
        });
        // The actual sums are the reported actuals up to Yf; a deviation is actual − planned.
        const reported = (plan.actuals ?? []).filter((a) => a.year <= year && a.capexSek !== undefined);
        expect(r.totals.sum.capex.actual).toBe(reported.length ? reported.reduce((s, a) => s + a.capexSek!, 0) : null);
        for (const a of r.actions) if (a.capex.actual !== null) expect(close(a.capex.deviation!, a.capex.actual - a.capex.planned)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
