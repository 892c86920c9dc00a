// The log entries of a merge, grouped by the row they concern.
import { rowKey } from './rows';
import type { LogEntry, MergeInput } from './types';

export interface RowEntries {
  mine: LogEntry[];
  theirs: LogEntry[];
  common: LogEntry[];
}

/** Entries on plan tables, by rowKey; every row either copy changed has a group. */
export function groupByRow(input: MergeInput): Map<string, RowEntries> {
  const tables = new Set(input.schema.tables);
  const groups = new Map<string, RowEntries>();
  const add = (e: LogEntry, side: keyof RowEntries, create: boolean) => {
    if (!tables.has(e.tbl)) return;
    const key = rowKey(e.tbl, e.rowId);
    let g = groups.get(key);
    if (!g) {
      if (!create) return;
      groups.set(key, (g = { mine: [], theirs: [], common: [] }));
    }
    g[side].push(e);
  };
  for (const e of input.mine.changes) add(e, 'mine', true);
  for (const e of input.theirs.changes) add(e, 'theirs', true);
  // Common entries only matter on rows that a copy changed.
  for (const e of input.common) add(e, 'common', false);
  return groups;
}
