// The calls the grids need beyond one row at a time, on real SQLite files through the one
// dispatch: a patch that also adds rows (a paste longer than the table), several rows deleted
// in one step, the same for financing sources and entries — each one transaction and one undo
// step, all or nothing — and the rule that a write may not put a year outside the plan, where
// the engine would ignore it.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { ok, refused, sampleOpenedEachTest } from '../support/documents';

const doc = sampleOpenedEachTest('bulk');

const snapshot = () => ok(doc.manager, 'plan.snapshot');
const batches = async (n: number) => new Set((await ok(doc.manager, 'history.list', { limit: n })).entries.map((e) => e.batchId)).size;

/** Undo gives `before` back in one step, redo gives `after`. */
async function oneStep(before: Plan, after: Plan) {
  await ok(doc.manager, 'history.undo');
  expect(await snapshot()).toEqual(before);
  await ok(doc.manager, 'history.redo');
  expect(await snapshot()).toEqual(after);
}

async function unchangedRefusal(name: string, input: unknown) {
  const before = await snapshot();
  const err = await refused(doc.manager, name, input);
  expect(err.code).toBe('invalid');
  expect(await snapshot()).toEqual(before);
  return err;
}

describe('actions.patch with new rows, actions.deleteMany', () => {
  it('changes rows and adds rows in one transaction and one undo step', async () => {
    const before = await snapshot();
    const [a0] = before.actions;
    const value = await ok(doc.manager, 'actions.patch', {
      rows: [{ id: a0.id, changes: { capexSek: 1_234_500 } }],
      create: [{ values: { name: 'Inklistrad', capexSek: 2_000_000 } }, { id: 'ny-2', values: { name: 'Andra', status: 'decided' } }],
    });
    expect(value.map((a) => a.name)).toEqual([a0.name, 'Inklistrad', 'Andra']);
    const after = await snapshot();
    expect(after.actions).toHaveLength(before.actions.length + 2);
    expect(after.actions.at(-1)).toMatchObject({ id: 'ny-2', name: 'Andra', status: 'decided' });
    expect(after.actions[0].capexSek).toBe(1_234_500);
    expect(await batches(200)).toBeGreaterThanOrEqual(1);
    await oneStep(before, after);
  });

  it('refuses the whole patch when a new row is bad, naming it under create[i]', async () => {
    const [a0] = (await snapshot()).actions;
    const err = await unchangedRefusal('actions.patch', {
      rows: [{ id: a0.id, changes: { capexSek: 5 } }],
      create: [{ values: { name: 'Ok' } }, { values: { capexSek: -5 } }],
    });
    const problems = (err.details as { problems: { path: string; message: string }[] }).problems;
    expect(problems).toEqual([{ path: 'create[1].values.capexSek', message: 'Investeringen måste vara ett heltal ≥ 0 kr.' }]);
  });

  it('deletes several actions in one undo step', async () => {
    const before = await snapshot();
    const ids = before.actions.slice(0, 3).map((a) => a.id);
    expect(await ok(doc.manager, 'actions.deleteMany', { ids })).toEqual({ ids });
    const after = await snapshot();
    expect(after.actions.map((a) => a.id)).toEqual(before.actions.slice(3).map((a) => a.id));
    // Their financing stays, without the action.
    expect(after.financing.filter((f) => f.actionId !== null && ids.includes(f.actionId))).toEqual([]);
    await oneStep(before, after);
    const err = await refused(doc.manager, 'actions.deleteMany', { ids: [before.actions[5].id, 'finns-inte'] });
    expect(err.code).toBe('notFound');
    expect(err.path).toBe('ids[1]');
  });
});

