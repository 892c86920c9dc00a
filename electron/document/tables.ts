// Kysely's types for every table of the document (migrations/0001_init.sql, 0003_followup.sql). Column names are
// the SQL names; the store maps rows to the domain shape explicitly in read.ts/write.ts.
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface MetaTable {
  key: 'doc_id' | 'format_version' | 'min_reader_version' | 'app_version' | 'created_at';
  value: string;
}

export interface PlanTable {
  id: 'plan';
  municipality: string;
  municipality_code: string;
  title: string;
  start_year: number;
  end_year: number;
  price_base_year: number;
  discount_rate: number;
  carbon_value_sek_per_ton: number;
  money_unit: string;
}

export interface SectorsTable {
  id: string;
  position: number;
  name: string;
  is_sink: number;
  hidden: number;
}

export interface BaselinesTable {
  sector_id: string;
  position: number;
  annual_change: number;
}

export interface BaselinePointsTable {
  sector_id: string;
  year: number;
  position: number;
  tons_co2e: number;
}

export interface TargetsTable {
  id: string;
  position: number;
  name: string;
  year: number;
  scope: string;
  kind: string;
  reduction: number | null;
  reference_year: number | null;
  reference_tons_co2e: number | null;
  tons_co2e: number | null;
}

export interface CarbonBudgetTable {
  id: 'budget';
  from_year: number;
  tons_co2e: number;
  scope: string;
}

export interface ActionsTable {
  id: string;
  position: number;
  code: string;
  name: string;
  description: string | null;
  sector_id: string;
  owner: string;
  cost_bearer: string;
  status: string;
  start_year: number;
  implementation_years: number;
  effect_start_year: number | null;
  effect_end_year: number | null;
  ramp_years: number;
  effect_kind: string;
  effect_tons_per_year: number | null;
  effect_share: number | null;
  lifetime_years: number | null;
  earliest_start_year: number | null;
  latest_start_year: number | null;
  capex_sek: number;
  opex_sek_per_year: number;
  savings_sek_per_year: number;
  co_benefit_sek_per_year: number;
  notes: string;
  uncertainty_effect_low: number | null;
  uncertainty_effect_high: number | null;
  uncertainty_cost_low: number | null;
  uncertainty_cost_high: number | null;
  uncertainty_delay_max_years: number | null;
  uncertainty_probability: number | null;
}

/** The plan's uncertainty per status (migration 0003): a row only for a status it sets something for. */
export interface UncertaintyDefaultsTable {
  status: string;
  effect_low: number | null;
  effect_high: number | null;
  cost_low: number | null;
  cost_high: number | null;
  delay_max_years: number | null;
  probability: number | null;
}

export interface CostOverridesTable {
  action_id: string;
  year: number;
  position: number;
  capex_sek: number | null;
  opex_sek: number | null;
  savings_sek: number | null;
}

export interface CoBenefitScoresTable {
  action_id: string;
  category: string;
  score: number;
}

export interface ActionCommitmentsTable {
  action_id: string;
  commitment_id: string;
  position: number;
}

export interface ActionTagsTable {
  action_id: string;
  tag: string;
  position: number;
}

export interface FinancingSourcesTable {
  id: string;
  position: number;
  name: string;
  kind: string;
}

export interface FinancingEntriesTable {
  id: string;
  position: number;
  source_id: string;
  action_id: string | null;
  year: number;
  amount_sek: number;
  status: string;
}

export interface CommitmentsTable {
  id: string;
  position: number;
  level: string;
  progress: string | null;
  responsible: string | null;
  progress_note: string | null;
}

export interface ScenariosTable {
  id: string;
  position: number;
  name: string;
  delay_years: number;
  effect_factor: number;
  cost_factor: number;
}

export interface ScenarioStatusesTable {
  scenario_id: string;
  status: string;
  position: number;
}

export interface ScenarioActionsTable {
  scenario_id: string;
  action_id: string;
  mode: 'include' | 'exclude';
  position: number;
}

export interface ActualsTable {
  action_id: string;
  year: number;
  position: number;
  capex_sek: number | null;
  opex_sek: number | null;
  savings_sek: number | null;
  effect_tons_co2e: number | null;
  note: string | null;
}

export interface ObservedEmissionsTable {
  sector_id: string;
  position: number;
}

