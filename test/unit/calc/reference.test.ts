// The tuned engine (shared/calc) against DESIGN §5 written out literally
// (test/support/reference-engine.ts), on random valid plans: every figure of the calc object
// agrees up to rounding. Sums are added in another order in the two, so numbers are compared
// with a tolerance relative to the size of the terms that made them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import { normalizePlan } from '../../../shared/domain/normalize';
import * as ref from '../../support/reference-engine';
import { planArb } from './arbitraries';

const REL = 1e-9;

/** a ≈ b, relative to their own size and to `scale`, the size of the terms summed into them. */
function near(a: number | null, b: number | null, scale = 0): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= REL * (Math.abs(a) + Math.abs(b) + scale) + 1e-300;
}

function expectSeries(actual: readonly number[], expected: readonly number[], scale: number, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((v, i) => expect(near(v, expected[i], scale), `${what}[${i}]: ${v} vs ${expected[i]}`).toBe(true));
}

const maxAbs = (...series: (readonly number[])[]) => Math.max(0, ...series.flat().map(Math.abs));

function compare(plan: Plan, scenarioId: string): void {
  const fast = calculate(normalizePlan(plan), scenarioId);
  const slow = ref.referenceCalculate(plan, scenarioId);
  const s = plan.scenarios.find((x) => x.id === scenarioId)!;
  expect(fast.years).toEqual(slow.years);

  // Emissions: the baseline and every action's effect are the terms.
  const effects = slow.actions.map((a) => a.effect);
  const tons = maxAbs(slow.emissions.baselineNet, ...Object.values(slow.emissions.bySector)) + plan.sectors.length * maxAbs(...effects) * plan.actions.length;
  for (const sector of plan.sectors) expectSeries(fast.emissions.bySector[sector.id], slow.emissions.bySector[sector.id], tons, `bySector.${sector.id}`);
  for (const k of ['gross', 'net', 'baselineGross', 'baselineNet'] as const) expectSeries(fast.emissions[k], slow.emissions[k], tons, k);
  const key = (o: { sectorId: string; year: number }) => `${o.sectorId}@${o.year}`;
  expect(fast.emissions.overallocated.map(key).sort()).toEqual(slow.emissions.overallocated.map(key).sort());

  // Targets and the carbon budget are built on the emissions.
  fast.targets.forEach((t, i) => {
    const r = slow.targets[i];
    expect([t.id, t.year]).toEqual([r.id, r.year]);
    const scale = tons * (plan.sectors.length + 1) + Math.abs(r.level);
    expect(near(t.level, r.level, scale) && near(t.scenario, r.scenario, scale) && near(t.gap, r.gap, scale), `target ${t.id}`).toBe(true);
    if (r.gap !== null && Math.abs(r.gap) > REL * scale) expect(t.met).toBe(r.met);
  });
  if (slow.carbonBudget) {
    const scale = tons * (plan.sectors.length + 1) * fast.years.length + slow.carbonBudget.tonsCo2e;
    expect(near(fast.carbonBudget!.cumulative, slow.carbonBudget.cumulative, scale)).toBe(true);
    expect(near(fast.carbonBudget!.remaining, slow.carbonBudget.remaining, scale)).toBe(true);
  } else expect(fast.carbonBudget).toBeNull();

  // Costs and financing: every included action's capex, opex and savings are the terms.
  const money = maxAbs(slow.costs.capex) + maxAbs(slow.costs.opex) + maxAbs(slow.costs.savings) + maxAbs(slow.financing.secured);
  for (const k of ['capex', 'opex', 'savings', 'net'] as const) expectSeries(fast.costs[k], slow.costs[k], money, `costs.${k}`);
  for (const k of ['secured', 'applied', 'potential', 'cost', 'gap'] as const) expectSeries(fast.financing[k], slow.financing[k], money, `financing.${k}`);
  for (const src of plan.financingSources) expectSeries(fast.financing.bySource[src.id], slow.financing.bySource[src.id], money, `bySource.${src.id}`);

  // Per action, as if included.
  fast.actions.forEach((a, i) => {
    const r = slow.actions[i];
    const action = plan.actions[i];
    expect([a.id, a.included]).toEqual([r.id, r.included]);
    expectSeries(a.effect, r.effect, 0, `effect of ${a.id}`);
    const discounted = fast.years.map((y) => ref.discountFactor(plan, y));
    const flows = fast.years.reduce(
      (sum, y, k) =>
        sum +
        (Math.abs(ref.capex(action, s, y)) +
          Math.abs(ref.opex(action, s, y)) +
          Math.abs(ref.savings(action, s, y)) +
          action.coBenefitSekPerYear +
          plan.plan.carbonValueSekPerTon * r.effect[k]) *
          discounted[k],
      0,
    );
    expect(near(a.npvSek, r.npvSek, flows), `npv of ${a.id}`).toBe(true);
    expect(near(a.discountedTons, r.discountedTons), `discountedTons of ${a.id}`).toBe(true);
    expect(near(a.societalNpvSek, r.societalNpvSek, flows), `societalNpv of ${a.id}`).toBe(true);
    if (Math.abs(r.discountedTons - 1e-6) > 1e-12) {
      expect(near(a.levelizedCostSekPerTon, r.levelizedCostSekPerTon, r.discountedTons > 0 ? flows / r.discountedTons : 0), `levelized of ${a.id}`).toBe(true);
    }
    const steady = Math.max(0, ...r.effect);
    if (Math.abs(steady - 1e-6) > 1e-12) {
      const terms = s.costFactor * (action.capexSek + action.opexSekPerYear) + action.savingsSekPerYear;
      expect(near(a.annualizedCostSekPerTon, r.annualizedCostSekPerTon, steady > 0 ? terms / steady : 0), `annualized of ${a.id}`).toBe(true);
    }
  });
}

describe('the engine equals DESIGN §5 written out literally', () => {
  it('on random valid plans, for every scenario', () => {
    fc.assert(
      fc.property(planArb({ maxActions: 8, maxAxisYears: 30 }), (plan) => {
        for (const s of plan.scenarios) compare(plan, s.id);
      }),
      { numRuns: 200 },
    );
  });

  it('on the sample plan', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePlanDocument } = await import('../../../shared/schema/document');
    const parsed = parsePlanDocument(JSON.parse(readFileSync('assets/sample/umea-2480.json', 'utf8')));
    if (!parsed.ok) throw new Error('sample');
    for (const s of parsed.plan.scenarios) compare(parsed.plan, s.id);
  });
});
