// Properties of the merge on real copies, over randomly generated edit sequences (issue 8):
// - symmetry: A merged into B and B into A give the same conflicts and, for the same choices,
//   the same plan (or are refused alike);
// - one undo step takes a merge back, redo brings it again;
// - idempotence: merging the same file again finds nothing new and changes nothing;
// - convergence: the two results merged into each other change nothing and raise no conflict;
// - no false conflicts afterwards: further edits in one merged copy come into the other whole.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import type { Conflict, Side } from '../../shared/merge/types';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { samplePlan, writeDocument } from '../support/documents';
import { Copy, mergeFile } from './merge-copies';

const plan0 = samplePlan();
const ACTIONS = plan0.actions.slice(0, 4).map((a) => a.id);
const SOURCE = plan0.financingSources[0].id;

type Edit =
  | { kind: 'field'; action: number; field: 'capexSek' | 'name' | 'status' | 'effectTonsPerYear'; value: number }
  | { kind: 'years'; action: number; start: boolean; year: number }
  | { kind: 'delete'; action: number }
  | { kind: 'create'; sector: number; n: number }
  | { kind: 'tag'; action: number; tag: number }
  | { kind: 'untag'; action: number }
  | { kind: 'override'; action: number; value: number }
  | { kind: 'title'; value: number }
  | { kind: 'commitment'; level: number }
  | { kind: 'financing'; action: number; value: number }
  | { kind: 'include'; action: number }
  | { kind: 'deleteSector' }
  | { kind: 'undo' };

const idx = fc.integer({ min: 0, max: ACTIONS.length - 1 });
const small = fc.integer({ min: 0, max: 2 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      action: idx,
      field: fc.constantFrom('capexSek' as const, 'name' as const, 'status' as const, 'effectTonsPerYear' as const),
      value: small,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('years' as const), action: idx, start: fc.boolean(), year: small }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), action: idx }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), sector: fc.integer({ min: 0, max: 1 }), n: small }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tag' as const), action: idx, tag: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('untag' as const), action: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('override' as const), action: idx, value: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('title' as const), value: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('commitment' as const), level: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('financing' as const), action: idx, value: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('include' as const), action: idx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteSector' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
);

const FIELD_VALUES = {
  capexSek: [10_000_000, 20_000_000, 30_000_000],
  name: ['Ett', 'Två', 'Tre'],
  status: ['idea', 'decided', 'cancelled'],
  effectTonsPerYear: [100, 200, 300],
};
const SECTORS = ['transport', 'internationalTransport'];

/** Applies an edit through the services; a refused edit (a deleted action…) is simply not made. */
async function apply(copy: Copy, who: string, e: Edit): Promise<void> {
  const a = 'action' in e ? ACTIONS[e.action] : '';
  const current = async () => {
    const r = await copy.call('actions.get', { id: a });
    return r.ok ? (r.value as Plan['actions'][number]) : null;
  };
  switch (e.kind) {
    case 'field': {
      const value = FIELD_VALUES[e.field][e.value];
      // effectTonsPerYear only applies to actions with absolute effects.
      await copy.call('actions.update', {
        id: a,
        changes: e.field === 'effectTonsPerYear' ? { effectKind: 'absolute', [e.field]: value } : { [e.field]: value },
      });
      return;
    }
    case 'years':
      await copy.call('actions.update', {
        id: a,
        changes: e.start ? { effectStartYear: [2026, 2035, 2040][e.year] } : { effectEndYear: [2030, 2038, 2045][e.year] },
      });
      return;
    case 'delete':
      await copy.call('actions.delete', { id: a });
      return;
    case 'create':
      await copy.call('actions.create', { id: `${who}-${e.n}`, values: { name: `Ny ${who}${e.n}`, sectorId: SECTORS[e.sector] } });
      return;
    case 'tag': {
      const act = await current();
      if (act) await copy.call('actions.update', { id: a, changes: { tags: [...act.tags.filter((t) => t !== `t${e.tag}`), `t${e.tag}`] } });
      return;
    }
    case 'untag':
      await copy.call('actions.update', { id: a, changes: { tags: [] } });
      return;
    case 'override':
      await copy.call('actions.update', { id: a, changes: { costOverrides: [{ year: 2030, capexSek: (e.value + 1) * 1_000_000 }] } });
      return;
    case 'title':
      await copy.call('plan.update', { changes: { title: `Titel ${e.value}` } });
      return;
    case 'commitment':
      await copy.call('commitments.set', { id: 'finance', level: (['initiate', 'establish', 'transform'] as const)[e.level] });
      return;
    case 'financing':
      await copy.call('financing.create', {
        id: `${who}-f${e.value}`,
        values: { actionId: a, sourceId: SOURCE, year: 2030, amountSek: 1000 * (e.value + 1), status: 'applied' },
      });
      return;
    case 'include':
      await copy.call('scenarios.update', { id: 'all', changes: { include: [a] } });
      return;
    case 'deleteSector':
      await copy.call('sectors.delete', { id: 'internationalTransport' });
      return;
    case 'undo':
      await copy.call('history.undo');
      return;
  }
}

