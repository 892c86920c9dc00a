// The opt-in cache of per-action figures must never change a result: after any sequence of
// edits of the kind the renderer makes (one action replaced, scenario, settings or baseline
// changed, actions added or removed), calculate with the cache equals calculate without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalcCache, calculate } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import { normalizePlan } from '../../../shared/domain/normalize';
import { largePlan } from '../../support/large-plan';
import { planArb } from './arbitraries';

type Edit = (p: Plan, pick: number) => Plan;

const EDITS: Edit[] = [
  // One action changed: a new object, as the plan store makes.
  (p, i) =>
    p.actions.length === 0
      ? p
      : { ...p, actions: p.actions.map((a, k) => (k === i % p.actions.length ? { ...a, capexSek: a.capexSek + 1_000, startYear: a.startYear } : a)) },
  (p, i) =>
    p.actions.length === 0
      ? p
      : { ...p, actions: p.actions.map((a, k) => (k === i % p.actions.length ? { ...a, status: a.status === 'idea' ? 'decided' : 'idea' } : a)) },
  // A scenario's factors, the plan's discount rate, a baseline's trend.
  (p) => ({
    ...p,
    scenarios: p.scenarios.map((s, k) => (k === 0 ? { ...s, effectFactor: s.effectFactor / 2, delayYears: Math.min(20, s.delayYears + 1) } : s)),
  }),
  (p) => ({ ...p, plan: { ...p.plan, discountRate: p.plan.discountRate / 2 } }),
  (p) => ({ ...p, baseline: p.baseline.map((b, k) => (k === 0 ? { ...b, annualChange: b.annualChange / 2 } : b)) }),
  // An action removed; the actions reversed (rows moved).
  (p, i) => ({ ...p, actions: p.actions.filter((_, k) => k !== i % Math.max(1, p.actions.length)) }),
  (p) => ({ ...p, actions: [...p.actions].reverse() }),
];

describe('CalcCache', () => {
  it('gives exactly the uncached result after any sequence of edits', () => {
    fc.assert(
      fc.property(planArb(), fc.array(fc.tuple(fc.integer({ min: 0, max: EDITS.length - 1 }), fc.nat()), { maxLength: 8 }), (start, edits) => {
        const cache = new CalcCache();
        const scenarioId = start.scenarios[0].id;
        let plan = start;
        expect(calculate(plan, scenarioId, { cache })).toEqual(calculate(plan, scenarioId));
        for (const [e, pick] of edits) {
          plan = EDITS[e](plan, pick);
          const cached = calculate(plan, scenarioId, { cache, maccYear: plan.plan.startYear });
          expect(cached).toEqual(calculate(plan, scenarioId, { maccYear: plan.plan.startYear }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the figures of an unchanged action and recomputes a changed one', () => {
    const plan = fc.sample(planArb(), { numRuns: 1, seed: 7 })[0];
    const cache = new CalcCache();
    const id = plan.scenarios[0].id;
    const first = calculate(plan, id, { cache });
    const edited = { ...plan, actions: plan.actions.map((a, k) => (k === 0 ? { ...a, capexSek: a.capexSek + 5 } : a)) };
    const second = calculate(edited, id, { cache });
    for (let k = 1; k < plan.actions.length; k++) expect(second.actions[k]).toBe(first.actions[k]);
    if (plan.actions.length > 0) expect(second.actions[0]).not.toBe(first.actions[0]);
  });

  it('keeps block sums exact over many blocks: edits, rows added and removed, financing changed', () => {
    // 1 000 actions are eight blocks; the generated plans above fit in one.
    let plan = normalizePlan(largePlan(1_000));
    const cache = new CalcCache();
    const id = 'all';
    const same = () => expect(calculate(plan, id, { cache })).toEqual(calculate(plan, id));
    same();
    const edit = (k: number) => {
      plan = { ...plan, actions: plan.actions.map((a, j) => (j === k ? { ...a, capexSek: a.capexSek + 7_001, effectTonsPerYear: 123.456 } : a)) };
    };
    edit(400);
    same();
    edit(999);
    same();
    plan = { ...plan, actions: [...plan.actions, { ...plan.actions[5], id: 'ny-åtgärd' }] };
    same();
    plan = { ...plan, actions: plan.actions.filter((_, j) => j !== 130) };
    same();
    const entry = plan.financing.findIndex((e) => e.actionId !== null);
    plan = { ...plan, financing: plan.financing.map((e, j) => (j === entry ? { ...e, actionId: plan.actions[900].id } : e)) };
    same();
  });

  it('after an edit of one action, re-adds only its block', () => {
    const plan = normalizePlan(largePlan(1_000));
    const cache = new CalcCache();
    const first = calculate(plan, 'all', { cache });
    const edited = { ...plan, actions: plan.actions.map((a, j) => (j === 400 ? { ...a, capexSek: a.capexSek + 1 } : a)) };
    const second = calculate(edited, 'all', { cache });
    expect(second.actions[400]).not.toBe(first.actions[400]);
    for (const k of [0, 127, 128, 383, 384, 401, 511, 512, 999]) expect(second.actions[k]).toBe(first.actions[k]);
    expect(second.costs.capex.reduce((x, y) => x + y, 0) - first.costs.capex.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 3);
  });
});
