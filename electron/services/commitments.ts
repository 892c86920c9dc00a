// commitments.*: the level chosen for each joint commitment, and the follow-up (status,
// responsible, note) of one whose level is chosen (DESIGN §8). Each write is one change-log
// batch (one undo step).
import type { CommitmentChoice } from '../../shared/domain/types';
import { commitmentChoiceSchema } from '../../shared/schema/entities';
import { ApiFailure } from '../../shared/api/result';
import { all, first, qb } from '../document/db';
import { commitmentFromRow, commitmentToRow } from '../document/rows';
import type { Session } from '../document/session';
import { onSession, type Handlers } from './handler';
import { nextPosition } from './positions';
import { applyChanges, parseOrRefuse } from './validate';

function commitment(s: Session, id: string): CommitmentChoice & { position: number } {
  const row = first(s.db, qb.selectFrom('commitments').selectAll().where('id', '=', id));
  if (!row) throw new ApiFailure('notFound', 'Välj först en nivå för åtagandet; uppföljningen gäller den valda nivån.', 'id');
  return { ...commitmentFromRow(row), position: row.position };
}

export const commitmentHandlers = {
  'commitments.list': onSession((s) => all(s.db, qb.selectFrom('commitments').selectAll().orderBy('position')).map(commitmentFromRow)),
  'commitments.set': onSession<'commitments.set'>((s, { id, level }) => {
    const exists = !!first(s.db, qb.selectFrom('commitments').select('id').where('id', '=', id));
    s.write((b) => {
      if (level === null) b.delete('commitments', id);
      else if (exists) b.update('commitments', id, { level });
      else b.insert('commitments', commitmentToRow({ id, level }, nextPosition(s, 'commitments')));
    });
    return level === null ? null : { id, level };
  }),
  'commitments.update': onSession<'commitments.update'>((s, { id, changes }) => {
    const { position, ...prev } = commitment(s, id);
    const next = parseOrRefuse(commitmentChoiceSchema, applyChanges(prev, changes), 'changes');
    s.write((b) => b.update('commitments', id, commitmentToRow(next, position)));
    return next;
  }),
} satisfies Partial<Handlers>;