/** A choice per conflict that depends only on the conflict and the run: the same in both directions. */
const chooser =
  (seed: number, mine: 'A' | 'B') =>
  (c: Conflict): Side => {
    const pickA = createHash('sha256').update(`${seed}:${c.id}`).digest()[0] % 2 === 0;
    return pickA === (mine === 'A') ? 'mine' : 'theirs';
  };

const ids = (cs: Conflict[]) => cs.map((c) => c.id).sort();

describe('merge properties on real copies', () => {
  let dir: string;
  let base: string;

  beforeAll(() => {
    useTempDataDir('merge-prop');
    dir = tempDir('merge-prop');
    base = writeDocument(dir, 'base.klimat');
  });
  afterAll(() => removeTempDirs());

  it('is symmetric, idempotent and converges (200 runs)', async () => {
    let run = 0;
    let withConflicts = 0;
    let refusedAlike = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { maxLength: 10 }),
        fc.array(editArb, { maxLength: 10 }),
        fc.array(editArb, { maxLength: 4 }),
        fc.nat(),
        async (editsA, editsB, later, seed) => {
          const k = run++;
          const copies: Copy[] = [];
          const open = (file: string) => {
            const c = new Copy(file);
            copies.push(c);
            return c;
          };
          try {
            const A = open(base);
            const B = open(base);
            for (const e of editsA) await apply(A, 'A', e);
            for (const e of editsB) await apply(B, 'B', e);
            const aPlan = A.plan();
            const aFile = A.snapshot(join(dir, `a${k}.klimat`));
            const bFile = B.snapshot(join(dir, `b${k}.klimat`));

            const X = open(aFile);
            const Y = open(bFile);
            const x = mergeFile(X, bFile, chooser(seed, 'A'));
            const y = mergeFile(Y, aFile, chooser(seed, 'B'));
            // The same conflicts whichever copy is open.
            expect(ids(y.conflicts)).toEqual(ids(x.conflicts));
            if (x.conflicts.length) withConflicts++;
            expect(y.ok).toBe(x.ok);
            if (!x.ok || !y.ok) {
              refusedAlike++;
              expect(y).toMatchObject({ ok: false });
              return;
            }
            const merged = X.plan();
            expect(Y.plan()).toEqual(merged);

            // One undo step takes the merge back, and redo brings it again.
            await X.value('history.undo');
            expect(X.plan()).toEqual(aPlan);
            await X.value('history.redo');
            expect(X.plan()).toEqual(merged);

            // The same file again: nothing new, nothing changes.
            const before = { plan: X.plan(), log: X.logSize() };
            const again = mergeFile(X, bFile, () => 'mine');
            expect(again).toMatchObject({ ok: true, incoming: 0, conflicts: [] });
            expect(X.logSize()).toBe(before.log);
            expect(X.plan()).toEqual(before.plan);

            // The two results into each other: no conflict, no change.
            const xFile = X.snapshot(join(dir, `x${k}.klimat`));
            const yPlan = Y.plan();
            const converge = mergeFile(Y, xFile, () => 'mine');
            expect(converge.conflicts).toEqual([]);
            expect(Y.plan()).toEqual(yPlan);

            // More work in one of them comes into the other whole, without a conflict.
            for (const e of later) await apply(X, 'X', e);
            const x2File = X.snapshot(join(dir, `x2-${k}.klimat`));
            const next = mergeFile(Y, x2File, () => 'mine');
            expect(next.conflicts).toEqual([]);
            expect(next.ok).toBe(true);
            expect(Y.plan()).toEqual(X.plan());
          } finally {
            for (const c of copies) c.close();
          }
        },
      ),
      { numRuns: 200 },
    );
    // The generated edits must have exercised conflicts, not only clean merges.
    expect(withConflicts).toBeGreaterThan(20);
    expect(refusedAlike).toBeLessThan(200);
  }, 600_000);
});
