// Properties of the engine over generated valid plans (see arbitraries.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSeries, calculate, createCalcContext } from '../../../shared/calc';
import { makeAxis } from '../../../shared/calc/axis';
import { baselineSeries } from '../../../shared/calc/baseline';
import { sectorTable } from '../../../shared/calc/sectors';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { planArb } from './arbitraries';
import { makeAction, makePlan, makeScenario } from './fixtures';

/** A plan with one of its scenarios, picked by index, and that scenario changed by `change`. */
const planAndScenarioArb = (plan = planArb()) => plan.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p.scenarios.length - 1 })));

function withScenario(plan: Plan, index: number, change: Partial<Scenario>): Plan {
  return { ...plan, scenarios: plan.scenarios.map((s, i) => (i === index ? { ...s, ...change } : s)) };
}

/** |a − b| within a relative rounding tolerance (sums of up to 10¹³-sized terms). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
}

function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return Object.values(value).every(everyNumberFinite);
  return true;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('engine properties', () => {
  it('never returns NaN or Infinity, and its result is plain JSON', () => {
    fc.assert(
      fc.property(planAndScenarioArb(), fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }), ([plan, i], maccYear) => {
        const result = calculate(plan, plan.scenarios[i].id, { maccYear });
        expect(everyNumberFinite(result)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        expect(result.actions).toHaveLength(plan.actions.length);
        expect(Object.keys(result.emissions.bySector)).toEqual(plan.sectors.map((s) => s.id));
        expect(Object.keys(result.financing.bySource)).toEqual(plan.financingSources.map((s) => s.id));
      }),
      { numRuns: 300 },
    );
  });

  it('with effect factor 0 the scenario equals the baseline', () => {
    fc.assert(
      fc.property(planAndScenarioArb(), ([generated, i]) => {
        const plan = withScenario(generated, i, { effectFactor: 0 });
        const result = calculate(plan, plan.scenarios[i].id);
        const axis = makeAxis(plan.plan.startYear, plan.plan.endYear);
        const sectors = sectorTable(plan, axis);
        sectors.ids.forEach((id, s) => {
          expect(result.emissions.bySector[id]).toEqual(Array.from(baselineSeries(sectors.curves[s], axis), (v) => v + 0));
        });
        expect(result.emissions.gross).toEqual(result.emissions.baselineGross);
        expect(result.emissions.net).toEqual(result.emissions.baselineNet);
        expect(result.emissions.overallocated).toEqual([]);
      }),
    );
  });

  it('scales capex and opex linearly with the cost factor, and leaves savings alone', () => {
    fc.assert(
      fc.property(planAndScenarioArb(), fc.double({ min: 0, max: 10, noNaN: true }), ([generated, i], factor) => {
        const one = calculate(withScenario(generated, i, { costFactor: 1 }), generated.scenarios[i].id);
        const scaled = calculate(withScenario(generated, i, { costFactor: factor }), generated.scenarios[i].id);
        one.years.forEach((_, y) => {
          expect(close(scaled.costs.capex[y], factor * one.costs.capex[y])).toBe(true);
          expect(close(scaled.costs.opex[y], factor * one.costs.opex[y])).toBe(true);
          expect(close(scaled.financing.cost[y], factor * one.financing.cost[y])).toBe(true);
        });
        expect(scaled.costs.savings).toEqual(one.costs.savings);
      }),
    );
  });

  it('never lowers emissions by excluding an action', () => {
    const arb = planAndScenarioArb(planArb().filter((p) => p.actions.length > 0)).chain(([plan, i]) =>
      fc.tuple(fc.constant(plan), fc.constant(i), fc.constantFrom(...plan.actions.map((a) => a.id))),
    );
    fc.assert(
      fc.property(arb, ([plan, i, actionId]) => {
        const scenario = plan.scenarios[i];
        const before = calculate(plan, scenario.id).emissions;
        const after = calculate(withScenario(plan, i, { exclude: [...scenario.exclude, actionId] }), scenario.id).emissions;
        for (const id of Object.keys(before.bySector)) {
          before.bySector[id].forEach((v, y) => expect(after.bySector[id][y]).toBeGreaterThanOrEqual(v));
        }
        before.gross.forEach((v, y) => expect(after.gross[y]).toBeGreaterThanOrEqual(v));
        before.net.forEach((v, y) => expect(after.net[y]).toBeGreaterThanOrEqual(v));
      }),
    );
  });

  it("matches one action's written-out series: calculate sums the same costs and effects", () => {
    // calculate works from cost runs; actionSeries writes every year out. They must agree.
    fc.assert(
      fc.property(planAndScenarioArb(), ([plan, i]) => {
        const scenarioId = plan.scenarios[i].id;
        const result = calculate(plan, scenarioId);
        const ctx = createCalcContext(plan, scenarioId);
        const totals = { capex: [...result.costs.capex].fill(0), opex: [...result.costs.opex].fill(0), savings: [...result.costs.savings].fill(0) };
        plan.actions.forEach((action, k) => {
          const series = actionSeries(ctx, action);
          const row = result.actions[k];
          expect(row.effect).toEqual(Array.from(series.effect, (v) => v + 0));
          const npv = series.net.reduce((sum, v, y) => sum + v * ctx.discount[y], 0);
          const scale =
            series.capex.reduce((m, v, y) => Math.max(m, Math.abs(v * ctx.discount[y])), 0) +
            series.opex.reduce((m, v, y) => Math.max(m, Math.abs(v * ctx.discount[y])), 0) +
            series.savings.reduce((m, v, y) => Math.max(m, Math.abs(v * ctx.discount[y])), 0);
          expect(Math.abs(row.npvSek - npv)).toBeLessThanOrEqual(1e-9 * scale * ctx.axis.length + 1e-300);
          if (!row.included) return;
          series.capex.forEach((v, y) => (totals.capex[y] += v));
          series.opex.forEach((v, y) => (totals.opex[y] += v));
          series.savings.forEach((v, y) => (totals.savings[y] += v));
        });
        for (const key of ['capex', 'opex', 'savings'] as const) {
          const magnitude = Math.max(...totals[key].map(Math.abs), ...result.costs[key].map(Math.abs));
          totals[key].forEach((v, y) => expect(Math.abs(result.costs[key][y] - v)).toBeLessThanOrEqual(1e-9 * magnitude + 1e-300));
        }
      }),
    );
  });

  describe('adding delay never raises the avoided tonnes inside the axis', () => {
    const delayPairArb = fc.integer({ min: 0, max: 20 }).chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: d, max: 20 })));

    /** Σ over the axis of the included actions' effects, and of baseline − scenario (floors applied). */
    function avoided(plan: Plan, i: number, delayYears: number) {
      const result = calculate(withScenario(plan, i, { delayYears }), plan.scenarios[i].id);
      return {
        planned: sum(result.actions.filter((a) => a.included).map((a) => sum(a.effect))),
        perAction: result.actions.map((a) => sum(a.effect)),
        realised: sum(result.emissions.baselineNet.map((b, y) => b - result.emissions.net[y])),
      };
    }

    it('for actions whose effect lasts (no effect end year)', () => {
      const lasting = planArb().map((p) => ({ ...p, actions: p.actions.map(({ effectEndYear: _, ...a }) => a) }));
      fc.assert(
        fc.property(planAndScenarioArb(lasting), delayPairArb, ([plan, i], [less, more]) => {
          const early = avoided(plan, i, less);
          const late = avoided(plan, i, more);
          expect(late.planned).toBeLessThanOrEqual(early.planned);
          expect(late.realised).toBeLessThanOrEqual(early.realised);
          late.perAction.forEach((tons, k) => expect(tons).toBeLessThanOrEqual(early.perAction[k]));
        }),
      );
    });

    it('for absolute effects with an end year, when the effect starts inside the axis', () => {
      const startsInside = planArb().map((p) => ({
        ...p,
        actions: p.actions.map((a) => ({
          ...a,
          effectKind: 'absolute' as const,
          effectTonsPerYear: a.effectTonsPerYear ?? 1000,
          startYear: Math.max(a.startYear, p.plan.startYear),
          effectStartYear: a.effectStartYear === undefined ? undefined : Math.max(a.effectStartYear, p.plan.startYear),
          effectEndYear: a.effectEndYear === undefined ? undefined : Math.max(a.effectEndYear, p.plan.startYear),
        })),
      }));
      fc.assert(
        fc.property(planAndScenarioArb(startsInside), delayPairArb, ([plan, i], [less, more]) => {
          const early = avoided(plan, i, less);
          const late = avoided(plan, i, more);
          expect(late.planned).toBeLessThanOrEqual(early.planned);
          late.perAction.forEach((tons, k) => expect(tons).toBeLessThanOrEqual(early.perAction[k]));
        }),
      );
    });

    it('but not for an effect that began before the axis and ends inside it (delay moves more of it in)', () => {
      // Effect 2010–2020 on an axis 2020–2024: 10 t in 2020 only. Delayed 2 years: 2012–2022, 30 t.
      const plan = makePlan({
        actions: [makeAction({ startYear: 2009, effectEndYear: 2020, effectTonsPerYear: 10 })],
        scenarios: [makeScenario({ id: 'now' }), makeScenario({ id: 'later', delayYears: 2 })],
      });
      expect(sum(calculate(plan, 'now').actions[0].effect)).toBe(10);
      expect(sum(calculate(plan, 'later').actions[0].effect)).toBe(30);
    });
  });
});
