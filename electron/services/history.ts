// history.list / undo / redo / restore / restoreAction
import type { ExpressionBuilder } from 'kysely';
import type { SaveInfo } from '../../shared/api/calls/history';
import type { ChangeEntry } from '../../shared/api/status';
import { all, first, qb } from '../document/db';
import { hlcToIso } from '../document/clock';
import type { DB } from '../document/tables';
import { MERGE_NOTE } from '../merge/merge';
import { nameBook } from '../merge/names';
import { clockValue, onAction, restoreActionAt, restoreChange } from '../merge/restore';
import { onSession, type Handlers } from './handler';

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

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
      .where((eb) => eb.or([eb('tbl', '=', MERGE_NOTE), eb('batch_id', 'not in', eb.selectFrom('change_log as m').select('m.batch_id').where('m.tbl', '=', MERGE_NOTE))]));
    if (rowId !== undefined) q = q.where('row_id', '=', rowId);
    if (actionId !== undefined) q = q.where(onAction(actionId));
    if (user !== undefined) q = q.where('user', '=', user);
    if (from !== undefined) q = q.where('hlc', '>=', clockValue(from, false));
    if (to !== undefined) q = q.where('hlc', '<=', clockValue(to, true));
    const total = Number(first(s.db, q.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
    const rows = all(s.db, q.selectAll().orderBy('hlc', 'desc').orderBy('id').limit(limit).offset(offset));
    const entries: ChangeEntry[] = rows.map((r) => ({
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
    }));
    const saveIds = [...new Set(entries.map((e) => e.saveId).filter((id): id is string => id !== null))];
    const saves: SaveInfo[] = saveIds.length
      ? all(s.db, qb.selectFrom('saves').selectAll().where('id', 'in', saveIds)).map((r) => ({ id: r.id, time: hlcToIso(r.hlc), user: r.user, replica: r.replica }))
      : [];
    const users = all(s.db, qb.selectFrom('change_log').select('user').distinct().orderBy('user')).map((r) => r.user);
    const names = nameBook(
      entries.map((e) => ({ table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue })),
      [s.db],
    );
    return { entries, total, saves, users, names, replica: s.actor.replica };
  }),
  'history.undo': (ctx) => {
    ctx.manager.require().undo();
    return ctx.manager.status();
  },
  'history.redo': (ctx) => {
    ctx.manager.require().redo();
    return ctx.manager.status();
  },
  'history.restore': onSession<'history.restore'>((s, { id }) => ({ changed: restoreChange(s, id) })),
  'history.restoreAction': onSession<'history.restoreAction'>((s, { actionId, at }) => ({ changed: restoreActionAt(s, actionId, at) })),
} satisfies Partial<Handlers>;
