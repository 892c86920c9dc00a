// Applying the merge's writes — through the change log (a Batch), or unlogged for a trial run —
// and keeping every list's order unambiguous.
import type { RowWrite } from '../../shared/merge/types';
import { rowIdOf } from '../document/changes';
import { statement, type Sqlite } from '../document/db';
import { KEYS, PLAN_TABLES, type PlanTableName, type Row } from '../document/tables';
import { ORDERED_LISTS, ORDER_COLUMN, REFERENCES, keyValues } from './schema';
import type { Focus } from './validate';

/** What writes rows: a Batch (logged, undoable) or a RawWriter (a trial run that is rolled back). */
export interface RowWriter {
  get(table: PlanTableName, rowId: string): Record<string, unknown> | undefined;
  insert<T extends PlanTableName>(table: T, row: Row<T>): void;
  update<T extends PlanTableName>(table: T, rowId: string, patch: Partial<Row<T>>): boolean;
  delete(table: PlanTableName, rowId: string): void;
}

const where = (table: PlanTableName) => (KEYS[table] as readonly string[]).map((c) => `"${c}" = ?`).join(' AND ');

export class RawWriter implements RowWriter {
  constructor(private readonly db: Sqlite) {}

  get(table: PlanTableName, rowId: string): Record<string, unknown> | undefined {
    return statement(this.db, `SELECT * FROM "${table}" WHERE ${where(table)}`).get(...(keyValues(table, rowId) ?? [])) as Record<string, unknown> | undefined;
  }

  insert<T extends PlanTableName>(table: T, row: Row<T>): void {
    const cols = Object.keys(row);
    statement(this.db, `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
      ...cols.map((c) => (row as Record<string, unknown>)[c]),
    );
  }

  update<T extends PlanTableName>(table: T, rowId: string, patch: Partial<Row<T>>): boolean {
    const cols = Object.keys(patch).filter((c) => (patch as Record<string, unknown>)[c] !== undefined);
    if (!cols.length) return false;
    return (
      statement(this.db, `UPDATE "${table}" SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where(table)}`).run(
        ...cols.map((c) => (patch as Record<string, unknown>)[c]),
        ...(keyValues(table, rowId) ?? []),
      ).changes > 0
    );
  }

  delete(table: PlanTableName, rowId: string): void {
    statement(this.db, `DELETE FROM "${table}" WHERE ${where(table)}`).run(...(keyValues(table, rowId) ?? []));
  }
}

/** The actions and financing entries the writes touch (an action's list rows count for the action). */
export function focusOf(writes: readonly RowWrite[]): Focus {
  const actions = new Set<string>();
  const financing = new Set<string>();
  for (const w of writes) {
    if (w.tbl === 'actions') actions.add(w.rowId);
    else if (w.tbl === 'financing_entries') financing.add(w.rowId);
    else if (['cost_overrides', 'co_benefit_scores', 'action_commitments', 'action_tags'].includes(w.tbl)) {
      const [actionId] = keyValues(w.tbl as PlanTableName, w.rowId) ?? [];
      if (typeof actionId === 'string') actions.add(actionId);
    }
  }
  return { actions, financing };
}

/**
 * Writes in an order that keeps every reference whole at each step, forwards and backwards — undo
 * replays the inverse newest first without deferring the foreign keys: references let go of rows
 * that go, rows go children first, rows come parents first, references take hold of new rows last.
 */
export function orderWrites(writes: readonly RowWrite[]): RowWrite[] {
  const rank = new Map<string, number>(PLAN_TABLES.map((t, i) => [t, i]));
  const inserted = new Set(writes.filter((w) => w.op === 'insert').map((w) => `${w.tbl} ${w.rowId}`));
  const pointsAtNew = (w: RowWrite) =>
    w.op === 'update' &&
    REFERENCES.some((r) => r.table === w.tbl && typeof w.set[r.column] === 'string' && inserted.has(`${r.parent} ${String(w.set[r.column])}`));
  const byTable = (dir: 1 | -1) => (a: RowWrite, b: RowWrite) => dir * (rank.get(a.tbl)! - rank.get(b.tbl)!);
  return [
    ...writes.filter((w) => w.op === 'update' && !pointsAtNew(w)),
    ...writes.filter((w) => w.op === 'delete').sort(byTable(-1)),
    ...writes.filter((w) => w.op === 'insert').sort(byTable(1)),
    ...writes.filter(pointsAtNew),
  ];
}

export function applyWrites(batch: RowWriter, writes: readonly RowWrite[]): void {
  for (const w of orderWrites(writes)) {
    const tbl = w.tbl as PlanTableName;
    if (w.op === 'insert') batch.insert(tbl, w.row as Row<PlanTableName>);
    else if (w.op === 'delete') batch.delete(tbl, w.rowId);
    else batch.update(tbl, w.rowId, w.set as Partial<Row<PlanTableName>>);
  }
}

/**
 * Rows both copies added to the end of a list get the same position. Within each list that has
 * such a tie, rows are put in order by position, then key, and moved down just enough to make
 * every position unique: the outcome depends only on the merged rows, not on which copy is open.
 */
export function separateTies(db: Sqlite, batch: RowWriter): void {
  for (const [table, groupCols] of Object.entries(ORDERED_LISTS) as [PlanTableName, readonly string[]][]) {
    const keyCols = KEYS[table] as readonly string[];
    const group = groupCols.map((c) => `"${c}"`);
    const ties = db
      .prepare(`SELECT ${[...group, 'count(*) AS n'].join(', ')} FROM "${table}" GROUP BY ${[...group, `"${ORDER_COLUMN}"`].join(', ')} HAVING n > 1`)
      .all() as Record<string, unknown>[];
    const seen = new Set<string>();
    for (const tie of ties) {
      const values = groupCols.map((c) => tie[c]);
      const id = JSON.stringify(values);
      if (seen.has(id)) continue;
      seen.add(id);
      const where = groupCols.length ? `WHERE ${group.map((g) => `${g} = ?`).join(' AND ')}` : '';
      const rows = db
        .prepare(`SELECT * FROM "${table}" ${where} ORDER BY "${ORDER_COLUMN}", ${keyCols.map((c) => `"${c}"`).join(', ')}`)
        .all(...values) as Record<string, unknown>[];
      let last = -Infinity;
      for (const r of rows) {
        const pos = Math.max(Number(r[ORDER_COLUMN]), last + 1);
        if (pos !== r[ORDER_COLUMN]) batch.update(table, rowIdOf(table, r), { [ORDER_COLUMN]: pos } as Partial<Row<PlanTableName>>);
        last = pos;
      }
    }
  }
}
