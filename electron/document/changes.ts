// Writes to the plan tables that record themselves in the change log (DESIGN §3): every insert,
// update and delete goes through a Batch, inside one transaction with its log rows. History,
// undo and merge all read this log.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { first, qb, run, type Sqlite } from './db';
import { KEYS, type PlanTableName, type Row } from './tables';
import type { HybridClock } from './clock';
import type { Touched } from './touched';

export interface Actor {
  /** The installation that makes the change. */
  replica: string;
  user: string;
}

type AnyRow = Record<string, unknown>;

export function rowIdOf(table: PlanTableName, row: AnyRow): string {
  const cols = KEYS[table] as readonly string[];
  return cols.length === 1 ? String(row[cols[0]]) : JSON.stringify(cols.map((c) => row[c]));
}

function keyValues(table: PlanTableName, rowId: string): unknown[] {
  return (KEYS[table] as readonly string[]).length === 1 ? [rowId] : (JSON.parse(rowId) as unknown[]);
}

/** The builder without per-table types, for writes that work the same on every plan table. */
const dyn = qb as unknown as Kysely<Record<string, AnyRow>>;

function byKey<Q extends { where(col: string, op: '=', v: unknown): Q }>(q: Q, table: PlanTableName, rowId: string): Q {
  const vals = keyValues(table, rowId);
  return (KEYS[table] as readonly string[]).reduce((acc, c, i) => acc.where(c, '=', vals[i]), q);
}

export class Batch {
  readonly id = randomUUID();
  private count = 0;

  constructor(
    private readonly db: Sqlite,
    private readonly actor: Actor,
    private readonly clock: HybridClock,
    /** Told of every row written, for the answer's delta. */
    private readonly touched?: Touched,
  ) {}

  /** How many change-log rows this batch wrote. */
  get size(): number {
    return this.count;
  }

  insert<T extends PlanTableName>(table: T, row: Row<T>): void {
    const r = row as AnyRow;
    run(this.db, dyn.insertInto(table as string).values(r));
    this.log(table, rowIdOf(table, r), '', 'insert', null, r);
    this.touched?.add(table, rowIdOf(table, r), 'insert', r);
  }

  /** Sets the given columns; logs only those whose value really changes. Returns whether any did. */
  update<T extends PlanTableName>(table: T, rowId: string, patch: Partial<Row<T>>): boolean {
    const old = this.get(table, rowId);
    if (!old) throw new Error(`row ${table}/${rowId} does not exist`);
    const changed = Object.entries(patch as AnyRow).filter(([c, v]) => v !== undefined && old[c] !== v);
    if (!changed.length) return false;
    run(this.db, byKey(dyn.updateTable(table as string).set(Object.fromEntries(changed)) as never, table, rowId));
    for (const [c, v] of changed) this.log(table, rowId, c, 'update', old[c], v);
    this.touched?.add(table, rowId, 'update', old, changed.map(([c]) => c));
    return true;
  }

  delete(table: PlanTableName, rowId: string): void {
    const old = this.get(table, rowId);
    if (!old) return;
    run(this.db, byKey(dyn.deleteFrom(table as string) as never, table, rowId));
    this.log(table, rowId, '', 'delete', old, null);
    this.touched?.add(table, rowId, 'delete', old);
  }

  get(table: PlanTableName, rowId: string): AnyRow | undefined {
    return first(this.db, byKey(dyn.selectFrom(table as string).selectAll() as never, table, rowId)) as AnyRow | undefined;
  }

  /** A log row without a data change (e.g. "the plan was created from a JSON file"). */
  note(table: string, rowId: string, value: unknown): void {
    this.log(table, rowId, '', 'insert', null, value);
  }

  private log(table: string, rowId: string, col: string, op: 'insert' | 'update' | 'delete', oldV: unknown, newV: unknown): void {
    this.count += 1;
    run(
      this.db,
      qb.insertInto('change_log').values({
        id: randomUUID(),
        hlc: this.clock.tick(),
        replica: this.actor.replica,
        user: this.actor.user,
        tbl: table,
        row_id: rowId,
        col,
        op,
        old_value: oldV === null || oldV === undefined ? null : JSON.stringify(oldV),
        new_value: newV === null || newV === undefined ? null : JSON.stringify(newV),
        batch_id: this.id,
        save_id: null,
      }),
    );
  }
}
