// Calls say what they change (issue 13): every answer carries the document's status, and a
// write's answer the rows it changed and the ids it deleted, whatever the call — so the renderer
// needs no list of which call reloads what. Through the one dispatch every transport uses, on a
// real working copy of the sample plan.
import { describe, expect, it } from 'vitest';
import { changedIds } from '../../shared/api/frame';
import { frameOf } from '../support/calls';
import { managerIn, ok, sampleOpenedEachTest, writeDocument } from '../support/documents';
import { tempDir } from '../support/env';

const doc = sampleOpenedEachTest('answers');

describe('what a write answers with', () => {
  it('an edit: its effect, the new status (unsaved, undoable) and the one row it changed', async () => {
    const [a] = await ok(doc.manager, 'actions.list');
    const before = await frameOf(doc.manager, 'document.status');
    expect(before.status).toMatchObject({ dirty: false, canUndo: false });
    expect(before.change).toBeUndefined();
    const f = await frameOf(doc.manager, 'actions.update', { id: a.id, changes: { capexSek: 77_000_000 } });
    expect(f.result.ok).toBe(true);
    expect(f.status).toMatchObject({ open: true, dirty: true, canUndo: true, canRedo: false });
    expect(f.change).toMatchObject({ effect: 'plan', replaced: false });
    expect(changedIds(f.change!.plan!)).toEqual({ actions: { ids: [a.id], deleted: [] } });
    expect(f.change!.plan!.rows.actions![0].capexSek).toBe(77_000_000);
    expect(f.change!.plan!.order).toEqual({});
    expect(f.seq!).toBeGreaterThan(before.seq!);
  });

  it('a delete: the id deleted, and the rows its cascade changed (financing entries lose the action)', async () => {
    const plan = await ok(doc.manager, 'plan.snapshot');
    const a = plan.actions.find((x) => plan.financing.some((e) => e.actionId === x.id))!;
    await ok(doc.manager, 'scenarios.update', { id: 'all', changes: { exclude: [a.id] } });
    const entries = plan.financing.filter((e) => e.actionId === a.id).map((e) => e.id);
    const f = await frameOf(doc.manager, 'actions.delete', { id: a.id });
    const ids = changedIds(f.change!.plan!);
    expect(ids.actions).toEqual({ ids: [], deleted: [a.id] });
    expect(ids.financing?.ids.sort()).toEqual([...entries].sort());
    expect(ids.scenarios).toEqual({ ids: ['all'], deleted: [] });
    expect(f.change!.plan!.rows.financing!.every((e) => e.actionId === null)).toBe(true);
    expect(f.change!.plan!.rows.scenarios![0].exclude).toEqual([]);
    expect(f.status?.canUndo).toBe(true);
  });

  it('undo of a delete: the row back, with the order of the list (it was not the last)', async () => {
    const plan = await ok(doc.manager, 'plan.snapshot');
    const a = plan.actions[1];
    await ok(doc.manager, 'actions.delete', { id: a.id });
    const f = await frameOf(doc.manager, 'history.undo');
    expect(f.change?.effect).toBe('plan');
    expect(changedIds(f.change!.plan!).actions).toEqual({ ids: [a.id], deleted: [] });
    expect(f.change!.plan!.order.actions).toEqual(plan.actions.map((x) => x.id));
    expect(f.status).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('a new row at the end needs no order; a patch lists every row it changed and created', async () => {
    const [a, b] = await ok(doc.manager, 'actions.list');
    const f = await frameOf(doc.manager, 'actions.patch', {
      rows: [
        { id: a.id, changes: { name: 'A' } },
        { id: b.id, changes: { name: 'B' } },
      ],
      create: [{ id: 'ny-rad', values: { name: 'Ny' } }],
    });
    expect(changedIds(f.change!.plan!).actions?.ids.sort()).toEqual([a.id, b.id, 'ny-rad'].sort());
    expect(f.change!.plan!.order).toEqual({});
  });

  it('settings, baselines by sector, and the carbon budget as singletons', async () => {
    const s = await frameOf(doc.manager, 'plan.update', { changes: { title: 'Ny titel' } });
    expect(s.change!.plan!.settings?.title).toBe('Ny titel');
    expect(s.status?.title).toBe('Ny titel');
    const { sectorId } = (await ok(doc.manager, 'baseline.list'))[0];
    const b = await frameOf(doc.manager, 'baseline.delete', { sectorId });
    expect(changedIds(b.change!.plan!).baseline).toEqual({ ids: [], deleted: [sectorId] });
    const c = await frameOf(doc.manager, 'carbonBudget.delete');
    expect(c.change!.plan!.carbonBudget).toBeNull();
  });

  it('Spara: a document change with the saved status and no plan rows; the settings: their own effect', async () => {
    await ok(doc.manager, 'plan.update', { changes: { title: 'Sparas' } });
    const f = await frameOf(doc.manager, 'document.save');
    expect(f.change).toEqual({ effect: 'document', replaced: false });
    expect(f.status).toMatchObject({ dirty: false, title: 'Sparas' });
    const u = await frameOf(doc.manager, 'settings.update', { userName: 'Kim' });
    expect(u.change).toEqual({ effect: 'settings', replaced: false });
  });

  it('opening another plan replaces it: the renderer loads it whole', async () => {
    const f = await frameOf(doc.manager, 'document.openSample');
    expect(f.change).toEqual({ effect: 'document', replaced: true });
    expect(f.status).toMatchObject({ open: true, fileName: null });
  });

  it('a refused write answers with the status unchanged and no change; reads never carry a change', async () => {
    const before = await frameOf(doc.manager, 'document.status');
    const f = await frameOf(doc.manager, 'actions.update', { id: 'finns-inte', changes: { name: 'x' } });
    expect(f.result.ok).toBe(false);
    expect(f.change).toBeUndefined();
    expect(f.seq).toBe(before.seq);
    expect(f.status).toEqual(before.status);
    const r = await frameOf(doc.manager, 'plan.snapshot');
    expect(r.change).toBeUndefined();
  });
});

describe('a plan opened read-only', () => {
  it('refuses every call whose effect is plan, and allows the rest', async () => {
    const folder = tempDir('answers-ro');
    writeDocument(folder, 'plan.klimat');
    const other = managerIn(folder);
    try {
      await ok(other, 'document.open', { name: 'plan.klimat', readOnly: true });
      for (const f of [
        await frameOf(other, 'history.undo'),
        await frameOf(other, 'plan.update', { changes: { title: 'x' } }),
        await frameOf(other, 'carbonBudget.delete'),
      ]) {
        expect(f.result).toMatchObject({ ok: false, error: { code: 'readOnly' } });
        expect(f.status?.readOnly).toBe(true);
      }
      expect((await frameOf(other, 'plan.snapshot')).result.ok).toBe(true);
      expect((await frameOf(other, 'settings.get')).result.ok).toBe(true);
    } finally {
      other.close(true);
    }
  });
});
