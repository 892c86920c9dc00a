// Putting back what the history shows (issue 8): one change (a field's old value, a deleted row
// with what was deleted with it, or removing an added row with what hangs on it), or an action
// with its lists as it was at a chosen time. Always as one new change that itself can be undone,
// and only if the plan still keeps its rules afterwards.
import { ApiFailure } from '../../shared/api/result';
import { originalRow, replay } from '../../shared/merge/replay';
import { rowKey, sameRow, splitKey } from '../../shared/merge/rows';
import type { LogEntry, RowValue } from '../../shared/merge/types';
import { rowIdOf } from '../document/changes';
import { decodeHlc, encodeHlc } from '../document/clock';
import { all, first, qb, type Sqlite } from '../document/db';
import type { Session } from '../document/session';
import type { DB, PlanTableName, Row } from '../document/tables';
import type { ExpressionBuilder } from 'kysely';
import { readRow, toLogEntry, type RawEntry } from './log';
import { isPlanTable, REFERENCES } from './schema';
import { tryOut, type Focus } from './validate';
import { focusOf, type RowWriter } from './writes';

/** An entry that records a value without changing it (written by a merge; see shared/merge/affirm.ts). */
export const isAffirmation = (e: { old_value: string | null; new_value: string | null }) => e.old_value !== null && e.old_value === e.new_value;

/** Runs `fn` as one change of the plan, if the plan keeps its rules afterwards (tried first). */
function restoring(s: Session, what: string, focus: Focus, fn: (b: RowWriter) => void): number {
  const { problems } = tryOut(s, fn, focus);
  if (problems.length) throw new ApiFailure('conflict', `${what} kan inte återställas: ${problems[0].message}`);
  return s.write((b) => {
    s.db.pragma('defer_foreign_keys = ON');
    fn(b);
    return b.size;
  });
}

