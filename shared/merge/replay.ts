// A row's value at a point of its history, from its log entries. The log is field by field: the
// newest entry that concerns a field gives its value (a whole-row insert or delete concerns every
// field). The value before any entry is read from the oldest entry that concerns each field.
import { byTime } from './rows';
import type { LogEntry, RowValue } from './types';

const asRow = (v: unknown): RowValue | null => (v && typeof v === 'object' ? (v as RowValue) : null);

/**
 * The row before every entry of `entries` (all entries on one row, any order). Columns no entry
 * touched have the value they still have today, in `current` (either copy: neither changed them).
 */
export function originalRow(entries: readonly LogEntry[], current: RowValue | null): RowValue | null {
  const sorted = [...entries].sort(byTime);
  let existed: boolean | undefined;
  const known: Record<string, unknown> = {};
  for (const e of sorted) {
    if (e.col === '') {
      if (existed === undefined) existed = e.op === 'delete';
      if (!existed) return null; // the oldest whole-row entry created it
      for (const [c, v] of Object.entries(asRow(e.oldValue) ?? {})) if (!(c in known)) known[c] = v;
    } else if (!(e.col in known)) {
      known[e.col] = e.oldValue;
    }
  }
  return { ...(current ?? {}), ...known };
}

/** `start` with `entries` applied oldest first. */
export function replay(start: RowValue | null, entries: readonly LogEntry[]): RowValue | null {
  let row: Record<string, unknown> | null = start ? { ...start } : null;
  for (const e of [...entries].sort(byTime)) {
    if (e.op === 'insert' && e.col === '') row = { ...(asRow(e.newValue) ?? {}) };
    else if (e.op === 'delete' && e.col === '') row = null;
    else if (row) row[e.col] = e.newValue;
  }
  return row;
}

/**
 * The row at the copies' common point: the original row with the entries both logs hold applied.
 * `all` is every entry on the row either log holds.
 */
export function baseRow(all: readonly LogEntry[], common: readonly LogEntry[], current: RowValue | null): RowValue | null {
  return replay(originalRow(all, current), common);
}