describe('years outside the plan', () => {
  it('refuses an action start, an effect start or a cost override outside the axis, in update, create and patch', async () => {
    const [a0, a1] = (await snapshot()).actions;
    let err = await unchangedRefusal('actions.update', { id: a0.id, changes: { startYear: 2050 } });
    expect([err.path, err.message]).toEqual(['changes.startYear', 'Startåret (2050) ligger utanför planperioden 2020–2045.']);
    err = await unchangedRefusal('actions.update', { id: a0.id, changes: { effectStartYear: 2019 } });
    expect(err.message).toBe('Effektens startår (2019) ligger utanför planperioden 2020–2045.');
    err = await unchangedRefusal('actions.create', { values: { name: 'Sen', startYear: 2046 } });
    expect(err.path).toBe('values.startYear');
    err = await unchangedRefusal('costOverrides.create', { actionId: a0.id, override: { year: 2060, capexSek: 5 } });
    expect(err.message).toBe('Året (2060) ligger utanför planperioden 2020–2045.');
    err = await unchangedRefusal('actions.patch', {
      rows: [
        { id: a0.id, changes: { name: 'Ok' } },
        { id: a1.id, changes: { startYear: 1995 } },
      ],
    });
    expect(err.path).toBe('rows[1].changes.startYear');
  });

  it('leaves a year already outside alone when another field changes', async () => {
    const [a0] = (await snapshot()).actions;
    // The plan's axis moves so that the action's start falls outside it.
    await ok(doc.manager, 'plan.update', { changes: { startYear: a0.startYear + 1 } });
    const changed = await ok(doc.manager, 'actions.update', { id: a0.id, changes: { name: 'Nytt namn' } });
    expect(changed).toMatchObject({ name: 'Nytt namn', startYear: a0.startYear });
  });

  it('refuses a financing entry in a year outside the plan', async () => {
    const [f0] = (await snapshot()).financing;
    let err = await unchangedRefusal('financing.update', { id: f0.id, changes: { year: 2050 } });
    expect([err.path, err.message]).toEqual(['changes.year', 'Året (2050) ligger utanför planperioden 2020–2045.']);
    err = await unchangedRefusal('financing.create', { values: { year: 2019, amountSek: 5 } });
    expect(err.path).toBe('values.year');
  });
});

describe('financing.patch, financingSources.patch and deleteMany', () => {
  it('patches entries and adds one in one step; a bad cell anywhere applies none and lists all', async () => {
    const before = await snapshot();
    const [f0, f1] = before.financing;
    const value = await ok(doc.manager, 'financing.patch', {
      rows: [
        { id: f0.id, changes: { year: 2026, amountSek: 1_234_500, status: 'secured' } },
        { id: f1.id, changes: { actionId: null } },
      ],
      create: [{ values: { sourceId: f0.sourceId, year: 2030, amountSek: 7, status: 'potential' } }],
    });
    expect(value).toHaveLength(3);
    const after = await snapshot();
    expect(after.financing[0]).toMatchObject({ year: 2026, amountSek: 1_234_500 });
    expect(after.financing[1].actionId).toBeNull();
    expect(after.financing.at(-1)).toMatchObject({ year: 2030, amountSek: 7, actionId: null });
    await oneStep(before, after);

    const err = await unchangedRefusal('financing.patch', {
      rows: [
        { id: f0.id, changes: { amountSek: -1 } },
        { id: f1.id, changes: { status: 'beviljad', year: 2050 } },
      ],
    });
    const paths = (err.details as { problems: { path: string }[] }).problems.map((p) => p.path).sort();
    expect(paths).toEqual(['rows[0].changes.amountSek', 'rows[1].changes.status']);
  });

  it('patches sources and deletes entries and sources in one step each', async () => {
    const before = await snapshot();
    const [s0] = before.financingSources;
    const sources = await ok(doc.manager, 'financingSources.patch', {
      rows: [{ id: s0.id, changes: { name: 'Omdöpt', kind: 'loan' } }],
      create: [{ values: { name: 'Ny källa', kind: 'euFund' } }],
    });
    expect(sources.map((s) => s.name)).toEqual(['Omdöpt', 'Ny källa']);
    const fresh = sources[1];
    const ids = before.financing.slice(0, 2).map((f) => f.id);
    await ok(doc.manager, 'financing.deleteMany', { ids });
    const after = await snapshot();
    expect(after.financing.map((f) => f.id)).toEqual(before.financing.slice(2).map((f) => f.id));
    await ok(doc.manager, 'history.undo');
    expect((await snapshot()).financing).toEqual(before.financing);
    // A source with entries cannot go; an unused one can.
    const conflict = await refused(doc.manager, 'financingSources.deleteMany', { ids: [fresh.id, s0.id] });
    expect(conflict.code).toBe('conflict');
    await ok(doc.manager, 'financingSources.deleteMany', { ids: [fresh.id] });
    expect((await snapshot()).financingSources.some((s) => s.id === fresh.id)).toBe(false);
  });
});