function rowsPointingAt(db: Sqlite, table: string, column: string, id: string): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM "${table}" WHERE "${column}" = ?`).all(id) as Record<string, unknown>[];
}

/** Deletes a row as the app does: its own rows go with it, references to it are cleared. */
function deleteWithDependents(s: Session, b: RowWriter, tbl: PlanTableName, rowId: string): void {
  for (const ref of REFERENCES) {
    if (ref.parent !== tbl) continue;
    const table = ref.table as PlanTableName;
    for (const r of rowsPointingAt(s.db, table, ref.column, rowId)) {
      const id = rowIdOf(table, r);
      if (ref.kind === 'owned') deleteWithDependents(s, b, table, id);
      else if (ref.kind === 'nullable') b.update(table, id, { [ref.column]: null } as Partial<Row<PlanTableName>>);
      // 'required': the plan's rules refuse the restore below, with the reason.
    }
  }
  b.delete(tbl, rowId);
}

function entryById(db: Sqlite, id: string): RawEntry {
  const e = first(db, qb.selectFrom('change_log').selectAll().where('id', '=', id));
  if (!e) throw new ApiFailure('notFound', 'Ändringen finns inte i planens historik.', 'id');
  return e;
}

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** Puts back what the change with `id` changed. Returns how many log rows the restore wrote. */
export function restoreChange(s: Session, id: string): number {
  const e = entryById(s.db, id);
  if (!isPlanTable(e.tbl) || isAffirmation(e)) {
    throw new ApiFailure('invalid', 'Den här raden i historiken ändrade inget i planen och kan inte återställas.', 'id');
  }
  const tbl = e.tbl;
  return restoring(s, 'Ändringen', focusOf([{ op: 'delete', tbl, rowId: e.row_id }]), (b) => {
    const now = b.get(tbl, e.row_id);
    if (e.op === 'update') {
      if (!now) throw new ApiFailure('conflict', 'Raden som ändrades finns inte längre i planen; återställ först att den togs bort.', 'id');
      b.update(tbl, e.row_id, { [e.col]: parse(e.old_value) } as Partial<Row<PlanTableName>>);
    } else if (e.op === 'insert') {
      if (now) deleteWithDependents(s, b, tbl, e.row_id);
    } else if (!now) {
      restoreDeleted(s, b, e);
    }
  });
}

/**
 * A deleted row comes back as it was, with the rows the same change (one batch) deleted with it
 * and the references it cleared — unless they are back or changed since.
 */
function restoreDeleted(s: Session, b: RowWriter, e: RawEntry): void {
  const batch = all(s.db, qb.selectFrom('change_log').selectAll().where('batch_id', '=', e.batch_id));
  const parents = new Set([rowKey(e.tbl, e.row_id)]);
  b.insert(e.tbl as PlanTableName, parse(e.old_value) as Row<PlanTableName>);
  // Parents first (the batch deleted children first): walk the deletions newest first.
  const deletions = batch.filter((x) => x.op === 'delete' && x.col === '' && x.id !== e.id).sort((x, y) => (x.hlc < y.hlc ? 1 : -1));
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of deletions) {
      if (!isPlanTable(d.tbl) || parents.has(rowKey(d.tbl, d.row_id))) continue;
      const row = parse(d.old_value) as Record<string, unknown>;
      const owner = REFERENCES.find((r) => r.table === d.tbl && r.kind === 'owned' && parents.has(rowKey(r.parent, String(row[r.column]))));
      if (!owner || b.get(d.tbl, d.row_id)) continue;
      b.insert(d.tbl, row as Row<PlanTableName>);
      parents.add(rowKey(d.tbl, d.row_id));
      grew = true;
    }
  }
  for (const u of batch) {
    const ref = REFERENCES.find((r) => r.kind === 'nullable' && r.table === u.tbl && r.column === u.col);
    if (!ref || u.op !== 'update' || parse(u.new_value) !== null || !parents.has(rowKey(ref.parent, String(parse(u.old_value))))) continue;
    const row = b.get(ref.table as PlanTableName, u.row_id);
    if (row && row[u.col] === null) b.update(ref.table as PlanTableName, u.row_id, { [u.col]: parse(u.old_value) } as Partial<Row<PlanTableName>>);
  }
}

/** A time as the log's clock value: a change's own clock value, or the end of an ISO time (a date: the whole day). */
export function clockValue(at: string, end = true): string {
  if (/^\d{15}-\d{6}$/.test(at)) return at;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(at);
  // A bare date is the user's local day; a date with time and no zone is local time too.
  const ms = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (end ? 1 : 0)).getTime() - (end ? 1 : 0) : new Date(at).getTime();
  if (!Number.isFinite(ms)) throw new ApiFailure('invalid', 'Tidpunkten går inte att läsa.', 'at');
  return encodeHlc(ms, end ? 999_999 : 0);
}

const ACTION_LISTS: readonly PlanTableName[] = ['cost_overrides', 'co_benefit_scores', 'action_commitments', 'action_tags'];

/**
 * The log entries on an action's row and its lists (cost overrides, co-benefits, commitments,
 * tags): a list row's key starts with the action's id, so the key index finds them.
 */
export function onAction(actionId: string) {
  const prefix = `${JSON.stringify([actionId]).slice(0, -1)},`;
  return (eb: ExpressionBuilder<DB, 'change_log'>) =>
    eb.or([
      eb.and([eb('tbl', '=', 'actions'), eb('row_id', '=', actionId)]),
      eb.and([eb('tbl', 'in', ACTION_LISTS), eb('row_id', '>=', prefix), eb('row_id', '<', `${prefix}\uffff`)]),
    ]);
}

function actionEntries(db: Sqlite, actionId: string): RawEntry[] {
  return all(db, qb.selectFrom('change_log').selectAll().where(onAction(actionId)));
}

/** Puts an action and its lists back as they were at `at` (the changes up to it included). */
export function restoreActionAt(s: Session, actionId: string, at: string): number {
  const limit = clockValue(at);
  const byRow = new Map<string, LogEntry[]>();
  for (const r of actionEntries(s.db, actionId)) {
    const key = rowKey(r.tbl, r.row_id);
    byRow.set(key, [...(byRow.get(key) ?? []), toLogEntry(r)]);
  }
  const current = new Map<string, RowValue | null>();
  current.set(rowKey('actions', actionId), readRow(s.db, 'actions', actionId));
  for (const table of ACTION_LISTS) {
    for (const r of all(s.db, qb.selectFrom(table).selectAll().where('action_id', '=', actionId))) current.set(rowKey(table, rowIdOf(table, r)), r);
  }
  for (const key of byRow.keys()) if (!current.has(key)) current.set(key, null);
  // The log's rule: the newest entry up to `at` gives each field (see shared/merge/replay.ts).
  const then = new Map<string, RowValue | null>();
  for (const [key, now] of current) {
    const entries = byRow.get(key) ?? [];
    then.set(
      key,
      entries.length
        ? replay(
            originalRow(entries, now),
            entries.filter((e) => e.hlc <= limit),
          )
        : now,
    );
  }
  if (!then.get(rowKey('actions', actionId))) {
    throw new ApiFailure('conflict', `Åtgärden fanns inte ${describeTime(limit)}.`, 'at');
  }
  return restoring(s, 'Åtgärden', { actions: new Set([actionId]), financing: new Set() }, (b) => {
    // The action first (its lists point at it), then the lists.
    for (const key of [...then.keys()].sort((a, c) => (a.startsWith('actions ') ? -1 : c.startsWith('actions ') ? 1 : 0))) {
      const { tbl, rowId } = splitKey(key);
      const want = then.get(key)!;
      const now = current.get(key)!;
      if (sameRow(want, now)) continue;
      const table = tbl as PlanTableName;
      if (!want) b.delete(table, rowId);
      else if (!now) b.insert(table, want as Row<PlanTableName>);
      else b.update(table, rowId, want as Partial<Row<PlanTableName>>);
    }
  });
}

function describeTime(hlc: string): string {
  const d = new Date(decodeHlc(hlc).wall);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `den ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} kl. ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
