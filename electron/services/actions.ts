// actions.* and costOverrides.*: every change to an action is validated whole (schema and rules)
// and written as a diff of its row and its lists, so the change log holds exactly what changed.
import { randomUUID } from 'node:crypto';
import { blankAction } from '../../shared/domain/defaults';
import type { Action, CostOverride } from '../../shared/domain/types';
import { actionSchema } from '../../shared/schema/entities';
import { actionProblems, actionYearsOutsidePlan, type ActionContext } from '../../shared/schema/rules';
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
import { deleteActuals } from './followup';
import { applyChanges, notFound, refuse, refuseIf } from './validate';
import { problemsFromZod } from '../../shared/schema/problems';

/** What a written action is checked against: the sectors, and the plan's axis for its years. */
interface WriteContext extends ActionContext {
  axis: { startYear: number; endYear: number };
}

function sectorContext(s: Session): WriteContext {
  const sectors = new Map(all(s.db, qb.selectFrom('sectors').selectAll()).map((r) => [r.id, sectorFromRow(r)]));
  return { sector: (id) => sectors.get(id), axis: readPlanSettings(s.db) };
}

export function getAction(s: Session, id: string, path = 'id'): Action {
  const [a] = readActions(s.db, id);
  if (!a) throw notFound('Åtgärden', id, path);
  return a;
}

/** Problems of `candidate` as a whole action written over `prev` (or new), reported under `base`. */
function actionCheck(candidate: unknown, ctx: WriteContext, base: string, prev?: Action): { action?: Action; problems: Problem[] } {
  const parsed = actionSchema.safeParse(candidate);
  if (!parsed.success) return { problems: problemsFromZod(parsed.error, base) };
  const problems = [...actionProblems(parsed.data, ctx, base), ...actionYearsOutsidePlan(parsed.data, prev, ctx.axis, base)];
  return { action: parsed.data, problems };
}

function validAction(candidate: unknown, ctx: WriteContext, base: string, prev?: Action): Action {
  const { action, problems } = actionCheck(candidate, ctx, base, prev);
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
  const startYear = Math.min(Math.max(plan.startYear, new Date().getFullYear()), plan.endYear);
  // Its kind, absolute, needs tonnes per year to be a valid action: none yet.
  return { ...blankAction({ id, name: 'Ny åtgärd', sectorId: sector?.id ?? '', startYear }), effectTonsPerYear: 0 };
}

/** Removes an action and what hangs on it (its actuals too); financing entries stay, without the action. */
export function deleteAction(s: Session, b: Batch, id: string): void {
  for (const table of ACTION_CHILD_TABLES) {
    for (const r of all(s.db, qb.selectFrom(table).selectAll().where('action_id', '=', id))) b.delete(table, rowIdOf(table, r));
  }
  for (const r of all(s.db, qb.selectFrom('scenario_actions').selectAll().where('action_id', '=', id))) {
    b.delete('scenario_actions', rowIdOf('scenario_actions', r));
  }
  for (const r of all(s.db, qb.selectFrom('scenario_start_years').selectAll().where('action_id', '=', id))) {
    b.delete('scenario_start_years', rowIdOf('scenario_start_years', r));
  }
  for (const r of all(s.db, qb.selectFrom('financing_entries').select('id').where('action_id', '=', id))) {
    b.update('financing_entries', r.id, { action_id: null });
  }
  // Its outcomes go with it, in the same step (the app asks first: DESIGN §8).
  deleteActuals(s, b, id);
  b.delete('actions', id);
}

function updateOverrides(s: Session, actionId: string, change: (list: CostOverride[]) => CostOverride[]): Action {
  const prev = getAction(s, actionId, 'actionId');
  const next = validAction({ ...prev, costOverrides: change(prev.costOverrides) }, sectorContext(s), 'action', prev);
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
    const next = validAction(applyChanges(prev, changes), sectorContext(s), 'changes', prev);
    s.write((b) => writeAction(s, b, next, prev));
    return next;
  }),
  'actions.delete': onSession<'actions.delete'>((s, { id }) => {
    getAction(s, id);
    s.write((b) => deleteAction(s, b, id));
    return { id };
  }),
  'actions.patch': onSession<'actions.patch'>((s, { rows, create = [] }) => {
    const ctx = sectorContext(s);
    const problems: Problem[] = [];
    const pairs: [Action, Action][] = [];
    const seen = new Set<string>();
    rows.forEach(({ id, changes }, i) => {
      const [prev] = readActions(s.db, id);
      if (!prev) {
        problems.push({ path: `rows[${i}].id`, message: `Åtgärden "${id}" finns inte i planen.` });
        return;
      }
      if (seen.has(id)) problems.push({ path: `rows[${i}].id`, message: `Åtgärden "${id}" finns mer än en gång i ändringen.` });
      seen.add(id);
      const r = actionCheck(applyChanges(prev, changes), ctx, `rows[${i}].changes`, prev);
      problems.push(...r.problems);
      if (r.action) pairs.push([prev, r.action]);
    });
    const created: Action[] = [];
    create.forEach(({ id, values }, i) => {
      const newId = id ?? randomUUID();
      if (seen.has(newId) || first(s.db, qb.selectFrom('actions').select('id').where('id', '=', newId))) {
        problems.push({ path: `create[${i}].id`, message: `Det finns redan en åtgärd med id "${newId}".` });
      }
      seen.add(newId);
      const r = actionCheck(applyChanges(defaultAction(s, newId), values), ctx, `create[${i}].values`);
      problems.push(...r.problems);
      if (r.action) created.push(r.action);
    });
    if (problems.length) refuse(problems);
    s.write((b) => {
      pairs.forEach(([prev, next]) => writeAction(s, b, next, prev));
      created.forEach((next) => writeAction(s, b, next));
    });
    return [...pairs.map(([, next]) => next), ...created];
  }),
  'actions.deleteMany': onSession<'actions.deleteMany'>((s, { ids }) => {
    ids.forEach((id, i) => getAction(s, id, `ids[${i}]`));
    const unique = [...new Set(ids)];
    s.write((b) => unique.forEach((id) => deleteAction(s, b, id)));
    return { ids: unique };
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
