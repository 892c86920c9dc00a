// Merging two copies of one plan, on real files through the open gate and the services (issue 8):
// edits in different fields come together without conflicts; the same field edited in both is
// one conflict, settled either way; an action deleted in one copy and edited in the other is a
// conflict; actions added in both are all kept. Nothing changes before the apply; the apply is one
// undo step; merging the same file again changes nothing.
import { present } from '../support/calls';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Plan } from '../../shared/domain/types';
import type { DocumentManager } from '../../electron/document/manager';
import { removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, samplePlan, writeDocument } from '../support/documents';

const plan0 = samplePlan();
const [T1, T2, T3] = plan0.actions;

let dir: string;
let base: string;
const open: DocumentManager[] = [];

beforeAll(() => {
  useTempDataDir('merge');
  dir = tempDir('merge');
  base = writeDocument(dir, 'base.klimat');
});
afterEach(() => {
  for (const m of open.splice(0)) m.close(true);
});
afterAll(removeTempDirs);

let copies = 0;
/** A copy of the plan as a colleague gets it (the file, byte for byte), edited by `user` and saved. */
async function copyEdited(user: string, edit: (m: DocumentManager) => Promise<unknown>): Promise<string> {
  const name = `copy${++copies}-${user}.klimat`;
  copyFileSync(base, join(dir, name));
  const m = managerIn(dir);
  await ok(m, 'document.open', { name });
  await ok(m, 'settings.update', { userName: user });
  await edit(m);
  await ok(m, 'document.save');
  m.close(true);
  return name;
}

async function openCopy(name: string): Promise<DocumentManager> {
  const m = managerIn(dir);
  open.push(m);
  await ok(m, 'document.open', { name });
  return m;
}

const snapshot = (m: DocumentManager) => ok(m, 'plan.snapshot');
const action = (p: Plan, id: string) => p.actions.find((a) => a.id === id);
const logTotal = async (m: DocumentManager) => (await ok(m, 'history.list', { limit: 1 })).total;
const update = (m: DocumentManager, id: string, changes: Partial<Action>) => ok(m, 'actions.update', { id, changes });

