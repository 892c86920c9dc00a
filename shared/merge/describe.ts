// What the review screen lists: every incoming change (what taking the other copy's work changes
// in the open copy, field by field) and, for each conflict, what each copy did since the common point.
import { groupByRow } from './entries';
import { newest, same, sameRow } from './rows';
import type { Conflict, LogEntry, MergeInput, MergeSchema, Op, Outline, RowPlan, RowValue, Side } from './types';

export interface FieldChange {
  tbl: string;
  rowId: string;
  /** '' for a whole row. */
  col: string;
  op: Op;
  before: unknown;
  after: unknown;
  /** The newest entry behind the change (who and when). */
  by: LogEntry | undefined;
}

export interface IncomingChange extends FieldChange {
  /** The conflict that decides it, or null: it is taken. */
  conflict: string | null;
}

export interface ConflictSides {
  conflict: Conflict;
  mine: FieldChange[];
  theirs: FieldChange[];
}

const conflictOf = (p: RowPlan, col: string): string | null => {
  if (typeof p.from === 'object') return p.from.conflict;
  const src = p.cols[col];
  return typeof src === 'object' ? src.conflict : null;
};

/** The changes between two versions of a row (before → after), without the list order. */
function rowChanges(
  p: RowPlan,
  before: RowValue | null,
  after: RowValue | null,
  entries: readonly LogEntry[],
  order: string,
  only?: Set<string>,
): FieldChange[] {
  const { tbl, rowId } = p;
  if (sameRow(before, after, order)) return [];
  if (!before) return [{ tbl, rowId, col: '', op: 'insert', before: null, after, by: newest(entries, '') }];
  if (!after) return [{ tbl, rowId, col: '', op: 'delete', before, after: null, by: newest(entries, '') }];
  const out: FieldChange[] = [];
  for (const col of Object.keys(after)) {
    if (col === order || (only && !only.has(col)) || same(before[col], after[col])) continue;
    out.push({ tbl, rowId, col, op: 'update', before: before[col], after: after[col], by: newest(entries, col) });
  }
  return out;
}

/**
 * Without what went or came with a row: a deleted action's tags and co-benefits, the financing
 * entries that let go of it, a new action's lists. People read "Tog bort åtgärden T-03", not
 * every row it took along.
 */
export function withoutCascades<C extends FieldChange>(changes: C[], schema: MergeSchema): C[] {
  const whole = (op: Op) => new Set(changes.filter((c) => c.col === '' && c.op === op).map((c) => `${c.tbl} ${c.rowId}`));
  const deleted = whole('delete');
  const inserted = whole('insert');
  const rowOf = (c: C) => (c.op === 'delete' ? c.before : c.after) as RowValue | null;
  return changes.filter((c) => {
    if (c.col === '' && c.op !== 'update') {
      const within = c.op === 'delete' ? deleted : inserted;
      const row = rowOf(c);
      return !schema.references.some((r) => r.kind === 'owned' && r.table === c.tbl && row && within.has(`${r.parent} ${String(row[r.column])}`));
    }
    // A reference cleared because what it pointed at was deleted.
    return !schema.references.some(
      (r) => r.kind === 'nullable' && r.table === c.tbl && r.column === c.col && c.after === null && deleted.has(`${r.parent} ${String(c.before)}`),
    );
  });
}

export function incomingChanges(outline: Outline, input: MergeInput): IncomingChange[] {
  const groups = groupByRow(input);
  const order = input.schema.orderColumn;
  const out: IncomingChange[] = [];
  for (const p of sortedRows(outline, input)) {
    if (!p.touched.theirs) continue;
    const theirsEntries = groups.get(p.key)?.theirs ?? [];
    // Only what the other copy changed since the common point, as it would change the open copy.
    const changed = new Set(rowChanges(p, p.base, p.theirs, theirsEntries, order).map((c) => c.col));
    if (!changed.size) continue;
    // A row this copy deleted and the other changed: what the other copy did to it.
    const start = p.mine ?? p.base;
    const only = changed.has('') || !start ? undefined : changed;
    for (const c of rowChanges(p, start, p.theirs, theirsEntries, order, only)) {
      // A whole-row change by the other copy is named by its own entries, not the open copy's.
      out.push({ ...c, by: c.by ?? newest(theirsEntries, c.col), conflict: conflictOf(p, c.col) });
    }
  }
  return withoutCascades(out, input.schema);
}

export function conflictSides(outline: Outline, input: MergeInput): ConflictSides[] {
  const groups = groupByRow(input);
  const order = input.schema.orderColumn;
  const side = (c: Conflict, s: Side): FieldChange[] =>
    c.rows.flatMap((key) => {
      const p = outline.rows.get(key)!;
      const entries = groups.get(key)?.[s] ?? [];
      const v = s === 'mine' ? p.mine : p.theirs;
      // A field conflict, or a reference column that follows a deleted row: that column only.
      const wholeRow = typeof p.from === 'object' && p.from.conflict === c.id;
      const cols = wholeRow
        ? undefined
        : new Set(
            Object.entries(p.cols)
              .filter(([, src]) => typeof src === 'object' && src.conflict === c.id)
              .map(([col]) => col),
          );
      if (cols && p.base && v) return rowChanges(p, p.base, v, entries, order, cols);
      return rowChanges(p, p.base, v, entries, order);
    });
  return [...outline.conflicts.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({ conflict: c, mine: withoutCascades(side(c, 'mine'), input.schema), theirs: withoutCascades(side(c, 'theirs'), input.schema) }));
}

function sortedRows(outline: Outline, input: MergeInput): RowPlan[] {
  const rank = new Map(input.schema.tables.map((t, i) => [t, i]));
  return [...outline.rows.values()].sort((a, b) => rank.get(a.tbl)! - rank.get(b.tbl)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
