// Uncertainty in the document (DESIGN §9): an action's ranges and the plan's status defaults
// are written field by field in the change log, undone and redone, refused outside their ranges
// naming the field and the range, survive save and the open gate, and merge like every field.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../shared/api/status';
import type { DocumentManager } from '../../electron/document/manager';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, samplePlan, SWEDISH, writeDocument } from '../support/documents';
import { describeChange } from '../../shared/merge/wording';
import { present } from '../support/calls';

const plan0 = samplePlan();
const [T1, T2] = plan0.actions;

let dir: string;
let base: string;
const open: DocumentManager[] = [];

beforeAll(() => {
  useTempDataDir('uncertainty');
  dir = tempDir('uncertainty');
  base = writeDocument(dir, 'base.klimat');
});
afterEach(() => {
  for (const m of open.splice(0)) m.close(true);
});
afterAll(removeTempDirs);

let copies = 0;
async function openCopy(name?: string): Promise<DocumentManager> {
  const file = name ?? `copy${++copies}.klimat`;
  if (!name) copyFileSync(base, join(dir, file));
  const m = managerIn(dir);
  open.push(m);
  await ok(m, 'document.open', { name: file });
  return m;
}

const snapshot = (m: DocumentManager) => ok(m, 'plan.snapshot');
const lastChanges = async (m: DocumentManager, n: number) => (await ok(m, 'history.list', { limit: n })).entries as ChangeEntry[];
/** A change as the History view words it (no-break spaces as plain ones, for reading here). */
const words = (e: ChangeEntry) =>
  describeChange(
    { table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue },
    { locale: 'sv', moneyUnit: 'tkr', names: { actions: { [T1.id]: `${T1.code} ${T1.name}` } } },
  ).replace(/\u00a0/g, ' ');

describe('an action’s uncertainty', () => {
  it('is written field by field, worded in the history, undone and redone', async () => {
    const m = await openCopy();
    const before = await snapshot(m);
    await ok(m, 'actions.update', { id: T1.id, changes: { uncertainty: { effectLow: 0.6, probability: 0.9 } } });
    const after = await snapshot(m);
    expect(after.actions[0].uncertainty).toEqual({ effectLow: 0.6, probability: 0.9 });
    const log = await lastChanges(m, 2);
    expect(log.map((e) => [e.table, e.column, e.newValue]).sort()).toEqual([
      ['actions', 'uncertainty_effect_low', 0.6],
      ['actions', 'uncertainty_probability', 0.9],
    ]);
    expect(log.map(words).sort()).toEqual([
      `Osäkerhet: effekt lägst för ${T1.code} ${T1.name}: – → 0,6`,
      `Osäkerhet: sannolikhet att bli av för ${T1.code} ${T1.name}: – → 90 %`,
    ]);
    await ok(m, 'history.undo');
    expect(await snapshot(m)).toEqual(before);
    await ok(m, 'history.redo');
    expect(await snapshot(m)).toEqual(after);
    // null gives every field back to the status default.
    await ok(m, 'actions.update', { id: T1.id, changes: { uncertainty: null } });
    expect((await snapshot(m)).actions[0].uncertainty).toBeUndefined();
  });

  it.each([
    [{ effectLow: 1.5 }, 'changes.uncertainty.effectLow', /Effektens lägsta faktor måste vara ett tal mellan 0 och 1/],
    [{ effectHigh: 0.9 }, 'changes.uncertainty.effectHigh', /Effektens högsta faktor måste vara ett tal mellan 1 och 10/],
    [{ costHigh: 11 }, 'changes.uncertainty.costHigh', /Kostnadens högsta faktor måste vara ett tal mellan 1 och 10/],
    [{ probability: 1.2 }, 'changes.uncertainty.probability', /Sannolikheten måste vara ett tal mellan 0\s%\soch 100\s%/],
    [{ delayMaxYears: 2.5 }, 'changes.uncertainty.delayMaxYears', /Den största extra förseningen måste vara ett heltal/],
    [{ delayMaxYears: 21 }, 'changes.uncertainty.delayMaxYears', /mellan 0 och 20/],
    [{ spread: 2 }, 'changes.uncertainty.spread', /Okänt fält "spread"/],
  ])('refuses %j naming the field and its range, and changes nothing', async (uncertainty, path, message) => {
    const m = await openCopy();
    const before = await snapshot(m);
    const err = await refused(m, 'actions.update', { id: T1.id, changes: { uncertainty } });
    expect(err).toMatchObject({ code: 'invalid', path });
    expect(err.message).toMatch(SWEDISH);
    expect(err.message).toMatch(message);
    expect(await snapshot(m)).toEqual(before);
  });
});

