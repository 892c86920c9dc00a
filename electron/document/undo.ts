// Undo and redo on the change log: a batch is undone by writing its inverse as a new batch
// (so the undo itself is in the history, and can be redone the same way). Every kind of change
// (cell edit, paste, import, merge) is undoable alike, whatever the transport.
import { all, qb, type Sqlite } from './db';
import type { Batch } from './changes';
import { PLAN_TABLES, type PlanTableName, type Row } from './tables';

const isPlanTable = (t: string): t is PlanTableName => (PLAN_TABLES as readonly string[]).includes(t);
const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** Writes the inverse of batch `batchId` into `batch`, newest change first. */
export function writeInverse(db: Sqlite, batchId: string, batch: Batch): void {
  const changes = all(db, qb.selectFrom('change_log').selectAll().where('batch_id', '=', batchId).orderBy('hlc', 'desc'));
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!isPlanTable(c.tbl)) continue;
    if (c.op === 'insert') batch.delete(c.tbl, c.row_id);
    else if (c.op === 'delete') batch.insert(c.tbl, parse(c.old_value) as Row<PlanTableName>);
    else {
      // The columns one write changed go back together: a row's CHECK (an effect that ends
      // after it starts) holds before and after that write, not between its columns.
      const patch: Record<string, unknown> = { [c.col]: parse(c.old_value) };
      while (changes[i + 1]?.op === 'update' && changes[i + 1].tbl === c.tbl && changes[i + 1].row_id === c.row_id) {
        i += 1;
        patch[changes[i].col] = parse(changes[i].old_value);
      }
      batch.update(c.tbl, c.row_id, patch as Partial<Row<PlanTableName>>);
    }
  }
}
