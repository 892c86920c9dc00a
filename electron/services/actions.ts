// actions.* and costOverrides.*: every change to an action is validated whole (schema and rules)
// and written as a diff of its row and its lists, so the change log holds exactly what changed.
import { randomUUID } from 'node:crypto';
import type { Action, CostOverride } from '../../shared/domain/types';
import { actionSchema } from '../../shared/schema/entities';
import { actionProblems, type ActionContext } from '../../shared/schema/rules';
import type { Problem } from '../../shared/schema/problems';
import { all, first, qb } from '../document/db';
import { readActions, readPlanSettings } from '../document/read';
import { ACTION_CHILD_TABLES, actionChildRows, actionToRow, sectorFromRow } from '../document/rows';
import type { Batch } from '../document/changes';
import { rowIdOf } from '../document/changes';
import type { Session } from '../document/session';
import { ApiFailure } from '../../shared/api/result';
import { onSession, type Handlers } from './handler';
import { nextPosition } from './positions';
import { syncRows } from './sync';
import { applyChanges, notFound, refuse, refuseIf } from './validate';
import { problemsFromZod } from '../../shared/schema/problems';

function sectorContext(s: Session): ActionContext {
  const sectors = new Map(all(s.db, qb.selectFrom('sectors').selectAll()).map((r) => [r.id, sectorFromRow(r)]));
  return { sector: (id) => sectors.get(id) };
}

export function getAction(s: Session, id: string, path = 'id'): Action {
  const [a] = readActions(s.db, id);
  if (!a) throw notFound('Åtgärden', id, path);
  return a;
}

/** Problems of `candidate` as a whole action, reported under `base`. */
function actionCheck(candidate: unknown, ctx: ActionContext, base: string): { action?: Action; problems: Problem[] } {
  const parsed = actionSchema.safeParse(candidate);
  if (!parsed.success) return { problems: problemsFromZod(parsed.error, base) };
  return { action: parsed.data, problems: actionProblems(parsed.data, ctx, base) };
}

function validAction(candidate: unknown, ctx: ActionContext, base: string): Action {
  const { action, problems } = actionCheck(candidate, ctx, base);
  refuseIf(problems);
  return action!;
}

/** Writes `next` over `prev` (or inserts it): its row and each of its lists. */
export function writeAction(s: Session, b: Batch, next: Action, prev?: Action): void {
  const position = prev ? first(s.db, qb.selectFrom('actions').select('position').where('id', '=', next.id))!.position : nextPosition(s, 'actions');
  if (prev) b.update('actions', next.id, actionToRow(next, position));
  else b.insert('actions', actionToRow(next, position));
  const rows = actionChildRows(next);
  for (const table of ACTION_CHILD_TABLES) {
    const existing = prev ? all(s.db, qb.selectFrom(table).selectAll().where('action_id', '=', next.id)) : [];
    syncRows(b, table, existing, rows[table] as typeof existing);
  }
}

function defaultAction(s: Session, id: string): Action {
  const plan = readPlanSettings(s.db);
  const sector = first(s.db, qb.selectFrom('sectors').select('id').where('is_sink', '=', 0).orderBy('position').limit(1));
  return {
    id,
    code: '',
    name: 'Ny åtgärd',
    sectorId: sector?.id ?? '',
    owner: '',
    costBearer: 'municipality',
    status: 'idea',
    startYear: Math.min(Math.max(plan.startYear, new Date().getFullYear()), plan.endYear),
    implementationYears: 1,
    rampYears: 0,
    effectKind: 'absolute',
    effectTonsPerYear: 0,
    capexSek: 0,
    opexSekPerYear: 0,
    savingsSekPerYear: 0,
    costOverrides: [],
    coBenefits: {},
    coBenefitSekPerYear: 0,
    commitments: [],
    tags: [],
    notes: '',
  };
}

/** Removes an action and what hangs on it; financing entries stay, without the action. */
export function deleteAction(s: Session, b: Batch, id: string): void {
  for (const table of ACTION_CHILD_TABLES) {
    for (const r of all(s.db, qb.selectFrom(table).selectAll().where('action_id', '=', id))) b.delete(table, rowIdOf(table, r));
  }
  for (const r of all(s.db, qb.selectFrom('scenario_actions').selectAll().where('action_id', '=', id))) {
    b.delete('scenario_actions', rowIdOf('scenario_actions', r));
  }
  for (const r of all(s.db, qb.selectFrom('financing_entries').select('id').where('action_id', '=', id))) {
    b.update('financing_entries', r.id, { action_id: null });
  }
  b.delete('actions', id);
}