export interface ObservedPointsTable {
  sector_id: string;
  year: number;
  position: number;
  tons_co2e: number;
}

export interface VersionsTable {
  id: string;
  position: number;
  name: string;
  adopted_on: string;
  decision_ref: string | null;
  scenario_id: string;
  schema_version: number;
}

export interface VersionRowsTable {
  version_id: string;
  tbl: string;
  row_id: string;
  data: string;
}

export interface ScenarioStartYearsTable {
  scenario_id: string;
  action_id: string;
  year: number;
  position: number;
}

export interface ChangeLogTable {
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
}

export interface SavesTable {
  id: string;
  hlc: string;
  replica: string;
  user: string;
  app_version: string;
}

export interface DB {
  meta: MetaTable;
  plan: PlanTable;
  sectors: SectorsTable;
  baselines: BaselinesTable;
  baseline_points: BaselinePointsTable;
  targets: TargetsTable;
  carbon_budget: CarbonBudgetTable;
  actions: ActionsTable;
  cost_overrides: CostOverridesTable;
  co_benefit_scores: CoBenefitScoresTable;
  action_commitments: ActionCommitmentsTable;
  action_tags: ActionTagsTable;
  financing_sources: FinancingSourcesTable;
  financing_entries: FinancingEntriesTable;
  commitments: CommitmentsTable;
  scenarios: ScenariosTable;
  scenario_statuses: ScenarioStatusesTable;
  scenario_actions: ScenarioActionsTable;
  actuals: ActualsTable;
  observed_emissions: ObservedEmissionsTable;
  observed_points: ObservedPointsTable;
  versions: VersionsTable;
  version_rows: VersionRowsTable;
  scenario_start_years: ScenarioStartYearsTable;
  uncertainty_defaults: UncertaintyDefaultsTable;
  change_log: ChangeLogTable;
  saves: SavesTable;
}

export type TableName = keyof DB;
export type Row<T extends TableName> = Selectable<DB[T]>;
export type NewRow<T extends TableName> = Insertable<DB[T]>;
export type RowUpdate<T extends TableName> = Updateable<DB[T]>;

/** The key columns of each plan table: the change log names rows by these. */
export const KEYS = {
  meta: ['key'],
  plan: ['id'],
  sectors: ['id'],
  baselines: ['sector_id'],
  baseline_points: ['sector_id', 'year'],
  targets: ['id'],
  carbon_budget: ['id'],
  actions: ['id'],
  cost_overrides: ['action_id', 'year'],
  co_benefit_scores: ['action_id', 'category'],
  action_commitments: ['action_id', 'commitment_id'],
  action_tags: ['action_id', 'tag'],
  financing_sources: ['id'],
  financing_entries: ['id'],
  commitments: ['id'],
  scenarios: ['id'],
  scenario_statuses: ['scenario_id', 'status'],
  scenario_actions: ['scenario_id', 'mode', 'action_id'],
  actuals: ['action_id', 'year'],
  observed_emissions: ['sector_id'],
  observed_points: ['sector_id', 'year'],
  versions: ['id'],
  version_rows: ['version_id', 'tbl', 'row_id'],
  scenario_start_years: ['scenario_id', 'action_id'],
  uncertainty_defaults: ['status'],
  change_log: ['id'],
  saves: ['id'],
} as const satisfies { [T in TableName]: readonly (keyof DB[T] & string)[] };

/** The tables that hold the plan itself (what edits, undo and merge touch). */
export const PLAN_TABLES = [
  'plan',
  'sectors',
  'baselines',
  'baseline_points',
  'targets',
  'carbon_budget',
  'actions',
  'cost_overrides',
  'co_benefit_scores',
  'action_commitments',
  'action_tags',
  'financing_sources',
  'financing_entries',
  'commitments',
  'scenarios',
  'scenario_statuses',
  'scenario_actions',
  'actuals',
  'observed_emissions',
  'observed_points',
  'versions',
  'version_rows',
  'scenario_start_years',
  'uncertainty_defaults',
] as const satisfies readonly TableName[];
export type PlanTableName = (typeof PLAN_TABLES)[number];

/** The tables of a version's plan: the plan's own, without the versions themselves (DESIGN §8). */
export const VERSIONED_TABLES = PLAN_TABLES.filter((t) => t !== 'versions' && t !== 'version_rows');
