// history.list / undo / redo
import type { ChangeEntry } from '../../shared/api/status';
import { all, first, qb } from '../document/db';
import { hlcToIso } from '../document/clock';
import { onSession, type Handlers } from './handler';

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

export const historyHandlers = {
  'history.list': onSession<'history.list'>((s, { limit = 200, offset = 0, rowId }) => {
    let q = qb.selectFrom('change_log');
    if (rowId !== undefined) q = q.where('row_id', '=', rowId);
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
    return { entries, total };
  }),
  'history.undo': (ctx) => {
    ctx.manager.require().undo();
    return ctx.manager.status();
  },
  'history.redo': (ctx) => {
    ctx.manager.require().redo();
    return ctx.manager.status();
  },
} satisfies Partial<Handlers>;
