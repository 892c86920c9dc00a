// The optimiser's fields in the store (DESIGN §10): an action's start window and a scenario's
// moved start years go through the API's rules, the change log, undo and redo, the history's
// words, the JSON export and a merge of two copies; deleting an action takes its moves along.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../shared/api/status';
import type { Plan } from '../../shared/domain/types';
import { describeChange } from '../../shared/merge/wording';
import { parsePlanDocument, toPlanDocument } from '../../shared/schema/document';
import type { DocumentManager } from '../../electron/document/manager';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, samplePlan, writeDocument } from '../support/documents';
import { Copy, mergeFile } from './merge-copies';

const plan0 = samplePlan();
const proposed = plan0.actions.filter((a) => a.status === 'proposed');
const [P1, P2] = proposed;

let dir: string;
let file: string;
const managers: DocumentManager[] = [];

beforeAll(() => {
  useTempDataDir('start-windows');
  dir = tempDir('start-windows');
  file = writeDocument(dir, 'plan.klimat');
});
afterEach(() => {
  for (const m of managers.splice(0)) m.close(true);
});
afterAll(removeTempDirs);

let opened = 0;
async function openFresh(): Promise<DocumentManager> {
  const name = `copy${++opened}.klimat`;
  copyFileSync(file, join(dir, name));
  const m = managerIn(dir);
  managers.push(m);
  await ok(m, 'document.open', { name });
  return m;
}

const snapshot = (m: DocumentManager) => ok(m, 'plan.snapshot');
const lastBatch = async (m: DocumentManager): Promise<ChangeEntry[]> => {
  const { entries } = await ok(m, 'history.list', { limit: 20 });
  return entries.filter((e) => e.batchId === entries[0].batchId);
};

describe('an action’s start window', () => {
  it('is stored, logged field by field, undone and redone', async () => {
    const m = await openFresh();
    const before = await snapshot(m);
    await ok(m, 'actions.update', { id: P1.id, changes: { earliestStartYear: P1.startYear - 2, latestStartYear: P1.startYear + 3 } });
    const after = await snapshot(m);
    expect(after.actions.find((a) => a.id === P1.id)).toMatchObject({ earliestStartYear: P1.startYear - 2, latestStartYear: P1.startYear + 3 });
    const log = await lastBatch(m);
    expect(log.map((e) => [e.table, e.column, e.newValue]).sort()).toEqual([
      ['actions', 'earliest_start_year', P1.startYear - 2],
      ['actions', 'latest_start_year', P1.startYear + 3],
    ]);
    const words = describeChange(
      { table: 'actions', rowId: P1.id, column: 'earliest_start_year', op: 'update', before: null, after: P1.startYear - 2 },
      {
        locale: 'sv',
        moneyUnit: 'tkr',
        names: { actions: { [P1.id]: `${P1.code} ${P1.name}` } },
      },
    );
    expect(words).toContain('Tidigaste startår');
    await ok(m, 'history.undo');
    expect(await snapshot(m)).toEqual(before);
    await ok(m, 'history.redo');
    expect(await snapshot(m)).toEqual(after);
    // Cleared again with null.
    await ok(m, 'actions.update', { id: P1.id, changes: { earliestStartYear: null } });
    expect((await snapshot(m)).actions.find((a) => a.id === P1.id)?.earliestStartYear).toBeUndefined();
  });

  it('is refused around the start year or off the plan’s years, with the field named', async () => {
    const m = await openFresh();
    const late = await refused(m, 'actions.update', { id: P1.id, changes: { earliestStartYear: P1.startYear + 1 } });
    expect(late).toMatchObject({ code: 'invalid', path: 'changes.earliestStartYear' });
    expect(late.message).toBe(`Tidigaste startåret (${P1.startYear + 1}) får inte vara efter startåret (${P1.startYear}).`);
    const early = await refused(m, 'actions.update', { id: P1.id, changes: { latestStartYear: P1.startYear - 1 } });
    expect(early.message).toBe(`Senaste startåret (${P1.startYear - 1}) får inte vara före startåret (${P1.startYear}).`);
    const off = await refused(m, 'actions.update', { id: P1.id, changes: { latestStartYear: 2046 } });
    expect(off.message).toMatch(/Senaste startåret \(2046\) ligger utanför planperioden 2020–2045/);
    const range = await refused(m, 'actions.update', { id: P1.id, changes: { earliestStartYear: 1900 } });
    expect(range.message).toMatch(/Tidigaste startåret måste vara ett år mellan 1990 och 2100/);
  });
});

