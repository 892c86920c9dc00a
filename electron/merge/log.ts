// Reading what a merge needs from a document: its log (whole ids, entries by id or by row) and
// the current rows of the rows either copy changed.
import type { LogEntry, RowValue } from '../../shared/merge/types';
import { rowKey } from '../../shared/merge/rows';
import { all, qb, statement, type Sqlite } from '../document/db';
import { KEYS, type ChangeLogTable, type PlanTableName } from '../document/tables';
import { isPlanTable, keyValues } from './schema';

export type RawEntry = ChangeLogTable;

export function logIds(db: Sqlite): Set<string> {
  return new Set(db.prepare('SELECT id FROM change_log').pluck().all() as string[]);
}

/** The raw entries with these ids, oldest first. */
export function entriesWithIds(db: Sqlite, ids: readonly string[]): RawEntry[] {
  const out: RawEntry[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...all(
        db,
        qb
          .selectFrom('change_log')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 500)),
      ),
    );
  }
  return out.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
}

/** Every raw entry on one row. */
export function entriesOnRow(db: Sqlite, tbl: string, rowId: string): RawEntry[] {
  return all(db, qb.selectFrom('change_log').selectAll().where('tbl', '=', tbl).where('row_id', '=', rowId));
}

export class BrokenLog extends Error {}

const parseValue = (v: string | null, what: string): unknown => {
  if (v === null) return null;
  try {
    return JSON.parse(v);
  } catch {
    throw new BrokenLog(`ett värde i ändringen ${what} är inte läsbart`);
  }
};

/**
 * A raw entry as the merge reads it. An entry of another copy is checked first: it names a
 * plan table's row by a key that fits, and a column the table has (or '' for a whole row).
 */
export function toLogEntry(r: RawEntry, columns?: (tbl: PlanTableName) => ReadonlySet<string>): LogEntry {
  if (columns && isPlanTable(r.tbl)) {
    if (!keyValues(r.tbl, r.row_id)) throw new BrokenLog(`ändringen ${r.id} pekar ut en rad som inte finns i formatet`);
    if (r.col !== '' && !columns(r.tbl).has(r.col)) throw new BrokenLog(`ändringen ${r.id} gäller ett fält som inte finns`);
    if (r.col === '' && r.op === 'update') throw new BrokenLog(`ändringen ${r.id} saknar fält`);
  }
  return {
    id: r.id,
    hlc: r.hlc,
    replica: r.replica,
    user: r.user,
    tbl: r.tbl,
    rowId: r.row_id,
    col: r.col,
    op: r.op,
    oldValue: parseValue(r.old_value, r.id),
    newValue: parseValue(r.new_value, r.id),
    batchId: r.batch_id,
  };
}

/** The columns of each plan table, as the schema of this version has them. */
export function tableColumns(db: Sqlite): (tbl: PlanTableName) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>();
  return (tbl) => {
    let cols = cache.get(tbl);
    if (!cols) cache.set(tbl, (cols = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(tbl) as string[])));
    return cols;
  };
}

/** The current row of each key (null where the copy has no such row). */
export function currentRows(db: Sqlite, keys: Iterable<{ tbl: string; rowId: string }>): Map<string, RowValue | null> {
  const out = new Map<string, RowValue | null>();
  for (const { tbl, rowId } of keys) out.set(rowKey(tbl, rowId), readRow(db, tbl as PlanTableName, rowId));
  return out;
}

export function readRow(db: Sqlite, tbl: PlanTableName, rowId: string): RowValue | null {
  const cols = KEYS[tbl] as readonly string[];
  const values = keyValues(tbl, rowId);
  if (!values) return null;
  const sql = `SELECT * FROM "${tbl}" WHERE ${cols.map((c) => `"${c}" = ?`).join(' AND ')}`;
  return (statement(db, sql).get(...values) as RowValue | undefined) ?? null;
}
