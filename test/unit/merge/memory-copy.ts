// A copy of a small plan held in memory, with a change log written the way the store writes it
// (a field per update entry, whole rows for inserts and deletes), and the merge applied to it the
// way electron/merge does: the writes as new entries, the other copy's entries adopted, records.
// Lets the pure merge be property-tested fast, without SQLite.
import { affirmations } from '../../../shared/merge/affirm';
import { outlineMerge } from '../../../shared/merge/outline';
import { replay, originalRow } from '../../../shared/merge/replay';
import { mergeWrites } from '../../../shared/merge/resolve';
import { byTime, rowKey, splitKey } from '../../../shared/merge/rows';
import type { Choices, LogEntry, MergeInput, MergeSchema, Outline, RowValue } from '../../../shared/merge/types';

export const SCHEMA: MergeSchema = {
  tables: ['parent', 'child', 'link'],
  references: [
    { table: 'child', column: 'parent_id', parent: 'parent', kind: 'owned' },
    { table: 'link', column: 'parent_id', parent: 'parent', kind: 'nullable' },
  ],
  orderColumn: 'position',
};

let serial = 0;
const pad = (n: number) => String(n).padStart(15, '0');

export class MemoryCopy {
  rows = new Map<string, RowValue>();
  log: LogEntry[] = [];
  private wall = 0;
  private counter = 0;

  constructor(readonly name: string) {}

  clone(name: string): MemoryCopy {
    const c = new MemoryCopy(name);
    c.rows = new Map(this.rows);
    c.log = [...this.log];
    c.wall = this.wall;
    c.counter = this.counter;
    return c;
  }

  /** Clocks of copies run apart; `skew` puts this one ahead. */
  skew(ms: number): void {
    this.wall += ms;
  }

  observe(hlc: string): void {
    const [w, c] = hlc.split('-').map(Number);
    if (w > this.wall || (w === this.wall && c > this.counter)) [this.wall, this.counter] = [w, c];
  }

  private tick(): string {
    this.counter += 1;
    return `${pad(this.wall)}-${String(this.counter).padStart(6, '0')}`;
  }

  private entry(tbl: string, rowId: string, col: string, op: LogEntry['op'], oldValue: unknown, newValue: unknown, batchId: string): void {
    this.log.push({ id: `${this.name}-${++serial}`, hlc: this.tick(), replica: this.name, user: this.name, tbl, rowId, col, op, oldValue, newValue, batchId });
  }

  get(tbl: string, rowId: string): RowValue | undefined {
    return this.rows.get(rowKey(tbl, rowId));
  }

  insert(tbl: string, rowId: string, row: RowValue, batch = `${this.name}-b${++serial}`): void {
    if (this.get(tbl, rowId)) return;
    this.rows.set(rowKey(tbl, rowId), row);
    this.entry(tbl, rowId, '', 'insert', null, row, batch);
  }

  update(tbl: string, rowId: string, set: Record<string, unknown>, batch = `${this.name}-b${++serial}`): void {
    const row = this.get(tbl, rowId);
    if (!row) return;
    const next = { ...row };
    for (const [col, v] of Object.entries(set)) {
      if (row[col] === v) continue;
      next[col] = v;
      this.entry(tbl, rowId, col, 'update', row[col], v, batch);
    }
    this.rows.set(rowKey(tbl, rowId), next);
  }

  delete(tbl: string, rowId: string, batch = `${this.name}-b${++serial}`): void {
    const row = this.get(tbl, rowId);
    if (!row) return;
    this.rows.delete(rowKey(tbl, rowId));
    this.entry(tbl, rowId, '', 'delete', row, null, batch);
  }

