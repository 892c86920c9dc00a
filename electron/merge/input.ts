// The merge's input from two documents: each log's entries the other lacks, the common entries
// on the changed rows, and the current rows of every changed row in both copies.
import type { LogEntry, MergeInput } from '../../shared/merge/types';
import { rowKey, splitKey } from '../../shared/merge/rows';
import type { Sqlite } from '../document/db';
import { currentRows, entriesOnRow, entriesWithIds, logIds, tableColumns, toLogEntry, type RawEntry } from './log';
import { isPlanTable, MERGE_SCHEMA } from './schema';

export interface MergeSource {
  input: MergeInput;
  /** The other copy's entries the open copy lacks, as stored: they join the open copy's log. */
  incoming: RawEntry[];
}

export function readMergeSource(mine: Sqlite, theirs: Sqlite): MergeSource {
  const mineIds = logIds(mine);
  const theirsIds = logIds(theirs);
  const mineRaw = entriesWithIds(
    mine,
    [...mineIds].filter((id) => !theirsIds.has(id)),
  );
  const incoming = entriesWithIds(
    theirs,
    [...theirsIds].filter((id) => !mineIds.has(id)),
  );
  const mineChanges = mineRaw.map((r) => toLogEntry(r));
  // The other file passed the open gate, but its log is read here for the first time.
  const theirsChanges = incoming.map((r) => toLogEntry(r, tableColumns(mine)));

  const touched = (changes: LogEntry[]) => new Set(changes.filter((e) => isPlanTable(e.tbl)).map((e) => rowKey(e.tbl, e.rowId)));
  const mineRows = touched(mineChanges);
  const theirsRows = touched(theirsChanges);
  const keys = [...new Set([...mineRows, ...theirsRows])].map(splitKey);
  // The entries both hold on every changed row: they give its common point, and what the log
  // says of it once the two logs are one.
  const common: LogEntry[] = [];
  for (const key of new Set([...mineRows, ...theirsRows])) {
    const { tbl, rowId } = splitKey(key);
    for (const r of entriesOnRow(mine, tbl, rowId)) if (theirsIds.has(r.id)) common.push(toLogEntry(r));
  }
  return {
    incoming,
    input: {
      schema: MERGE_SCHEMA,
      mine: { changes: mineChanges, rows: currentRows(mine, keys) },
      theirs: { changes: theirsChanges, rows: currentRows(theirs, keys) },
      common,
    },
  };
}
