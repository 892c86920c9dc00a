// After a merge the open copy's log also holds the other copy's entries, so that merging the same
// file again finds nothing new and the next merge starts from this common point. The log keeps one
// rule: the newest entry that concerns a field gives its value. Where the two logs together do not
// already say the merged value (a conflict was settled, a change was undone in one copy), the
// merge records the value in an entry of its own — a record, which changes nothing in the plan
// and is never undone.
//
// A record is the same in both copies when they settle the same conflict the same way: its id
// comes from the field, the entries it settles and the value; its clock value from the newest of
// those entries. So when A is merged into B and B into A, both logs hold it, and the next merge
// between the two finds the field unchanged since the common point rather than in conflict.
import { groupByRow } from './entries';
import { originalRow, replay } from './replay';
import { byTime, same, sameRow } from './rows';
import { resolveRow } from './resolve';
import type { Affirm, Choices, LogEntry, MergeInput, Outline } from './types';

export function affirmations(outline: Outline, input: MergeInput, choices: Choices): Affirm[] {
  const groups = groupByRow(input);
  const out: Affirm[] = [];
  for (const p of outline.rows.values()) {
    const next = resolveRow(p, choices);
    const g = groups.get(p.key)!;
    // What the log says once the other copy's entries are in it. A row one copy alone changed:
    // that copy's row (its log already says so).
    const all = [...g.common, ...g.mine, ...g.theirs];
    const logSays = p.touched.mine && p.touched.theirs ? replay(originalRow(all, p.mine ?? p.theirs), all) : p.touched.mine ? p.mine : p.theirs;
    if (sameRow(next, logSays)) continue;
    const settled = [...g.mine, ...g.theirs];
    const after = [...all].sort(byTime).at(-1)!.hlc;
    const { tbl, rowId } = p;
    const key = (col: string, value: unknown) => JSON.stringify([tbl, rowId, col, ids(settled, col), value ?? null]);
    if (next === null) out.push({ op: 'delete', tbl, rowId, row: logSays!, key: key('', null), after });
    else if (logSays === null) out.push({ op: 'insert', tbl, rowId, row: next, key: key('', next), after });
    else {
      for (const col of Object.keys(next)) {
        if (!same(next[col], logSays[col])) out.push({ op: 'update', tbl, rowId, col, value: next[col], key: key(col, next[col]), after });
      }
    }
  }
  return out;
}

/** The ids of the entries that concern `col` ('' = all of the row's), sorted. */
function ids(entries: readonly LogEntry[], col: string): string[] {
  return entries
    .filter((e) => col === '' || e.col === '' || e.col === col)
    .map((e) => e.id)
    .sort();
}
