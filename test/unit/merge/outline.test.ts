// The three-way merge rules, case by case, on in-memory copies (issue 8): what is taken, what is
// a conflict, and what a conflict's choice decides.
import { describe, expect, it } from 'vitest';
import { conflictSides, incomingChanges } from '../../../shared/merge/describe';
import { outlineMerge } from '../../../shared/merge/outline';
import { MissingChoice, allOf, mergeWrites, missingChoices, resolveRow } from '../../../shared/merge/resolve';
import { rowKey } from '../../../shared/merge/rows';
import { MemoryCopy, mergeOf } from './memory-copy';

function copies() {
  const base = new MemoryCopy('base');
  base.insert('parent', 'p1', { id: 'p1', position: 0, a: 0, b: 0 });
  base.insert('parent', 'p2', { id: 'p2', position: 1, a: 0, b: 0 });
  base.insert('child', '["p1","k"]', { parent_id: 'p1', k: 'k', v: 0 });
  base.insert('link', 'l1', { id: 'l1', parent_id: 'p1' });
  return { mine: base.clone('M'), theirs: base.clone('T') };
}

const P1 = rowKey('parent', 'p1');

describe('outlineMerge', () => {
  it('takes a field only the other copy changed, and keeps one only this copy changed', () => {
    const { mine, theirs } = copies();
    mine.update('parent', 'p1', { a: 1 });
    theirs.update('parent', 'p1', { b: 2 });
    const { outline, input } = mergeOf(mine, theirs);
    expect(outline.conflicts.size).toBe(0);
    expect(mergeWrites(outline, {})).toEqual([{ op: 'update', tbl: 'parent', rowId: 'p1', set: { b: 2 } }]);
    expect(incomingChanges(outline, input)).toMatchObject([
      { tbl: 'parent', rowId: 'p1', col: 'b', op: 'update', before: 0, after: 2, conflict: null, by: { user: 'T' } },
    ]);
  });

  it('makes a field both changed to different values a conflict, and the same value none', () => {
    const { mine, theirs } = copies();
    mine.update('parent', 'p1', { a: 1, b: 5 });
    theirs.update('parent', 'p1', { a: 2, b: 5 });
    const { outline, input } = mergeOf(mine, theirs);
    expect([...outline.conflicts.keys()]).toEqual([`field:${P1}:a`]);
    const [sides] = conflictSides(outline, input);
    expect(sides.mine).toMatchObject([{ col: 'a', before: 0, after: 1 }]);
    expect(sides.theirs).toMatchObject([{ col: 'a', before: 0, after: 2 }]);
    expect(resolveRow(outline.rows.get(P1)!, { [`field:${P1}:a`]: 'theirs' })).toMatchObject({ a: 2, b: 5 });
    expect(resolveRow(outline.rows.get(P1)!, { [`field:${P1}:a`]: 'mine' })).toMatchObject({ a: 1, b: 5 });
    expect(() => mergeWrites(outline, {})).toThrow(MissingChoice);
    expect(missingChoices(outline, {})).toEqual([`field:${P1}:a`]);
  });

  it('counts a field changed and changed back as unchanged', () => {
    const { mine, theirs } = copies();
    mine.update('parent', 'p1', { a: 1 });
    mine.update('parent', 'p1', { a: 0 });
    theirs.update('parent', 'p1', { a: 2 });
    const { outline } = mergeOf(mine, theirs);
    expect(outline.conflicts.size).toBe(0);
    expect(mergeWrites(outline, {})).toEqual([{ op: 'update', tbl: 'parent', rowId: 'p1', set: { a: 2 } }]);
  });

  it('makes a row deleted in one copy and changed in the other one conflict with what hangs on it', () => {
    const { mine, theirs } = copies();
    mine.deleteParent('p1');
    theirs.update('parent', 'p1', { a: 3 });
    const { outline } = mergeOf(mine, theirs);
    const id = `deleted:${P1}`;
    expect([...outline.conflicts.keys()]).toEqual([id]);
    expect(outline.conflicts.get(id)).toMatchObject({ kind: 'deleted', deletedIn: 'mine' });
    expect(outline.conflicts.get(id)!.rows.sort()).toEqual([rowKey('child', '["p1","k"]'), rowKey('link', 'l1'), P1].sort());
    // Theirs: the row, its child and the link come back.
    expect(mergeWrites(outline, { [id]: 'theirs' })).toEqual(
      expect.arrayContaining([
        { op: 'insert', tbl: 'parent', rowId: 'p1', row: { id: 'p1', position: 0, a: 3, b: 0 } },
        { op: 'insert', tbl: 'child', rowId: '["p1","k"]', row: { parent_id: 'p1', k: 'k', v: 0 } },
        { op: 'update', tbl: 'link', rowId: 'l1', set: { parent_id: 'p1' } },
      ]),
    );
    // Mine: it stays deleted.
    expect(mergeWrites(outline, { [id]: 'mine' })).toEqual([]);
    // Side by side, the deletion reads as one change, not as every row it took along.
    const [sides] = conflictSides(outline, mergeOf(mine, theirs).input);
    expect(sides.mine).toMatchObject([{ tbl: 'parent', rowId: 'p1', op: 'delete' }]);
    expect(sides.theirs).toMatchObject([{ tbl: 'parent', rowId: 'p1', col: 'a', before: 0, after: 3, by: { user: 'T' } }]);
  });

  it('counts a child added to a row the other copy deleted as a change of that row', () => {
    const { mine, theirs } = copies();
    theirs.deleteParent('p2');
    mine.insert('child', '["p2","n"]', { parent_id: 'p2', k: 'n', v: 1 });
    const { outline } = mergeOf(mine, theirs);
    const id = `deleted:${rowKey('parent', 'p2')}`;
    expect(outline.conflicts.get(id)).toMatchObject({ deletedIn: 'theirs' });
    expect(mergeWrites(outline, { [id]: 'theirs' })).toEqual(
      expect.arrayContaining([
        { op: 'delete', tbl: 'parent', rowId: 'p2' },
        { op: 'delete', tbl: 'child', rowId: '["p2","n"]' },
      ]),
    );
    expect(mergeWrites(outline, { [id]: 'mine' })).toEqual([]);
  });

  it('takes a deletion when the other copy did not touch the row or what hangs on it', () => {
    const { mine, theirs } = copies();
    theirs.deleteParent('p1');
    mine.update('parent', 'p2', { a: 9 });
    const { outline } = mergeOf(mine, theirs);
    expect(outline.conflicts.size).toBe(0);
    expect(mergeWrites(outline, {})).toEqual(
      expect.arrayContaining([
        { op: 'delete', tbl: 'parent', rowId: 'p1' },
        { op: 'delete', tbl: 'child', rowId: '["p1","k"]' },
        { op: 'update', tbl: 'link', rowId: 'l1', set: { parent_id: null } },
      ]),
    );
  });

  it('keeps rows added in both copies; the same key added twice differs field by field', () => {
    const { mine, theirs } = copies();
    mine.insert('parent', 'm1', { id: 'm1', position: 2, a: 1, b: 0 });
    theirs.insert('parent', 't1', { id: 't1', position: 2, a: 1, b: 0 });
    mine.insert('parent', 'same', { id: 'same', position: 3, a: 1, b: 0 });
    theirs.insert('parent', 'same', { id: 'same', position: 4, a: 2, b: 0 });
    const { outline } = mergeOf(mine, theirs);
    // The order is never a question: the lower position wins (ties are separated by the store).
    expect([...outline.conflicts.keys()]).toEqual([`field:${rowKey('parent', 'same')}:a`]);
    const writes = mergeWrites(outline, allOf(outline, 'theirs'));
    expect(writes).toEqual(
      expect.arrayContaining([
        { op: 'insert', tbl: 'parent', rowId: 't1', row: { id: 't1', position: 2, a: 1, b: 0 } },
        { op: 'update', tbl: 'parent', rowId: 'same', set: { a: 2 } },
      ]),
    );
    expect(writes.some((w) => w.rowId === 'm1')).toBe(false);
  });

  it('makes an entity whose changes break a rule together one conflict, on the entity and its rows', () => {
    const { mine, theirs } = copies();
    mine.update('parent', 'p1', { a: 1 });
    theirs.update('child', '["p1","k"]', { v: 7 });
    // What the store's trial run of the merged plan reports, named by the entity's row.
    const outline = outlineMerge(mergeOf(mine, theirs).input, [{ tbl: 'parent', rowId: 'p1', message: 'a och v går inte ihop', parents: [] }]);
    const id = `rule:${P1}`;
    expect(outline.conflicts.get(id)).toMatchObject({ kind: 'rule', message: 'a och v går inte ihop' });
    expect(outline.conflicts.get(id)!.rows.sort()).toEqual([rowKey('child', '["p1","k"]'), P1].sort());
    expect(mergeWrites(outline, { [id]: 'mine' })).toEqual([]);
    expect(mergeWrites(outline, { [id]: 'theirs' })).toEqual(
      expect.arrayContaining([
        { op: 'update', tbl: 'parent', rowId: 'p1', set: { a: 0 } },
        { op: 'update', tbl: 'child', rowId: '["p1","k"]', set: { v: 7 } },
      ]),
    );
  });
});