function updateOverrides(s: Session, actionId: string, change: (list: CostOverride[]) => CostOverride[]): Action {
  const prev = getAction(s, actionId, 'actionId');
  const next = validAction({ ...prev, costOverrides: change(prev.costOverrides) }, sectorContext(s), 'action');
  s.write((b) => writeAction(s, b, next, prev));
  return next;
}

function findOverride(list: CostOverride[], year: number): number {
  const i = list.findIndex((o) => o.year === year);
  if (i < 0) throw new ApiFailure('notFound', `Det finns ingen kostnadsjustering för år ${year}.`, 'year');
  return i;
}

export const actionHandlers = {
  'actions.list': onSession((s) => readActions(s.db)),
  'actions.get': onSession<'actions.get'>((s, { id }) => getAction(s, id)),
  'actions.create': onSession<'actions.create'>((s, { id, values }) => {
    const newId = id ?? randomUUID();
    if (first(s.db, qb.selectFrom('actions').select('id').where('id', '=', newId))) {
      throw new ApiFailure('conflict', `Det finns redan en åtgärd med id "${newId}".`, 'id');
    }
    const next = validAction(applyChanges(defaultAction(s, newId), values), sectorContext(s), 'values');
    s.write((b) => writeAction(s, b, next));
    return next;
  }),
  'actions.update': onSession<'actions.update'>((s, { id, changes }) => {
    const prev = getAction(s, id);
    const next = validAction(applyChanges(prev, changes), sectorContext(s), 'changes');
    s.write((b) => writeAction(s, b, next, prev));
    return next;
  }),
  'actions.delete': onSession<'actions.delete'>((s, { id }) => {
    getAction(s, id);
    s.write((b) => deleteAction(s, b, id));
    return { id };
  }),
  'actions.patch': onSession<'actions.patch'>((s, { rows }) => {
    const ctx = sectorContext(s);
    const problems: Problem[] = [];
    const pairs: [Action, Action][] = [];
    rows.forEach(({ id, changes }, i) => {
      const [prev] = readActions(s.db, id);
      if (!prev) {
        problems.push({ path: `rows[${i}].id`, message: `Åtgärden "${id}" finns inte i planen.` });
        return;
      }
      const r = actionCheck(applyChanges(prev, changes), ctx, `rows[${i}].changes`);
      problems.push(...r.problems);
      if (r.action) pairs.push([prev, r.action]);
    });
    if (problems.length) refuse(problems);
    s.write((b) => pairs.forEach(([prev, next]) => writeAction(s, b, next, prev)));
    return pairs.map(([, next]) => next);
  }),

  'costOverrides.list': onSession<'costOverrides.list'>((s, { actionId }) => getAction(s, actionId, 'actionId').costOverrides),
  'costOverrides.create': onSession<'costOverrides.create'>((s, { actionId, override }) => {
    const a = updateOverrides(s, actionId, (list) => {
      if (list.some((o) => o.year === override.year)) {
        throw new ApiFailure('conflict', `Det finns redan en kostnadsjustering för år ${override.year}.`, 'override.year');
      }
      return [...list, override].sort((x, y) => x.year - y.year);
    });
    return a.costOverrides.find((o) => o.year === override.year)!;
  }),
  'costOverrides.update': onSession<'costOverrides.update'>((s, { actionId, year, changes }) => {
    const a = updateOverrides(s, actionId, (list) => {
      const i = findOverride(list, year);
      return list.map((o, j) => (j === i ? applyChanges(o, changes) : o));
    });
    return a.costOverrides.find((o) => o.year === year)!;
  }),
  'costOverrides.delete': onSession<'costOverrides.delete'>((s, { actionId, year }) => {
    updateOverrides(s, actionId, (list) => {
      const i = findOverride(list, year);
      return list.filter((_, j) => j !== i);
    });
    return { actionId, year };
  }),
} satisfies Partial<Handlers>;