describe('merging two copies of a plan', () => {
  it('takes edits of different fields from both copies, without conflicts, as one undoable step', async () => {
    const mine = await copyEdited('Anna', (m) => update(m, T1.id, { capexSek: 150_000_000 }));
    const theirs = await copyEdited('Bo', (m) => update(m, T2.id, { name: 'Cykelvägar, etapp 2' }));
    const m = await openCopy(mine);
    const before = await snapshot(m);
    const theirsHash = sha256(join(dir, theirs));

    const preview = present(await ok(m, 'merge.preview', { name: theirs }));
    expect(preview.conflicts).toEqual([]);
    expect(preview.incoming).toHaveLength(1);
    expect(preview.incoming[0]).toMatchObject({
      table: 'actions',
      rowId: T2.id,
      column: 'name',
      before: T2.name,
      after: 'Cykelvägar, etapp 2',
      conflict: null,
    });
    expect(preview.incoming[0].by?.user).toBe('Bo');
    expect(preview.names.actions[T2.id]).toBe(`${T2.code} ${T2.name}`);
    expect(preview.other).toMatchObject({ fileName: theirs, title: plan0.plan.title });
    // Nothing is applied before the user confirms.
    expect(await snapshot(m)).toEqual(before);

    const result = await ok(m, 'merge.apply', { mergeId: preview.mergeId, choices: {} });
    expect(result).toMatchObject({ taken: 1, conflicts: 0 });
    expect(result.status.dirty).toBe(true);
    const after = await snapshot(m);
    expect(action(after, T1.id)?.capexSek).toBe(150_000_000);
    expect(action(after, T2.id)?.name).toBe('Cykelvägar, etapp 2');
    expect(sha256(join(dir, theirs))).toBe(theirsHash);

    // One undo step takes the whole merge back; redo brings it again.
    await ok(m, 'history.undo');
    expect(await snapshot(m)).toEqual(before);
    await ok(m, 'history.redo');
    expect(await snapshot(m)).toEqual(after);
  });

  it('makes the same field edited in both copies one conflict, settled with their version or mine', async () => {
    const mine = await copyEdited('Anna', (m) => update(m, T1.id, { capexSek: 150_000_000 }));
    const theirs = await copyEdited('Bo', (m) => update(m, T1.id, { capexSek: 200_000_000 }));
    for (const [side, expected] of [
      ['theirs', 200_000_000],
      ['mine', 150_000_000],
    ] as const) {
      const m = await openCopy(mine);
      const preview = present(await ok(m, 'merge.preview', { name: theirs }));
      expect(preview.conflicts).toHaveLength(1);
      const [c] = preview.conflicts;
      expect(c).toMatchObject({ kind: 'field', table: 'actions', rowId: T1.id, column: 'capex_sek' });
      expect(c.mine).toMatchObject([{ before: T1.capexSek, after: 150_000_000, by: { user: 'Anna' } }]);
      expect(c.theirs).toMatchObject([{ before: T1.capexSek, after: 200_000_000, by: { user: 'Bo' } }]);
      expect(preview.incoming).toMatchObject([{ column: 'capex_sek', before: 150_000_000, after: 200_000_000, conflict: c.id }]);

      // Without a choice for the conflict the merge is refused and nothing changes.
      const log = await logTotal(m);
      const err = await refused(m, 'merge.apply', { mergeId: preview.mergeId, choices: {} });
      expect(err).toMatchObject({ code: 'invalid', path: 'choices' });
      expect(await logTotal(m)).toBe(log);

      const result = await ok(m, 'merge.apply', { mergeId: preview.mergeId, choices: { [c.id]: side } });
      expect(result).toMatchObject({ conflicts: 1, chosenMine: side === 'mine' ? 1 : 0, chosenTheirs: side === 'theirs' ? 1 : 0 });
      expect(action(await snapshot(m), T1.id)?.capexSek).toBe(expected);
      m.close(true);
    }
  });

  it('makes an action deleted in one copy and edited in the other a conflict on the whole action', async () => {
    const mine = await copyEdited('Anna', (m) => ok(m, 'actions.delete', { id: T1.id }));
    const theirs = await copyEdited('Bo', async (m) => {
      await update(m, T1.id, { capexSek: 210_000_000, tags: [...T1.tags, 'Ny tagg'] });
    });
    const m = await openCopy(mine);
    const preview = present(await ok(m, 'merge.preview', { name: theirs }));
    expect(preview.conflicts).toHaveLength(1);
    const [c] = preview.conflicts;
    expect(c).toMatchObject({ kind: 'deleted', table: 'actions', rowId: T1.id, deletedIn: 'mine' });
    expect(c.mine.some((x) => x.table === 'actions' && x.op === 'delete')).toBe(true);
    expect(c.theirs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'actions', column: 'capex_sek', after: 210_000_000 }),
        expect.objectContaining({ table: 'action_tags', op: 'insert' }),
      ]),
    );

    // Their version: the action is back with their edits and all its lists.
    await ok(m, 'merge.apply', { mergeId: preview.mergeId, choices: { [c.id]: 'theirs' } });
    const kept = action(await snapshot(m), T1.id);
    expect(kept).toMatchObject({ capexSek: 210_000_000, costOverrides: T1.costOverrides, coBenefits: T1.coBenefits, commitments: T1.commitments });
    expect(kept?.tags).toEqual([...T1.tags, 'Ny tagg']);

    // My version: it stays deleted, and nothing of theirs hangs on it.
    await ok(m, 'history.undo');
    const again = present(await ok(m, 'merge.preview', { name: theirs }));
    expect(again.incoming).toEqual([]);
    m.close(true);
    const m2 = await openCopy(mine);
    const p2 = present(await ok(m2, 'merge.preview', { name: theirs }));
    await ok(m2, 'merge.apply', { mergeId: p2.mergeId, choices: { [p2.conflicts[0].id]: 'mine' } });
    const gone = await snapshot(m2);
    expect(action(gone, T1.id)).toBeUndefined();
    expect(gone.financing.every((f) => f.actionId !== T1.id)).toBe(true);
  });

  it('keeps actions added in both copies, each once and in a clear order', async () => {
    const mine = await copyEdited('Anna', (m) => ok(m, 'actions.create', { id: 'anna-1', values: { name: 'Laddstolpar', code: 'T-90' } }));
    const theirs = await copyEdited('Bo', async (m) => {
      await ok(m, 'actions.create', { id: 'bo-1', values: { name: 'Solceller på skolor', code: 'E-90' } });
      await ok(m, 'actions.create', { id: 'bo-2', values: { name: 'Matavfall', code: 'A-90' } });
    });
    const m = await openCopy(mine);
    const preview = present(await ok(m, 'merge.preview', { name: theirs }));
    expect(preview.conflicts).toEqual([]);
    expect(
      preview.incoming
        .filter((c) => c.table === 'actions' && c.op === 'insert')
        .map((c) => c.rowId)
        .sort(),
    ).toEqual(['bo-1', 'bo-2']);
    await ok(m, 'merge.apply', { mergeId: preview.mergeId, choices: {} });
    const ids = (await snapshot(m)).actions.map((a) => a.id);
    expect(ids).toHaveLength(plan0.actions.length + 3);
    expect(ids.slice(-3)).toEqual(['anna-1', 'bo-1', 'bo-2']);
  });

  it('finds nothing new when the same file is merged again, and records who did what', async () => {
    const mine = await copyEdited('Anna', (m) => update(m, T3.id, { status: 'proposed' }));
    const theirs = await copyEdited('Bo', (m) => update(m, T2.id, { capexSek: 1_000_000 }));
    const m = await openCopy(mine);
    const first = present(await ok(m, 'merge.preview', { name: theirs }));
    await ok(m, 'merge.apply', { mergeId: first.mergeId, choices: {} });
    const plan = await snapshot(m);
    const log = await logTotal(m);

    const second = present(await ok(m, 'merge.preview', { name: theirs }));
    expect(second.incoming).toEqual([]);
    expect(second.conflicts).toEqual([]);
    const result = await ok(m, 'merge.apply', { mergeId: second.mergeId, choices: {} });
    expect(result).toMatchObject({ taken: 0, conflicts: 0 });
    expect(await snapshot(m)).toEqual(plan);
    expect(await logTotal(m)).toBe(log);

    // The history shows Bo's change (from the other copy) and the merge itself.
    const history = await ok(m, 'history.list', {});
    const bo = history.entries.find((e) => e.user === 'Bo' && e.column === 'capex_sek');
    expect(bo).toMatchObject({ rowId: T2.id, oldValue: T2.capexSek, newValue: 1_000_000 });
    expect(history.entries.some((e) => e.table === 'merge' && (e.newValue as { file: string }).file === theirs)).toBe(true);
    expect(history.users).toEqual(expect.arrayContaining(['Anna', 'Bo']));
  });

  it('a preview that is cancelled or superseded cannot be applied', async () => {
    const mine = await copyEdited('Anna', (m) => update(m, T1.id, { name: 'A' }));
    const theirs = await copyEdited('Bo', (m) => update(m, T2.id, { name: 'B' }));
    const m = await openCopy(mine);
    const p = present(await ok(m, 'merge.preview', { name: theirs }));
    await ok(m, 'merge.cancel', { mergeId: p.mergeId });
    expect(await refused(m, 'merge.apply', { mergeId: p.mergeId, choices: {} })).toMatchObject({ code: 'notFound', path: 'mergeId' });
    const p1 = present(await ok(m, 'merge.preview', { name: theirs }));
    present(await ok(m, 'merge.preview', { name: theirs }));
    expect(await refused(m, 'merge.apply', { mergeId: p1.mergeId, choices: {} })).toMatchObject({ code: 'notFound' });
  });
});
