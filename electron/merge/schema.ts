// How the document's tables hang together, for the merge and for restoring changes: which rows
// go with their parent (owned), which references are cleared when it goes (nullable) and which
// keep it from going (required). Mirrors the foreign keys of migrations/0001_init.sql (and 0003) and what
// the services do on delete (services/actions.ts deleteAction, sectors.ts, scenarios.ts).
import type { MergeSchema, Reference } from '../../shared/merge/types';
import { KEYS, PLAN_TABLES, type PlanTableName } from '../document/tables';

export const REFERENCES: readonly Reference[] = [
  { table: 'baselines', column: 'sector_id', parent: 'sectors', kind: 'owned' },
  { table: 'baseline_points', column: 'sector_id', parent: 'baselines', kind: 'owned' },
  { table: 'actions', column: 'sector_id', parent: 'sectors', kind: 'required' },
  { table: 'cost_overrides', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'co_benefit_scores', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'action_commitments', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'action_tags', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'financing_entries', column: 'source_id', parent: 'financing_sources', kind: 'required' },
  { table: 'financing_entries', column: 'action_id', parent: 'actions', kind: 'nullable' },
  { table: 'scenario_statuses', column: 'scenario_id', parent: 'scenarios', kind: 'owned' },
  { table: 'scenario_actions', column: 'scenario_id', parent: 'scenarios', kind: 'owned' },
  { table: 'scenario_actions', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'actuals', column: 'action_id', parent: 'actions', kind: 'owned' },
  { table: 'observed_emissions', column: 'sector_id', parent: 'sectors', kind: 'owned' },
  { table: 'observed_points', column: 'sector_id', parent: 'observed_emissions', kind: 'owned' },
  { table: 'version_rows', column: 'version_id', parent: 'versions', kind: 'owned' },
  { table: 'scenario_start_years', column: 'scenario_id', parent: 'scenarios', kind: 'owned' },
  { table: 'scenario_start_years', column: 'action_id', parent: 'actions', kind: 'owned' },
];

export const ORDER_COLUMN = 'position';

export const MERGE_SCHEMA: MergeSchema = { tables: PLAN_TABLES, references: REFERENCES, orderColumn: ORDER_COLUMN };

/** Tables whose rows keep a list order, and the columns that say which list a row is in. */
export const ORDERED_LISTS: Partial<Record<PlanTableName, readonly string[]>> = {
  sectors: [],
  baselines: [],
  baseline_points: ['sector_id'],
  targets: [],
  actions: [],
  cost_overrides: ['action_id'],
  action_commitments: ['action_id'],
  action_tags: ['action_id'],
  financing_sources: [],
  financing_entries: [],
  commitments: [],
  scenarios: [],
  scenario_statuses: ['scenario_id'],
  scenario_actions: ['scenario_id', 'mode'],
  actuals: [],
  observed_emissions: [],
  observed_points: ['sector_id'],
  versions: [],
  scenario_start_years: ['scenario_id'],
};

export const isPlanTable = (t: string): t is PlanTableName => (PLAN_TABLES as readonly string[]).includes(t);

/** The key columns' values of a row id, or null when the id does not fit the table's key. */
export function keyValues(tbl: PlanTableName, rowId: string): unknown[] | null {
  const cols = KEYS[tbl] as readonly string[];
  if (cols.length === 1) return [rowId];
  try {
    const v: unknown = JSON.parse(rowId);
    return Array.isArray(v) && v.length === cols.length && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v : null;
  } catch {
    return null;
  }
}
