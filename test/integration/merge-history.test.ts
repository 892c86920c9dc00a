// The plan's history (issue 8) through the services: who changed what (the user's name from the
// OS account, or set in the app — at once for the open plan), filtered by action, user and time,
// grouped by save; one change or a whole action put back as a new change that can be undone.
import { userInfo } from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/domain/types';
import type { DocumentManager } from '../../electron/document/manager';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, samplePlan, SWEDISH, writeDocument } from '../support/documents';

const sample = samplePlan();
const [T1, T2] = sample.actions;
let dir: string;
let m: DocumentManager;

beforeAll(() => {
  useTempDataDir('merge-history');
  dir = tempDir('merge-history');
  writeDocument(dir, 'plan.klimat');
});
beforeEach(async () => {
  m = managerIn(dir);
  await ok(m, 'document.open', { name: 'plan.klimat' });
});
afterEach(async () => {
  await ok(m, 'settings.update', { userName: '' });
  m.close(true);
});
afterAll(removeTempDirs);

const page = (input: object = {}) => ok(m, 'history.list', input);
const action = async (id: string) => (await ok(m, 'plan.snapshot')).actions.find((a) => a.id === id);
const update = (id: string, changes: Partial<Action>) => ok(m, 'actions.update', { id, changes });

describe('the user name', () => {
  it('comes from the OS account unless set in the app, and a new name applies to the open plan at once', async () => {
    const os = userInfo().username;
    expect(await ok(m, 'settings.get')).toEqual({ userName: os, osUserName: os, custom: false });
    await update(T1.id, { capexSek: 1_000 });
    expect((await page({ limit: 1 })).entries[0].user).toBe(os);

    expect(await ok(m, 'settings.update', { userName: '  Karin Lund  ' })).toEqual({ userName: 'Karin Lund', osUserName: os, custom: true });
    await update(T1.id, { capexSek: 2_000 });
    expect((await page({ limit: 1 })).entries[0].user).toBe('Karin Lund');

    await ok(m, 'settings.update', { userName: '' });
    expect((await ok(m, 'settings.get')).custom).toBe(false);
    const err = await refused(m, 'settings.update', { userName: 'x'.repeat(101) });
    expect(err).toMatchObject({ code: 'invalid', path: 'userName' });
    expect(err.message).toMatch(SWEDISH);
  });
});

describe('history.list', () => {
  it('filters by action, user and time, and names the things it mentions', async () => {
    await ok(m, 'settings.update', { userName: 'Anna' });
    await update(T1.id, { capexSek: 111_000_000, tags: ['Ny'] });
    await ok(m, 'settings.update', { userName: 'Bo' });
    await update(T2.id, { name: 'Nytt namn' });

    const t1 = await page({ actionId: T1.id });
    expect(t1.total).toBe(t1.entries.length);
    expect(t1.entries.length).toBeGreaterThanOrEqual(2);
    expect(t1.entries.every((e) => e.rowId === T1.id || e.rowId.startsWith(`["${T1.id}",`))).toBe(true);
    expect(t1.entries.some((e) => e.table === 'action_tags' && e.op === 'insert')).toBe(true);
    expect(t1.names.actions[T1.id]).toBe(`${T1.code} ${T1.name}`);

    const bo = await page({ user: 'Bo' });
    expect(bo.entries.map((e) => [e.rowId, e.column])).toEqual([[T2.id, 'name']]);
    expect(bo.users).toEqual(expect.arrayContaining(['Anna', 'Bo']));

    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((await page({ from: day, to: day })).total).toBeGreaterThanOrEqual(3);
    expect((await page({ from: `${today.getFullYear() + 1}-01-01` })).total).toBe(0);
    expect((await page({ to: '2000-01-01' })).total).toBe(0);
    expect(await refused(m, 'history.list', { from: 'igår' })).toMatchObject({ code: 'invalid', path: 'from' });
  });

  it('groups by save: a Spara stamps the changes it wrote and tells who saved', async () => {
    await ok(m, 'settings.update', { userName: 'Sara' });
    await update(T1.id, { capexSek: 5_000_000 });
    expect((await page({ limit: 1 })).entries[0].saveId).toBeNull();
    await ok(m, 'document.save');
    const p = await page({ limit: 1 });
    const saveId = p.entries[0].saveId;
    expect(saveId).not.toBeNull();
    expect(p.saves).toEqual([expect.objectContaining({ id: saveId, user: 'Sara' })]);
  });
});

