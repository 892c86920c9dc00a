// Small helpers on rows and entries: keys, equality, and the order of the log.
import type { LogEntry, RowValue } from './types';

/** One string per row of the plan: the table and the row's key as the log names it. */
export function rowKey(tbl: string, rowId: string): string {
  return `${tbl} ${rowId}`;
}

export function splitKey(key: string): { tbl: string; rowId: string } {
  const i = key.indexOf(' ');
  return { tbl: key.slice(0, i), rowId: key.slice(i + 1) };
}

/** Values as the store holds them (numbers, text, null); an absent column equals null. */
export function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

export function sameRow(a: RowValue | null, b: RowValue | null, ignore?: string): boolean {
  if (a === null || b === null) return a === b;
  for (const c of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (c !== ignore && !same(a[c], b[c])) return false;
  }
  return true;
}

/** The log's own order: clock time, then id (two copies agree on it). */
export function byTime(a: LogEntry, b: LogEntry): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether an entry concerns column `col` of its row (a whole-row entry concerns every column). */
export function touches(e: LogEntry, col: string): boolean {
  return e.col === '' || e.col === col;
}

/** The newest entry of `entries` that concerns `col` ('' = the row itself). */
export function newest(entries: readonly LogEntry[], col: string): LogEntry | undefined {
  let best: LogEntry | undefined;
  for (const e of entries) {
    if ((col === '' ? true : touches(e, col)) && (!best || byTime(best, e) < 0)) best = e;
  }
  return best;
}