  /** Deletes a parent as the app deletes an action: its children go, links let go. */
  deleteParent(id: string): void {
    const batch = `${this.name}-b${++serial}`;
    for (const [key, row] of [...this.rows]) {
      const { tbl, rowId } = splitKey(key);
      if (tbl === 'child' && row.parent_id === id) this.delete(tbl, rowId, batch);
      if (tbl === 'link' && row.parent_id === id) this.update(tbl, rowId, { parent_id: null }, batch);
    }
    this.delete('parent', id, batch);
  }

  /** What a merge reads of two copies (electron/merge/input.ts does the same from SQLite). */
  static input(mine: MemoryCopy, theirs: MemoryCopy): MergeInput {
    const mineIds = new Set(mine.log.map((e) => e.id));
    const theirsIds = new Set(theirs.log.map((e) => e.id));
    const mineChanges = mine.log.filter((e) => !theirsIds.has(e.id)).sort(byTime);
    const theirsChanges = theirs.log.filter((e) => !mineIds.has(e.id)).sort(byTime);
    const keys = new Set([...mineChanges, ...theirsChanges].map((e) => rowKey(e.tbl, e.rowId)));
    const rows = (c: MemoryCopy) => new Map([...keys].map((k) => [k, c.rows.get(k) ?? null]));
    const common = mine.log.filter((e) => theirsIds.has(e.id) && keys.has(rowKey(e.tbl, e.rowId)));
    return { schema: SCHEMA, mine: { changes: mineChanges, rows: rows(mine) }, theirs: { changes: theirsChanges, rows: rows(theirs) }, common };
  }

  /** Applies a merge of `theirs` with `choices`, as commitMerge does. */
  merge(theirs: MemoryCopy, outline: Outline, input: MergeInput, choices: Choices): void {
    const incoming = theirs.log.filter((e) => !this.log.some((x) => x.id === e.id));
    if (!incoming.length) return;
    const records = affirmations(outline, input, choices);
    for (const e of incoming) this.observe(e.hlc);
    const batch = `${this.name}-merge${++serial}`;
    for (const w of mergeWrites(outline, choices)) {
      if (w.op === 'insert') this.insert(w.tbl, w.rowId, w.row, batch);
      else if (w.op === 'delete') this.delete(w.tbl, w.rowId, batch);
      else this.update(w.tbl, w.rowId, w.set, batch);
    }
    this.log.push(...incoming);
    for (const r of records) {
      const [w, c] = r.after.split('-').map(Number);
      const hlc = `${pad(w)}-${String(c + 1).padStart(6, '0')}`;
      this.observe(hlc);
      if (this.log.some((e) => e.id === r.key)) continue;
      const value = r.op === 'update' ? r.value : r.row;
      this.log.push({
        id: r.key,
        hlc,
        replica: this.name,
        user: this.name,
        tbl: r.tbl,
        rowId: r.rowId,
        col: r.op === 'update' ? r.col : '',
        op: r.op,
        oldValue: value,
        newValue: value,
        batchId: 'records',
      });
    }
  }

  /** The rule the merge relies on: for every row, the log's newest entries give the row as it is. */
  logAgreesWithRows(): boolean {
    const byRow = new Map<string, LogEntry[]>();
    for (const e of this.log) byRow.set(rowKey(e.tbl, e.rowId), [...(byRow.get(rowKey(e.tbl, e.rowId)) ?? []), e]);
    for (const [key, entries] of byRow) {
      const now = this.rows.get(key) ?? null;
      const said = replay(originalRow(entries, now), entries);
      if (JSON.stringify(normal(said)) !== JSON.stringify(normal(now))) return false;
    }
    return true;
  }
}

const normal = (r: RowValue | null) => (r ? Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1))) : null);

export function mergeOf(mine: MemoryCopy, theirs: MemoryCopy): { input: MergeInput; outline: Outline } {
  const input = MemoryCopy.input(mine, theirs);
  return { input, outline: outlineMerge(input) };
}

export function rowsOf(c: MemoryCopy): Record<string, RowValue> {
  return Object.fromEntries([...c.rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normal(v)!]));
}