describe('the plan’s status defaults', () => {
  it('are set per status, logged, undone, and emptied back to the built-in ones', async () => {
    const m = await openCopy();
    const before = await snapshot(m);
    expect(before.uncertaintyDefaults).toBeUndefined();
    const value = await ok(m, 'uncertaintyDefaults.set', { status: 'idea', values: { probability: 0.4, effectHigh: 1.5 } });
    expect(value).toEqual({ idea: { effectHigh: 1.5, probability: 0.4 } });
    expect((await snapshot(m)).uncertaintyDefaults).toEqual({ idea: { effectHigh: 1.5, probability: 0.4 } });
    const [added] = await lastChanges(m, 1);
    expect(added).toMatchObject({ table: 'uncertainty_defaults', rowId: 'idea', op: 'insert' });
    expect(words(added)).toBe('Lade till osäkerheten för status idé');

    await ok(m, 'uncertaintyDefaults.set', { status: 'idea', values: { probability: 0.3 } });
    const changed = await lastChanges(m, 2);
    expect(changed.map(words).sort()).toEqual(['Effekt högst för status idé: 1,5 → –', 'Sannolikhet att bli av för status idé: 40 % → 30 %']);

    await ok(m, 'uncertaintyDefaults.set', { status: 'idea', values: {} });
    expect((await snapshot(m)).uncertaintyDefaults).toBeUndefined();
    await ok(m, 'history.undo');
    expect((await snapshot(m)).uncertaintyDefaults).toEqual({ idea: { probability: 0.3 } });
  });

  it('refuses a status without defaults and a value out of range', async () => {
    const m = await openCopy();
    expect(await refused(m, 'uncertaintyDefaults.set', { status: 'cancelled', values: {} })).toMatchObject({ code: 'invalid', path: 'status' });
    const err = await refused(m, 'uncertaintyDefaults.set', { status: 'done', values: { costLow: -0.1 } });
    expect(err).toMatchObject({ code: 'invalid', path: 'values.costLow' });
    expect(err.message).toMatch(/Kostnadens lägsta faktor måste vara ett tal mellan 0 och 1/);
  });

  it('survive saving and opening again through the gate, with the actions’ own ranges', async () => {
    const m = await openCopy();
    await ok(m, 'uncertaintyDefaults.set', { status: 'proposed', values: { delayMaxYears: 4 } });
    await ok(m, 'actions.update', { id: T2.id, changes: { uncertainty: { costHigh: 2.5 } } });
    const saved = await snapshot(m);
    await ok(m, 'document.save');
    const name = (await ok(m, 'document.status')).fileName ?? undefined;
    m.close(true);
    open.splice(open.indexOf(m), 1);
    const again = await openCopy(name);
    const reopened = await snapshot(again);
    expect(reopened).toEqual(saved);
    expect(reopened.uncertaintyDefaults).toEqual({ proposed: { delayMaxYears: 4 } });
    expect(reopened.actions[1].uncertainty).toEqual({ costHigh: 2.5 });
  });
});

describe('merging copies', () => {
  it('takes a default set in one copy and an action’s range set in the other, without conflicts', async () => {
    const mineName = `copy${++copies}.klimat`;
    const theirsName = `copy${++copies}.klimat`;
    copyFileSync(base, join(dir, mineName));
    copyFileSync(base, join(dir, theirsName));
    const theirs = await openCopy(theirsName);
    await ok(theirs, 'actions.update', { id: T1.id, changes: { uncertainty: { probability: 0.7 } } });
    await ok(theirs, 'document.save');
    const mine = await openCopy(mineName);
    await ok(mine, 'uncertaintyDefaults.set', { status: 'decided', values: { effectLow: 0.5 } });
    const preview = present(await ok(mine, 'merge.preview', { name: theirsName }));
    expect(preview.conflicts).toEqual([]);
    expect(preview.incoming).toMatchObject([{ table: 'actions', rowId: T1.id, column: 'uncertainty_probability', after: 0.7 }]);
    await ok(mine, 'merge.apply', { mergeId: preview.mergeId, choices: {} });
    const merged = await snapshot(mine);
    expect(merged.actions[0].uncertainty).toEqual({ probability: 0.7 });
    expect(merged.uncertaintyDefaults).toEqual({ decided: { effectLow: 0.5 } });
  });
});
