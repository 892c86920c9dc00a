// Which plan rows the writes since the last answer touched, gathered as the change log is
// written (a Batch reports each insert, update and delete here). The dispatcher turns them into
// the answer's delta, so no service has to say what it changed.
export type Op = 'insert' | 'update' | 'delete';

export interface Touch {
  /** The last operation on the row. */
  op: Op;
  /** The row's values as the write saw them (before an update or delete): its keys and parent ids. */
  row: Record<string, unknown>;
  /** Whether its position changed (the list's order then goes with the answer). */
  moved: boolean;
}

export class Touched {
  /** table → row id → what happened to it. */
  readonly tables = new Map<string, Map<string, Touch>>();

  add(table: string, rowId: string, op: Op, row: Record<string, unknown>, columns: readonly string[] = []): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = new Map()));
    const before = rows.get(rowId);
    // An insert followed by updates is still new to whoever holds the old state.
    const kept = before?.op === 'insert' && op === 'update' ? 'insert' : op;
    rows.set(rowId, { op: kept, row, moved: (before?.moved ?? false) || columns.includes('position') });
  }

  /** Adds what `other` gathered (a committed transaction's rows). */
  merge(other: Touched): void {
    for (const [table, rows] of other.tables) for (const [id, t] of rows) this.add(table, id, t.op, t.row, t.moved ? ['position'] : []);
  }

  get empty(): boolean {
    return this.tables.size === 0;
  }

  /** What was gathered, leaving this collector empty. */
  take(): Touched {
    const out = new Touched();
    for (const [t, rows] of this.tables) out.tables.set(t, rows);
    this.tables.clear();
    return out;
  }
}
