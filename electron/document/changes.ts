// Writes to the plan tables that record themselves in the change log (DESIGN §3): every insert,
// update and delete goes through a Batch, inside one transaction with its log rows. History,
// undo and merge all read this log.
import { randomUUID } from 'node:crypto';
import type { Compilable, Kysely } from 'kysely';
import { first, qb, run, type Sqlite } from './db';
import { enforceLogValue, enforceRowCaps, Growth } from './limits';
import { KEYS, type PlanTableName, type Row } from './tables';
import type { HybridClock } from './clock';
import { Touched } from './touched';

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
  /** What this batch inserted: its tables' caps are checked before it commits. */
  growth = new Growth();
  /** Every row written, for the answer's delta; the session takes them once the batch commits. */
  readonly touched = new Touched();

  /**
   * `db` is read (and written, unless `writer` is given). With a `writer`, every write goes
   * there instead — a long import's own transaction on a worker thread (remote-writer.ts) — while
   * the rows a write replaces are read from `db`, which holds them as they were: every other
   * write waits meanwhile, and an import touches each row once.
   */
  constructor(
    private readonly db: Sqlite,
    private readonly actor: Actor,
    private readonly clock: HybridClock,
    private readonly writer?: (sql: string, params: readonly unknown[]) => void,
  ) {}

  private write(q: Compilable<unknown>): void {
    if (!this.writer) {
      run(this.db, q);
      return;
    }
    const c = q.compile();
    this.writer(c.sql, c.parameters);
  }

  /**
   * Runs `fn` as one transaction that commits only if the document still passes the open
   * gate's size limits (electron/document/limits.ts); otherwise nothing of it is written.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(() => {
      const result = fn();
      enforceRowCaps(this.db, this.growth);
      return result;
    })();
  }

  /** How many change-log rows this batch wrote. */
  get size(): number {
    return this.count;
  }

  insert<T extends PlanTableName>(table: T, row: Row<T>): void {
    const r = row as AnyRow;
    this.write(dyn.insertInto(table as string).values(r));
    this.growth.add(table, r);
    this.log(table, rowIdOf(table, r), '', 'insert', null, r);
    this.touched.add(table, rowIdOf(table, r), 'insert', r);
  }

  /** Sets the given columns; logs only those whose value really changes. Returns whether any did. */
  update<T extends PlanTableName>(table: T, rowId: string, patch: Partial<Row<T>>): boolean {
    const old = this.get(table, rowId);
    if (!old) throw new Error(`row ${table}/${rowId} does not exist`);
    const changed = Object.entries(patch as AnyRow).filter(([c, v]) => v !== undefined && old[c] !== v);
    if (!changed.length) return false;
    this.write(byKey(dyn.updateTable(table as string).set(Object.fromEntries(changed)) as never, table, rowId));
    for (const [c, v] of changed) this.log(table, rowId, c, 'update', old[c], v);
    this.touched.add(
      table,
      rowId,
      'update',
      old,
      changed.map(([c]) => c),
    );
    return true;
  }

  delete(table: PlanTableName, rowId: string): void {
    const old = this.get(table, rowId);
    if (!old) return;
    this.write(byKey(dyn.deleteFrom(table as string) as never, table, rowId));
    this.log(table, rowId, '', 'delete', old, null);
    this.touched.add(table, rowId, 'delete', old);
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
    const oldJson = oldV === null || oldV === undefined ? null : JSON.stringify(oldV);
    const newJson = newV === null || newV === undefined ? null : JSON.stringify(newV);
    enforceLogValue(oldJson);
    enforceLogValue(newJson);
    if (this.count === 1) this.growth.add('change_log', {});
    this.write(
      qb.insertInto('change_log').values({
        id: randomUUID(),
        hlc: this.clock.tick(),
        replica: this.actor.replica,
        user: this.actor.user,
        tbl: table,
        row_id: rowId,
        col,
        op,
        old_value: oldJson,
        new_value: newJson,
        batch_id: this.id,
        save_id: null,
      }),
    );
  }
}
