// The merged plan for a set of choices: each row's outcome, and the writes that bring the open
// copy there. Nothing here writes; the store applies the writes as one transaction.
import { groupByRow } from './entries';
import { byTime, same, sameRow, touches } from './rows';
import type { Choices, LogEntry, MergeInput, Outline, RowPlan, RowValue, RowWrite, Side, Source } from './types';

export class MissingChoice extends Error {
  constructor(readonly conflict: string) {
    super(`no choice for conflict ${conflict}`);
  }
}

function pick(src: Source, choices: Choices): Side | 'lower' {
  if (typeof src === 'string') return src;
  const s = choices[src.conflict];
  if (s !== 'mine' && s !== 'theirs') throw new MissingChoice(src.conflict);
  return s;
}

const lower = (a: unknown, b: unknown): unknown => (typeof a === 'number' && typeof b === 'number' ? Math.min(a, b) : (a ?? b));

/** The row in the merged plan (null: no such row). */
export function resolveRow(p: RowPlan, choices: Choices): RowValue | null {
  const from = pick(p.from, choices) === 'theirs' ? p.theirs : p.mine;
  if (!from) return null;
  const out: Record<string, unknown> = { ...from };
  for (const [col, src] of Object.entries(p.cols)) {
    const s = pick(src, choices);
    if (s === 'lower') {
      out[col] = lower(p.mine?.[col], p.theirs?.[col]);
      continue;
    }
    const row = s === 'mine' ? p.mine : p.theirs;
    if (row) out[col] = row[col];
    else if (typeof src === 'object' && src.orNull) out[col] = null;
  }
  return out;
}

/** What changes in the open copy: inserts, the changed columns of kept rows, deletes. */
export function mergeWrites(outline: Outline, choices: Choices): RowWrite[] {
  const writes: RowWrite[] = [];
  for (const p of outline.rows.values()) {
    const next = resolveRow(p, choices);
    const now = p.mine;
    if (sameRow(next, now)) continue;
    if (!now) writes.push({ op: 'insert', tbl: p.tbl, rowId: p.rowId, row: next! });
    else if (!next) writes.push({ op: 'delete', tbl: p.tbl, rowId: p.rowId });
    else {
      const set: Record<string, unknown> = {};
      for (const col of Object.keys(next)) if (!same(next[col], now[col])) set[col] = next[col];
      writes.push({ op: 'update', tbl: p.tbl, rowId: p.rowId, set });
    }
  }
  return writes;
}

/** Every conflict's id that has no choice in `choices`. */
export function missingChoices(outline: Outline, choices: Choices): string[] {
  return [...outline.conflicts.keys()].filter((id) => choices[id] !== 'mine' && choices[id] !== 'theirs');
}

/** The same choice for every conflict: "take all of one copy". */
export function allOf(outline: Outline, side: Side): Record<string, Side> {
  return Object.fromEntries([...outline.conflicts.keys()].map((id) => [id, side]));
}

/**
 * A choice for every conflict that depends only on the two logs — the copy whose change is newest
 * — for trial runs before anyone has chosen: the same whichever copy is open.
 */
export function newestWins(outline: Outline, input: MergeInput): Record<string, Side> {
  const groups = groupByRow(input);
  const newest = (keys: string[], side: Side, col: string): LogEntry | undefined =>
    keys
      .flatMap((k) => groups.get(k)?.[side] ?? [])
      .filter((e) => !col || touches(e, col))
      .sort(byTime)
      .at(-1);
  return Object.fromEntries(
    [...outline.conflicts.values()].map((c) => {
      const m = newest(c.rows, 'mine', c.col);
      const t = newest(c.rows, 'theirs', c.col);
      return [c.id, !t || (m && byTime(m, t) > 0) ? 'mine' : 'theirs'];
    }),
  );
}
