// The rows a write touched, read back as they are now: the delta an answer carries (see
// shared/api/frame.ts). Child rows (an action's cost overrides, a scenario's members) count as
// a change of their parent; a parent that no longer exists is reported deleted.
import { actualKey, rowKey, type Collection, type PlanDelta, type RowOf } from '../../shared/api/frame';
import { all, first, qb, type Sqlite } from './db';
import { readActions, readBaselines, readObserved, readPlanSettings, readScenarios } from './read';
import {
  actualFromRow,
  carbonBudgetFromRow,
  commitmentFromRow,
  entryFromRow,
  sectorFromRow,
  sourceFromRow,
  targetFromRow,
  uncertaintyDefaultsFromRows,
} from './rows';
import type { PlanTableName, Row } from './tables';
import type { Touched } from './touched';

/** Where a table's rows belong: a collection and the column naming the row of it, or a singleton. */
// Every plan table must be named (the type says so): a table left out would change the plan
// without the renderer hearing of it.
// Versions are kept apart from the plan (versions.ts): the plan snapshot does not hold them.
type Owner = readonly [Collection, string] | 'settings' | 'carbonBudget' | 'uncertaintyDefaults' | 'actuals' | 'observed' | 'apart';
const OWNER: Record<PlanTableName, Owner> = {
  plan: 'settings',
  carbon_budget: 'carbonBudget',
  uncertainty_defaults: 'uncertaintyDefaults',
  sectors: ['sectors', 'id'],
  baselines: ['baseline', 'sector_id'],
  baseline_points: ['baseline', 'sector_id'],
  targets: ['targets', 'id'],
  actions: ['actions', 'id'],
  cost_overrides: ['actions', 'action_id'],
  co_benefit_scores: ['actions', 'action_id'],
  action_commitments: ['actions', 'action_id'],
  action_tags: ['actions', 'action_id'],
  financing_sources: ['financingSources', 'id'],
  financing_entries: ['financing', 'id'],
  commitments: ['commitments', 'id'],
  scenarios: ['scenarios', 'id'],
  scenario_statuses: ['scenarios', 'scenario_id'],
  scenario_actions: ['scenarios', 'scenario_id'],
  scenario_start_years: ['scenarios', 'scenario_id'],
  actuals: 'actuals',
  observed_emissions: 'observed',
  observed_points: 'observed',
  versions: 'apart',
  version_rows: 'apart',
};

/** Each collection's own table (its rows have the position) and key column. */
const OWN_TABLE = {
  sectors: ['sectors', 'id'],
  baseline: ['baselines', 'sector_id'],
  targets: ['targets', 'id'],
  actions: ['actions', 'id'],
  financingSources: ['financing_sources', 'id'],
  financing: ['financing_entries', 'id'],
  commitments: ['commitments', 'id'],
  scenarios: ['scenarios', 'id'],
} as const satisfies Record<Collection, readonly [string, string]>;

/** Above this many rows a list is read whole and filtered, rather than row by row. */
const FEW = 200;

/** The keys of a collection's rows in the plan's order. */
function keysInOrder(db: Sqlite, c: Collection): string[] {
  const [table, key] = OWN_TABLE[c];
  // One query shape for every list: the table and key column come from OWN_TABLE above.
  const q = qb
    .selectFrom(table as 'sectors')
    .select(key as 'id')
    .orderBy('position');
  return all(db, q).map((r) => String(r.id));
}

function pick<T>(list: T[], keyOf: (t: T) => string, keys: Set<string>): T[] {
  return list.filter((t) => keys.has(keyOf(t)));
}

type IdTable = 'sectors' | 'targets' | 'financing_sources' | 'financing_entries' | 'commitments';

/** Rows of a plain table (no lists of their own) with these ids, in the plan's order. */
function plain<T extends IdTable, R extends { id: string }>(db: Sqlite, table: T, from: (r: Row<T>) => R, keys: Set<string>): R[] {
  let q = qb
    .selectFrom(table as IdTable)
    .selectAll()
    .orderBy('position');
  if (keys.size <= FEW) q = q.where('id', 'in', [...keys]);
  return pick(
    all(db, q).map((r) => from(r as Row<T>)),
    (r) => r.id,
    keys,
  );
}

