// Brings a set of rows in a plan table to a desired state through the change log: deletes
// rows no longer wanted, inserts new ones, updates the changed columns of the rest.
import type { Batch } from '../document/changes';
import { rowIdOf } from '../document/changes';
import type { PlanTableName, Row } from '../document/tables';

export function syncRows<T extends PlanTableName>(batch: Batch, table: T, existing: readonly Row<T>[], desired: readonly Row<T>[]): void {
  const want = new Map(desired.map((r) => [rowIdOf(table, r as Record<string, unknown>), r]));
  for (const r of existing) {
    const id = rowIdOf(table, r as Record<string, unknown>);
    if (!want.has(id)) batch.delete(table, id);
  }
  const have = new Set(existing.map((r) => rowIdOf(table, r as Record<string, unknown>)));
  for (const [id, r] of want) {
    if (have.has(id)) batch.update(table, id, r);
    else batch.insert(table, r);
  }
}
