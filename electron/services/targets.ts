// targets.* and carbonBudget.*
import type { Target } from '../../shared/domain/types';
import { targetSchema } from '../../shared/schema/entities';
import { targetProblems } from '../../shared/schema/rules';
import { first, qb } from '../document/db';
import { carbonBudgetFromRow, carbonBudgetToRow, targetFromRow, targetToRow } from '../document/rows';
import { collection } from './collection';
import { onSession, type Handlers } from './handler';

const targets = collection<Target, 'targets'>({
  table: 'targets',
  noun: 'Målet',
  schema: targetSchema,
  fromRow: targetFromRow,
  toRow: targetToRow,
  defaults: () => ({ name: 'Nytt mål', year: 2030, scope: 'net', kind: 'netZero' }),
  rules: (_s, t, base) => targetProblems(t, base),
});

export const targetHandlers = {
  'targets.list': onSession((s) => targets.list(s)),
  'targets.create': onSession<'targets.create'>((s, input) => targets.create(s, input)),
  'targets.update': onSession<'targets.update'>((s, input) => targets.update(s, input)),
  'targets.delete': onSession<'targets.delete'>((s, input) => targets.delete(s, input)),

  'carbonBudget.get': onSession((s) => {
    const r = first(s.db, qb.selectFrom('carbon_budget').selectAll());
    return r ? carbonBudgetFromRow(r) : null;
  }),
  'carbonBudget.set': onSession<'carbonBudget.set'>((s, { carbonBudget }) => {
    const exists = !!first(s.db, qb.selectFrom('carbon_budget').select('id'));
    s.write((b) =>
      exists ? b.update('carbon_budget', 'budget', carbonBudgetToRow(carbonBudget)) : b.insert('carbon_budget', carbonBudgetToRow(carbonBudget)),
    );
    return carbonBudget;
  }),
  'carbonBudget.delete': onSession((s) => {
    s.write((b) => b.delete('carbon_budget', 'budget'));
    return null;
  }),
} satisfies Partial<Handlers>;