describe('a scenario’s moved start years', () => {
  it('are created, changed and cleared through the log; undo and redo restore them', async () => {
    const m = await openFresh();
    const before = await snapshot(m);
    const moves = { [P1.id]: P1.startYear + 2, [P2.id]: P2.startYear - 1 };
    await ok(m, 'scenarios.create', { id: 'flyttat', values: { name: 'Flyttat', include: [P1.id, P2.id], startYears: moves } });
    let log = await lastBatch(m);
    expect(new Set(log.map((e) => e.table))).toEqual(new Set(['scenarios', 'scenario_statuses', 'scenario_actions', 'scenario_start_years']));
    const created = await snapshot(m);
    expect(created.scenarios.at(-1)?.startYears).toEqual(moves);

    await ok(m, 'scenarios.update', { id: 'flyttat', changes: { startYears: { [P1.id]: P1.startYear + 1 } } });
    log = await lastBatch(m);
    expect(log.map((e) => [e.table, e.op, e.column]).sort()).toEqual([
      ['scenario_start_years', 'delete', ''],
      ['scenario_start_years', 'update', 'year'],
    ]);
    const words = describeChange(
      {
        table: 'scenario_start_years',
        rowId: JSON.stringify(['flyttat', P1.id]),
        column: 'year',
        op: 'update',
        before: P1.startYear + 2,
        after: P1.startYear + 1,
      },
      { locale: 'sv', moneyUnit: 'tkr', names: { actions: { [P1.id]: `${P1.code} ${P1.name}` }, scenarios: { flyttat: 'Flyttat' } } },
    );
    expect(words).toBe(`Startår för ${P1.code} ${P1.name} i scenariot Flyttat: ${P1.startYear + 2} → ${P1.startYear + 1}`);

    await ok(m, 'scenarios.update', { id: 'flyttat', changes: { startYears: null } });
    expect((await snapshot(m)).scenarios.at(-1)?.startYears).toBeUndefined();
    await ok(m, 'history.undo');
    await ok(m, 'history.undo');
    expect(await snapshot(m)).toEqual(created);
    await ok(m, 'history.undo');
    expect(await snapshot(m)).toEqual(before);
  });

  it('are refused for an action the plan lacks or a year off the plan', async () => {
    const m = await openFresh();
    const missing = await refused(m, 'scenarios.update', { id: 'decided', changes: { startYears: { 'finns-inte': 2030 } } });
    expect(missing).toMatchObject({ code: 'invalid', path: 'changes.startYears.finns-inte', message: 'Åtgärden "finns-inte" finns inte i planen.' });
    const off = await refused(m, 'scenarios.update', { id: 'decided', changes: { startYears: { [P1.id]: 2050 } } });
    expect(off.message).toMatch(/2050.*utanför planperioden 2020–2045/);
    const bad = await refused(m, 'scenarios.update', { id: 'decided', changes: { startYears: { [P1.id]: 2030.5 } } });
    expect(bad.message).toMatch(/måste vara ett år mellan 1990 och 2100/);
  });

  it('go with their action when it is deleted', async () => {
    const m = await openFresh();
    await ok(m, 'scenarios.update', { id: 'all', changes: { startYears: { [P1.id]: P1.startYear + 1, [P2.id]: P2.startYear + 1 } } });
    await ok(m, 'actions.delete', { id: P1.id });
    expect((await snapshot(m)).scenarios.find((s) => s.id === 'all')?.startYears).toEqual({ [P2.id]: P2.startYear + 1 });
  });

  it('survive JSON export and import, an id such as "__proto__" included', () => {
    const plan: Plan = {
      ...plan0,
      actions: [...plan0.actions, { ...P1, id: '__proto__', code: 'X-01', earliestStartYear: P1.startYear - 1 }],
      scenarios: plan0.scenarios.map((s) =>
        s.id === 'all' ? { ...s, startYears: JSON.parse(`{"__proto__": ${P1.startYear + 1}}`) as Record<string, number> } : s,
      ),
    };
    const text = JSON.stringify(toPlanDocument(plan));
    const parsed = parsePlanDocument(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const all = parsed.plan.scenarios.find((s) => s.id === 'all')!;
    expect(Object.keys(all.startYears!)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(toPlanDocument(parsed.plan)))).toEqual(JSON.parse(text));
  });
});

describe('merging copies', () => {
  it('takes a window from one copy and moved start years from the other, without conflicts', async () => {
    const base = join(dir, 'merge-base.klimat');
    copyFileSync(file, base);
    const mine = new Copy(base);
    const theirs = new Copy(base);
    try {
      await mine.value('actions.update', { id: P1.id, changes: { latestStartYear: P1.startYear + 4 } });
      await theirs.value('scenarios.update', { id: 'all', changes: { startYears: { [P2.id]: P2.startYear + 2 } } });
      const outcome = mergeFile(mine, theirs.snapshot(join(dir, 'theirs.klimat')), () => 'theirs');
      expect(outcome.ok && outcome.conflicts).toEqual([]);
      const merged = mine.plan();
      expect(merged.actions.find((a) => a.id === P1.id)?.latestStartYear).toBe(P1.startYear + 4);
      expect(merged.scenarios.find((s) => s.id === 'all')?.startYears).toEqual({ [P2.id]: P2.startYear + 2 });
    } finally {
      mine.close();
      theirs.close();
    }
  });
});
