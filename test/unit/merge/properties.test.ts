// Properties of the pure merge over random edits of two in-memory copies (fast, no SQLite):
// the same conflicts and the same rows whichever copy is open; the log keeps giving each row as
// it is; merging again finds nothing; the two results merged into each other change nothing;
// later edits in one come into the other without a conflict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRow } from '../../../shared/merge/resolve';
import type { Choices, Conflict, Outline, Side } from '../../../shared/merge/types';
import { MemoryCopy, mergeOf, rowsOf } from './memory-copy';

const PARENTS = ['p1', 'p2', 'p3'];

type Edit =
  | { kind: 'set'; p: number; col: 'a' | 'b'; v: number }
  | { kind: 'delete'; p: number }
  | { kind: 'add'; same: boolean; v: number }
  | { kind: 'child'; p: number; k: number; v: number }
  | { kind: 'unchild'; p: number; k: number }
  | { kind: 'link'; p: number }
  | { kind: 'move'; p: number; pos: number };

const p = fc.integer({ min: 0, max: PARENTS.length - 1 });
const v = fc.integer({ min: 0, max: 2 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), p, col: fc.constantFrom('a' as const, 'b' as const), v }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), p }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), same: fc.boolean(), v }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('child' as const), p, k: fc.integer({ min: 0, max: 1 }), v }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unchild' as const), p, k: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), p }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), p, pos: v }) },
);

function apply(c: MemoryCopy, e: Edit, n: number): void {
  const id = PARENTS['p' in e ? e.p : 0];
  switch (e.kind) {
    case 'set':
      return c.update('parent', id, { [e.col]: e.v });
    case 'delete':
      return c.deleteParent(id);
    case 'add':
      return c.insert('parent', e.same ? 'p-new' : `${c.name}-${n}`, { id: e.same ? 'p-new' : `${c.name}-${n}`, position: 10, a: e.v, b: 0 });
    case 'child':
      if (!c.get('parent', id)) return;
      if (c.get('child', JSON.stringify([id, `k${e.k}`]))) return c.update('child', JSON.stringify([id, `k${e.k}`]), { v: e.v });
      return c.insert('child', JSON.stringify([id, `k${e.k}`]), { parent_id: id, k: `k${e.k}`, v: e.v });
    case 'unchild':
      return c.delete('child', JSON.stringify([id, `k${e.k}`]));
    case 'link':
      if (c.get('parent', id)) c.update('link', 'l1', { parent_id: id });
      return;
    case 'move':
      return c.update('parent', id, { position: e.pos });
  }
}

function base(): MemoryCopy {
  const c = new MemoryCopy('base');
  for (const [i, id] of PARENTS.entries()) c.insert('parent', id, { id, position: i, a: 0, b: 0 });
  c.insert('child', JSON.stringify(['p1', 'k0']), { parent_id: 'p1', k: 'k0', v: 0 });
  c.insert('link', 'l1', { id: 'l1', parent_id: 'p1' });
  return c;
}

const pick =
  (seed: number, mineIsA: boolean) =>
  (c: Conflict): Side => {
    let h = seed;
    for (const ch of c.id) h = (h * 31 + ch.charCodeAt(0)) | 0;
    return ((h & 1) === 0) === mineIsA ? 'mine' : 'theirs';
  };
const choicesFor = (o: Outline, choose: (c: Conflict) => Side): Choices => Object.fromEntries([...o.conflicts.values()].map((c) => [c.id, choose(c)]));

describe('the pure merge', () => {
  it('is symmetric, keeps the log true, converges and raises no false conflicts later', () => {
    let conflicted = 0;
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 12 }),
        fc.array(editArb, { maxLength: 12 }),
        fc.array(editArb, { maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        (ea, eb, later, seed, skew) => {
          const b0 = base();
          const A = b0.clone('A');
          const B = b0.clone('B');
          B.skew(skew);
          ea.forEach((e, i) => apply(A, e, i));
          eb.forEach((e, i) => apply(B, e, i));

          const ab = mergeOf(A, B);
          const ba = mergeOf(B, A);
          expect([...ba.outline.conflicts.keys()].sort()).toEqual([...ab.outline.conflicts.keys()].sort());
          if (ab.outline.conflicts.size) conflicted++;
          const chA = choicesFor(ab.outline, pick(seed, true));
          const chB = choicesFor(ba.outline, pick(seed, false));
          for (const [key, row] of ab.outline.rows) expect(resolveRow(ba.outline.rows.get(key)!, chB)).toEqual(resolveRow(row, chA));

          const X = A.clone('X');
          const Y = B.clone('Y');
          X.merge(B, ab.outline, ab.input, chA);
          Y.merge(A, ba.outline, ba.input, chB);
          expect(rowsOf(Y)).toEqual(rowsOf(X));
          expect(X.logAgreesWithRows()).toBe(true);
          expect(Y.logAgreesWithRows()).toBe(true);

          // The same copy again: nothing comes in.
          expect(mergeOf(X, B).input.theirs.changes).toEqual([]);
          // The two results into each other: nothing to write, nothing to choose.
          const xy = mergeOf(Y, X);
          expect(xy.outline.conflicts.size).toBe(0);
          Y.merge(X, xy.outline, xy.input, {});
          expect(rowsOf(Y)).toEqual(rowsOf(X));

          // Later edits in one come into the other whole.
          later.forEach((e, i) => apply(X, e, 100 + i));
          const next = mergeOf(Y, X);
          expect([...next.outline.conflicts.keys()]).toEqual([]);
          Y.merge(X, next.outline, next.input, {});
          expect(rowsOf(Y)).toEqual(rowsOf(X));
          expect(Y.logAgreesWithRows()).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(conflicted).toBeGreaterThan(50);
  });
});