/** The rows of `c` with these keys, as they are now, in the plan's order. */
function readRows<C extends Collection>(db: Sqlite, c: C, keys: Set<string>): RowOf<C>[] {
  const rows = (): unknown[] => {
    switch (c) {
      case 'actions': {
        if (keys.size > FEW) return pick(readActions(db), (a) => a.id, keys);
        const ids = all(
          db,
          qb
            .selectFrom('actions')
            .select('id')
            .where('id', 'in', [...keys])
            .orderBy('position'),
        ).map((r) => r.id);
        return ids.flatMap((id) => readActions(db, id));
      }
      case 'baseline':
        return pick(readBaselines(db), (b) => b.sectorId, keys);
      case 'scenarios':
        return pick(readScenarios(db), (s) => s.id, keys);
      case 'sectors':
        return plain(db, 'sectors', sectorFromRow, keys);
      case 'targets':
        return plain(db, 'targets', targetFromRow, keys);
      case 'financingSources':
        return plain(db, 'financing_sources', sourceFromRow, keys);
      case 'financing':
        return plain(db, 'financing_entries', entryFromRow, keys);
      case 'commitments':
        return plain(db, 'commitments', commitmentFromRow, keys);
    }
    return [];
  };
  return rows() as RowOf<C>[];
}

/** True when the rows new to the list are exactly its last rows, in order: the renderer appends them. */
function appendedAtEnd(order: string[], inserted: string[]): boolean {
  if (inserted.length > order.length) return false;
  const tail = order.slice(order.length - inserted.length);
  return tail.every((id, i) => id === inserted[i]);
}

/** The touched actuals as they are now, and the keys of those no longer there (DESIGN §8). */
function actualsNow(db: Sqlite, keys: { actionId: string; year: number }[]): NonNullable<PlanDelta['actuals']> {
  const want = new Map(keys.map((k) => [actualKey(k), k]));
  const q = qb.selectFrom('actuals').selectAll().orderBy('position');
  const ids = [...new Set(keys.map((k) => k.actionId))];
  const found = all(db, ids.length <= FEW ? q.where('action_id', 'in', ids) : q)
    .map(actualFromRow)
    .filter((a) => want.has(actualKey(a)));
  const have = new Set(found.map(actualKey));
  return { rows: found, deleted: [...want.keys()].filter((k) => !have.has(k)) };
}

/** What the touched rows now are. */
export function planDelta(db: Sqlite, touched: Touched): PlanDelta {
  const delta: PlanDelta = { rows: {}, deleted: {}, order: {} };
  const keys = new Map<Collection, Set<string>>();
  const inserted = new Map<Collection, Set<string>>();
  const moved = new Set<Collection>();
  for (const [table, rows] of touched.tables) {
    const owner = OWNER[table as PlanTableName];
    if (!owner || owner === 'apart') continue;
    if (owner === 'actuals') {
      delta.actuals = actualsNow(
        db,
        [...rows.values()].map((t) => ({ actionId: String(t.row.action_id), year: Number(t.row.year) })),
      );
      continue;
    }
    if (owner === 'observed') {
      delta.observedEmissions = readObserved(db);
      continue;
    }
    if (owner === 'settings') {
      delta.settings = readPlanSettings(db);
      continue;
    }
    if (owner === 'carbonBudget') {
      const b = first(db, qb.selectFrom('carbon_budget').selectAll());
      delta.carbonBudget = b ? carbonBudgetFromRow(b) : null;
      continue;
    }
    if (owner === 'uncertaintyDefaults') {
      delta.uncertaintyDefaults = uncertaintyDefaultsFromRows(all(db, qb.selectFrom('uncertainty_defaults').selectAll())) ?? null;
      continue;
    }
    const [c, column] = owner;
    let set = keys.get(c);
    if (!set) keys.set(c, (set = new Set()));
    const own = OWN_TABLE[c][0] === table;
    for (const t of rows.values()) {
      const key = String(t.row[column]);
      set.add(key);
      if (own && t.op === 'insert') {
        let ins = inserted.get(c);
        if (!ins) inserted.set(c, (ins = new Set()));
        ins.add(key);
      }
      if (own && t.moved) moved.add(c);
    }
  }
  for (const [c, set] of keys) {
    const rows = readRows(db, c, set);
    const found = new Set(rows.map((r) => rowKey(c, r)));
    const deleted = [...set].filter((k) => !found.has(k));
    if (rows.length) (delta.rows as Record<Collection, unknown[]>)[c] = rows;
    if (deleted.length) delta.deleted[c] = deleted;
    const ins = [...(inserted.get(c) ?? [])].filter((k) => found.has(k));
    if (ins.length || moved.has(c)) {
      const order = keysInOrder(db, c);
      const insertedInOrder = order.filter((k) => inserted.get(c)?.has(k));
      if (moved.has(c) || !appendedAtEnd(order, insertedInOrder)) delta.order[c] = order;
    }
  }
  return delta;
}