describe('history.restore', () => {
  it('puts a field back as a new change that can itself be undone', async () => {
    const before = (await action(T1.id))!.capexSek;
    await update(T1.id, { capexSek: 42_000_000 });
    await update(T1.id, { name: 'Annat namn' });
    const change = (await page({ actionId: T1.id })).entries.find((e) => e.column === 'capex_sek')!;
    expect(await ok(m, 'history.restore', { id: change.id })).toEqual({ changed: 1 });
    expect(await action(T1.id)).toMatchObject({ capexSek: before, name: 'Annat namn' });
    expect((await page({ limit: 1 })).entries[0]).toMatchObject({ column: 'capex_sek', oldValue: 42_000_000, newValue: before });
    await ok(m, 'history.undo');
    expect((await action(T1.id))?.capexSek).toBe(42_000_000);
  });

  it('brings a deleted action back with its lists and its financing, and removes an added one', async () => {
    const full = (await action(T1.id))!;
    const financed = (await ok(m, 'plan.snapshot')).financing.filter((f) => f.actionId === T1.id).map((f) => f.id);
    expect(financed.length).toBeGreaterThan(0);
    await ok(m, 'actions.delete', { id: T1.id });
    const deletion = (await page({ actionId: T1.id })).entries.find((e) => e.table === 'actions' && e.op === 'delete')!;
    await ok(m, 'history.restore', { id: deletion.id });
    expect(await action(T1.id)).toEqual(full);
    const plan = await ok(m, 'plan.snapshot');
    expect(plan.financing.filter((f) => f.actionId === T1.id).map((f) => f.id)).toEqual(financed);

    await ok(m, 'actions.create', { id: 'ny-1', values: { name: 'Ny', tags: ['a'] } });
    const creation = (await page({ actionId: 'ny-1' })).entries.find((e) => e.table === 'actions' && e.op === 'insert')!;
    await ok(m, 'history.restore', { id: creation.id });
    expect(await action('ny-1')).toBeUndefined();
  });

  it('refuses what would break a rule, and what is not a change of the plan', async () => {
    await update(T1.id, { effectEndYear: 2025 });
    await update(T1.id, { effectEndYear: 2040 });
    await update(T1.id, { effectStartYear: 2030 });
    const end = (await page({ actionId: T1.id })).entries.find((e) => e.column === 'effect_end_year' && e.newValue === 2040)!;
    const plan = await ok(m, 'plan.snapshot');
    const err = await refused(m, 'history.restore', { id: end.id });
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/slutår/i);
    expect(await ok(m, 'plan.snapshot')).toEqual(plan);

    const note = (await page({})).entries.find((e) => e.table === 'document')!;
    expect(await refused(m, 'history.restore', { id: note.id })).toMatchObject({ code: 'invalid', path: 'id' });
    expect(await refused(m, 'history.restore', { id: 'finns-inte' })).toMatchObject({ code: 'notFound', path: 'id' });
  });

  it('undoes an edit of two fields that must move together (an effect start and end)', async () => {
    await update(T1.id, { effectStartYear: 2026, effectEndYear: 2030 });
    await update(T1.id, { effectStartYear: 2035, effectEndYear: 2040 });
    await ok(m, 'history.undo');
    expect(await action(T1.id)).toMatchObject({ effectStartYear: 2026, effectEndYear: 2030 });
  });
});

describe('history.restoreAction', () => {
  it('puts an action and its lists back as they were at a chosen time, as one change', async () => {
    await update(T1.id, { capexSek: 10_000_000, tags: ['Först'] });
    const first = (await page({ actionId: T1.id, limit: 1 })).entries[0];
    const then = (await action(T1.id))!;
    await update(T1.id, { capexSek: 20_000_000, tags: ['Sen', 'Senare'], costOverrides: [] });
    expect(await ok(m, 'history.restoreAction', { actionId: T1.id, at: first.hlc })).toMatchObject({ changed: expect.any(Number) });
    expect(await action(T1.id)).toEqual(then);
    await ok(m, 'history.undo');
    expect(await action(T1.id)).toMatchObject({ capexSek: 20_000_000, tags: ['Sen', 'Senare'] });

    // A deleted action comes back as it was before it went.
    await ok(m, 'actions.delete', { id: T1.id });
    const lastEdit = (await page({ actionId: T1.id })).entries.find((e) => e.op === 'update')!;
    await ok(m, 'history.restoreAction', { actionId: T1.id, at: lastEdit.hlc });
    expect(await action(T1.id)).toMatchObject({ capexSek: 20_000_000, tags: ['Sen', 'Senare'], costOverrides: [] });

    // Before it existed there is nothing to go back to.
    await ok(m, 'actions.create', { id: 'sen-1', values: { name: 'Sen' } });
    const err = await refused(m, 'history.restoreAction', { actionId: 'sen-1', at: '2000-01-01' });
    expect(err).toMatchObject({ code: 'conflict', path: 'at' });
    expect(err.message).toMatch(/fanns inte/);
  });
});
