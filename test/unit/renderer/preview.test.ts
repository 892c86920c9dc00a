// Edits shown before Node answers (renderer/plan/preview.ts) and answers that arrive out of
// order (renderer/plan/freshness.ts): the plain modules under the plan store, on the sample plan.
import { describe, expect, it } from 'vitest';
import { applyDelta } from '../../../shared/api/delta';
import type { PlanDelta } from '../../../shared/api/frame';
import { normalizeAction, normalizePlan } from '../../../shared/domain/normalize';
import type { Plan } from '../../../shared/domain/types';
import { Freshness } from '../../../renderer/plan/freshness';
import { overlay, previewRows, settle } from '../../../renderer/plan/preview';
import { samplePlan } from '../../support/documents';

const empty = (): PlanDelta => ({ rows: {}, deleted: {}, order: {} });

describe('edits shown before Node answers', () => {
  const plan: Plan = normalizePlan(samplePlan());
  const a = plan.actions[2];

  it('shows a patch over the confirmed row; Node confirming it draws nothing new', () => {
    const token = previewRows('actions', [{ id: a.id, changes: { capexSek: 5_000 } }]);
    const shown = overlay(plan);
    expect(shown.actions[2].capexSek).toBe(5_000);
    expect(shown.actions[1]).toBe(plan.actions[1]);
    expect(shown.financing).toBe(plan.financing);
    // Node's row for the edit arrives (a new object that looks the same): the row shown stays.
    const confirmed = applyDelta(plan, { ...empty(), rows: { actions: [normalizeAction({ ...a, capexSek: 5_000 })] } });
    expect(overlay(confirmed).actions[2]).toBe(shown.actions[2]);
    const settled = settle(token, confirmed)!;
    expect(overlay(settled).actions[2]).toBe(shown.actions[2]);
    expect(settled.actions[2]).toBe(shown.actions[2]);
  });

  it('a refused edit shows the stored row again; a later edit of the same row stays on top', () => {
    const first = previewRows('actions', [{ id: a.id, changes: { name: 'Först' } }]);
    const second = previewRows('actions', [{ id: a.id, changes: { notes: 'Sedan' } }]);
    expect(overlay(plan).actions[2]).toMatchObject({ name: 'Först', notes: 'Sedan' });
    const afterRefusal = settle(first, plan)!;
    expect(overlay(afterRefusal).actions[2]).toMatchObject({ name: a.name, notes: 'Sedan' });
    const done = settle(second, afterRefusal)!;
    expect(overlay(done).actions[2]).toBe(plan.actions[2]);
    expect(overlay(done)).toBe(done);
  });
});

describe('answers in another order than Node wrote them', () => {
  it('keeps the newer state of a row, and drops deltas older than a snapshot', () => {
    const f = new Freshness();
    const row = (n: number) => ({ ...samplePlan().actions[0], capexSek: n });
    expect(f.keep({ actions: [row(2)] }, 7).actions).toHaveLength(1);
    expect(f.keep({ actions: [row(1)] }, 6).actions).toHaveLength(0);
    expect(f.keepIds({ actions: [row(0).id] }, 5).actions).toEqual([]);
    f.saw(9);
    f.reset(f.latest);
    expect(f.stale(8)).toBe(true);
    expect(f.stale(10)).toBe(false);
    expect(f.keep({ actions: [row(3)] }, 10).actions).toHaveLength(1);
  });
});
