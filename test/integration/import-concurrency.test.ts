// An import and the calls that come while it runs (issue 16 item 3). The rows are checked while
// other calls go on; an edit accepted meanwhile is never reverted by rows built from the plan
// before it (the rows are checked again against the plan as it is), and a delete, close or open
// meanwhile answers normally, the import then in Swedish. While the rows are written, other
// writes wait for the import and reads see the plan as it was until it commits.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { actionsCsv } from '../../electron/exchange/write-csv';
import { taskProgress } from '../../electron/exchange/tasks';
import { call, ok, sampleOpenedEachTest, SWEDISH } from '../support/documents';
import { present } from '../support/calls';

const doc = sampleOpenedEachTest('import-concurrency');
const m = () => doc.manager;

/**
 * Stages `plan`'s actions as a CSV (as the app exports it) and returns the apply input, reading
 * only the columns `fields` (the rest of the file is left unmapped, as a user may choose).
 */
async function staged(plan: Plan, taskId: string, fields?: string[]) {
  const s = present(
    await ok(m(), 'exchange.stage', { from: 'upload', name: 'atgarder.csv', base64: Buffer.from(actionsCsv(plan)).toString('base64'), purpose: 'table' }),
  );
  const sheet = s.sheets[0];
  const sug = sheet.suggestions.actions;
  const columns = fields ? sug.columns.map((c) => (c !== null && fields.includes(c) ? c : null)) : sug.columns;
  return { fileId: s.fileId, sheet: sheet.name, kind: 'actions' as const, headerRow: sug.headerRow, columns, unit: sug.unit, mode: 'upsert' as const, taskId };
}

const NOT_ENGLISH = /Cannot read|undefined|database connection|not open/i;

describe('calls made while an import checks its rows', () => {
  it('an edit of another field of a row the import updates is kept', async () => {
    const before = await ok(m(), 'plan.snapshot');
    const target = before.actions[0];
    const file = { ...before, actions: before.actions.map((a) => ({ ...a, capexSek: a.capexSek + 1_000_000 })) };
    // The file changes only the capital cost (its other columns are left unmapped).
    const input = await staged(file, 'samtidig-1', ['code', 'capexSek']);
    // The apply reads the plan, then gives way while it checks; the edit lands right then.
    const applying = call(m(), 'exchange.apply', input);
    const edited = await call(m(), 'actions.update', { id: target.id, changes: { name: 'Ändrad under importen', notes: 'Också' } });
    expect(edited.ok).toBe(true);
    const applied = await applying;
    expect(applied).toMatchObject({ ok: true, value: { status: 'done' } });
    const after = (await ok(m(), 'actions.list')).find((a) => a.id === target.id)!;
    expect(after).toMatchObject({ name: 'Ändrad under importen', notes: 'Också', capexSek: target.capexSek + 1_000_000 });
  });

  it('a delete of a row the import updates: both answer, the plan is whole', async () => {
    const before = await ok(m(), 'plan.snapshot');
    const victim = before.actions[1];
    const input = await staged({ ...before, actions: before.actions.map((a) => ({ ...a, capexSek: a.capexSek + 5 })) }, 'samtidig-2', [
      'code',
      'name',
      'sectorId',
      'capexSek',
    ]);
    const applying = call(m(), 'exchange.apply', input);
    expect(await call(m(), 'actions.delete', { id: victim.id })).toMatchObject({ ok: true });
    const applied = await applying;
    expect(JSON.stringify(applied)).not.toMatch(NOT_ENGLISH);
    expect(applied).toMatchObject({ ok: true, value: { status: 'done' } });
    // Checked again after the delete, the row of the deleted action is a new action now.
    const after = await ok(m(), 'plan.snapshot');
    expect(after.actions.some((a) => a.id === victim.id)).toBe(false);
    expect(after.actions.filter((a) => a.code === victim.code)).toMatchObject([{ name: victim.name, capexSek: victim.capexSek + 5 }]);
  });

  it.each([
    ['close', 'document.close', { discard: true }],
    ['open', 'document.openSample', {}],
  ] as const)('a %s meanwhile: it answers, and the import refuses in Swedish, writing nothing', async (_label, name, input) => {
    const before = await ok(m(), 'plan.snapshot');
    const apply = await staged({ ...before, actions: before.actions.map((a) => ({ ...a, capexSek: a.capexSek + 7 })) }, `samtidig-${name}`);
    const applying = call(m(), 'exchange.apply', apply);
    expect(await call(m(), name, input)).toMatchObject({ ok: true });
    const applied = await applying;
    expect(applied).toMatchObject({ ok: false, error: { code: 'noDocument' } });
    if (!applied.ok) {
      expect(applied.error.message).toMatch(SWEDISH);
      expect(applied.error.message).toMatch(/ingenting lästes in/);
      expect(applied.error.message).not.toMatch(NOT_ENGLISH);
    }
  });
});

describe('calls made while an import writes its rows', () => {
  it('a write waits for the import; a read answers at once with the plan as it was', async () => {
    const before = await ok(m(), 'plan.snapshot');
    const many = Array.from({ length: 3_000 }, (_, i) => ({ ...before.actions[0], id: `ny-${i}`, code: `NY-${i}` }));
    const input = await staged({ ...before, actions: many }, 'skriver-1');
    const applying = call(m(), 'exchange.apply', input);
    while (taskProgress('skriver-1')?.phase !== 'write' || taskProgress('skriver-1')!.done === 0) await new Promise((r) => setImmediate(r));
    const count = () => (m().session!.db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n;
    // The delete runs once the import is in: it sees all of the import and none of it undone.
    let seenByDelete = -1;
    const deleting = call(m(), 'actions.delete', { id: before.actions[2].id }).then((r) => ((seenByDelete = count()), r));
    const status = await ok(m(), 'document.status');
    expect(status.open).toBe(true);
    expect(seenByDelete).toBe(-1);
    expect((await ok(m(), 'actions.list')).length).toBe(before.actions.length);
    const applied = await applying;
    expect(applied).toMatchObject({ ok: true, value: { status: 'done', counts: { add: 3_000 } } });
    expect(await deleting).toMatchObject({ ok: true });
    expect(seenByDelete).toBe(before.actions.length + 3_000 - 1);
    const after = await ok(m(), 'plan.snapshot');
    expect(after.actions).toHaveLength(before.actions.length + 3_000 - 1);
    // One undo step takes the delete back, the next the whole import.
    await ok(m(), 'history.undo');
    await ok(m(), 'history.undo');
    expect(await ok(m(), 'plan.snapshot')).toEqual(before);
  }, 120_000);
});
