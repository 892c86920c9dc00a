// history.list / undo / redo / restore / restoreAction
import type { ExpressionBuilder } from 'kysely';
import type { SaveInfo, UndoStep } from '../../shared/api/calls/history';
import type { ChangeEntry } from '../../shared/api/status';
import { all, first, qb } from '../document/db';
import { hlcToIso } from '../document/clock';
import type { DB } from '../document/tables';
import { MERGE_NOTE } from '../merge/merge';
import { nameBook } from '../merge/names';
import { clockValue, onAction, restoreActionAt, restoreChange } from '../merge/restore';
import type { Session } from '../document/session';
import { onSession, type Handlers } from './handler';

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));
/** How many of a step's changes name it. */
const STEP_CHANGES = 3;

type LogRow = {
  id: string;
  hlc: string;
  replica: string;
  user: string;
  tbl: string;
  row_id: string;
  col: string;
  op: 'insert' | 'update' | 'delete';
  old_value: string | null;
  new_value: string | null;
  batch_id: string;
  save_id: string | null;
};

function entryOf(r: LogRow): ChangeEntry {
  return {
    id: r.id,
    hlc: r.hlc,
    time: hlcToIso(r.hlc),
    replica: r.replica,
    user: r.user,
    table: r.tbl,
    rowId: r.row_id,
    column: r.col,
    op: r.op,
    oldValue: parse(r.old_value),
    newValue: parse(r.new_value),
    batchId: r.batch_id,
    saveId: r.save_id,
  };
}

/** The file each other installation's changes came in with, from the merges' notes (the first merge that brought them). */
function copiesOf(s: Session): Record<string, string> {
  const out: Record<string, string> = {};
  const notes = all(s.db, qb.selectFrom('change_log').select('new_value').where('tbl', '=', MERGE_NOTE).orderBy('hlc'));
  for (const n of notes) {
    const note = parse(n.new_value) as { file?: unknown; replicas?: unknown } | null;
    if (!note || typeof note.file !== 'string' || !Array.isArray(note.replicas)) continue;
    for (const r of note.replicas) if (typeof r === 'string' && !(r in out)) out[r] = note.file;
  }
  return out;
}

/** A redo makes its logged batch's changes the other way round. */
const reversed = (e: ChangeEntry): ChangeEntry => ({
  ...e,
  op: e.op === 'insert' ? 'delete' : e.op === 'delete' ? 'insert' : 'update',
  oldValue: e.newValue,
  newValue: e.oldValue,
});

/** The step `batchId` named by its first changes (a merge by its note); `redo` turns them round. */
function stepOf(s: Session, batchId: string | null, redo: boolean): UndoStep | null {
  if (!batchId) return null;
  const note = first(s.db, qb.selectFrom('change_log').selectAll().where('batch_id', '=', batchId).where('tbl', '=', MERGE_NOTE));
  const base = qb.selectFrom('change_log').where('batch_id', '=', batchId).where(notAffirmation);
  const count = note
    ? 1
    : Number(
        first(
          s.db,
          base.select((eb) => eb.fn.countAll<number>().as('n')),
        )?.n ?? 0,
      );
  const rows = note
    ? [note]
    : all(
        s.db,
        base
          .selectAll()
          .orderBy('hlc', redo ? 'desc' : 'asc')
          .limit(STEP_CHANGES),
      );
  const changes = rows.map((r) => (redo && r.tbl !== MERGE_NOTE ? reversed(entryOf(r)) : entryOf(r)));
  const names = nameBook(
    changes.map((e) => ({ table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue })),
    [s.db],
  );
  return { changes, count, names };
}

/** Entries a merge wrote to record a value it kept (old and new alike): bookkeeping, not changes. */
const notAffirmation = (eb: ExpressionBuilder<DB, 'change_log'>) =>
  eb.or([eb('old_value', 'is', null), eb('new_value', 'is', null), eb('old_value', '!=', eb.ref('new_value'))]);

export const historyHandlers = {
  'history.list': onSession<'history.list'>((s, { limit = 200, offset = 0, rowId, actionId, user, from, to }) => {
    let q = qb
      .selectFrom('change_log')
      .where(notAffirmation)
      // A version's frozen rows are the version: its own row says it was adopted or deleted.
      .where('tbl', '!=', 'version_rows')
      // A merge's own writes repeat the other copy's changes, which the history shows as they
      // were made (who, when, which copy); the merge shows as its note.
      .where((eb) =>
        eb.or([eb('tbl', '=', MERGE_NOTE), eb('batch_id', 'not in', eb.selectFrom('change_log as m').select('m.batch_id').where('m.tbl', '=', MERGE_NOTE))]),
      );
    if (rowId !== undefined) q = q.where('row_id', '=', rowId);
    if (actionId !== undefined) q = q.where(onAction(actionId));
    if (user !== undefined) q = q.where('user', '=', user);
    if (from !== undefined) q = q.where('hlc', '>=', clockValue(from, false));
    if (to !== undefined) q = q.where('hlc', '<=', clockValue(to, true));
    const total = Number(
      first(
        s.db,
        q.select((eb) => eb.fn.countAll<number>().as('n')),
      )?.n ?? 0,
    );
    const rows = all(s.db, q.selectAll().orderBy('hlc', 'desc').orderBy('id').limit(limit).offset(offset));
    const entries: ChangeEntry[] = rows.map(entryOf);
    const saveIds = [...new Set(entries.map((e) => e.saveId).filter((id): id is string => id !== null))];
    const saves: SaveInfo[] = saveIds.length
      ? all(s.db, qb.selectFrom('saves').selectAll().where('id', 'in', saveIds)).map((r) => ({
          id: r.id,
          time: hlcToIso(r.hlc),
          user: r.user,
          replica: r.replica,
        }))
      : [];
    const users = all(s.db, qb.selectFrom('change_log').select('user').distinct().orderBy('user')).map((r) => r.user);
    const names = nameBook(
      entries.map((e) => ({ table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue })),
      [s.db],
    );
    return { entries, total, saves, users, names, replica: s.actor.replica, copies: copiesOf(s) };
  }),
  'history.undo': (ctx) => {
    ctx.manager.require().undo();
    return ctx.manager.status();
  },
  'history.redo': (ctx) => {
    ctx.manager.require().redo();
    return ctx.manager.status();
  },
  'history.steps': onSession<'history.steps'>((s) => {
    const next = s.nextSteps();
    return { undo: stepOf(s, next.undo, false), redo: stepOf(s, next.redo, true) };
  }),
  'history.restore': onSession<'history.restore'>((s, { id }) => ({ changed: restoreChange(s, id) })),
  'history.restoreAction': onSession<'history.restoreAction'>((s, { actionId, at }) => ({ changed: restoreActionAt(s, actionId, at) })),
} satisfies Partial<Handlers>;
