// A write's delta applied to a plan snapshot (shared/api/delta.ts), as the renderer does with
// every answer: changed rows in place, new ones at the end or where the order puts them,
// deleted ones out, and untouched lists kept as they were (same objects).
import { describe, expect, it } from 'vitest';
import { applyDelta, isEmptyDelta } from '../../../shared/api/delta';
import { changedIds, type PlanDelta } from '../../../shared/api/frame';
import type { Plan } from '../../../shared/domain/types';
import { samplePlan } from '../../support/documents';

const empty = (): PlanDelta => ({ rows: {}, deleted: {}, order: {} });

describe('applying a delta', () => {
  const plan: Plan = samplePlan();
  const [a0, a1, a2] = plan.actions;

  it('replaces a changed row in place and leaves every other list and row as it was', () => {
    const next = applyDelta(plan, { ...empty(), rows: { actions: [{ ...a1, name: 'Nytt' }] } });
    expect(next.actions.map((a) => a.id)).toEqual(plan.actions.map((a) => a.id));
    expect(next.actions[1].name).toBe('Nytt');
    expect(next.actions[0]).toBe(a0);
    expect(next.sectors).toBe(plan.sectors);
    expect(next.financing).toBe(plan.financing);
  });

  it('takes deleted rows out without a reload, and appends new rows', () => {
    const added = { ...a0, id: 'ny', code: 'N-1' };
    const next = applyDelta(plan, { ...empty(), rows: { actions: [added] }, deleted: { actions: [a1.id] } });
    expect(next.actions.map((a) => a.id)).toEqual([...plan.actions.filter((a) => a.id !== a1.id).map((a) => a.id), 'ny']);
  });

  it('puts rows where the order says (an undone delete comes back in its place)', () => {
    const without = applyDelta(plan, { ...empty(), deleted: { actions: [a1.id] } });
    const order = plan.actions.map((a) => a.id);
    const back = applyDelta(without, { ...empty(), rows: { actions: [a1] }, order: { actions: order } });
    expect(back.actions.map((a) => a.id)).toEqual(order);
    expect(back.actions[2]).toBe(a2);
  });

  it('names baselines by their sector; sets and removes the settings and the carbon budget', () => {
    const b = plan.baseline[0];
    const next = applyDelta(plan, {
      ...empty(),
      rows: { baseline: [{ ...b, annualChange: 0.5 }] },
      settings: { ...plan.plan, title: 'T' },
      carbonBudget: null,
    });
    expect(next.baseline[0]).toEqual({ ...b, annualChange: 0.5 });
    expect(next.baseline).toHaveLength(plan.baseline.length);
    expect(next.plan.title).toBe('T');
    expect('carbonBudget' in next).toBe(false);
    const budget = { fromYear: 2025, tonsCo2e: 1_000_000, scope: 'net' as const };
    expect(applyDelta(next, { ...empty(), carbonBudget: budget }).carbonBudget).toEqual(budget);
  });

  it('an empty delta is the plan itself; changedIds lists ids and deletes per collection', () => {
    expect(isEmptyDelta(empty())).toBe(true);
    expect(applyDelta(plan, empty())).toBe(plan);
    expect(changedIds({ ...empty(), rows: { actions: [a0], baseline: [plan.baseline[0]] }, deleted: { financing: ['f1'] } })).toEqual({
      actions: { ids: [a0.id], deleted: [] },
      baseline: { ids: [plan.baseline[0].sectorId], deleted: [] },
      financing: { ids: [], deleted: ['f1'] },
    });
  });
});
