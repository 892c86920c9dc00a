// Writes a whole plan into an empty document (new plan, JSON import). Rows go in with one
// prepared statement per table, which keeps a 100 000-action import to seconds.
import { randomUUID } from 'node:crypto';
import type { Plan } from './domain';
import type { Insertable, InsertQueryBuilder } from 'kysely';
import { qb, run, statement, type Sqlite } from './db';
import { LATEST_VERSION } from './migrate';
import {
  ACTION_CHILD_TABLES,
  actionChildRows,
  actionToRow,
  actualToRow,
  baselinePointRows,
  baselineToRow,
  carbonBudgetToRow,
  commitmentToRow,
  entryToRow,
  observedPointRows,
  observedToRow,
  planToRow,
  scenarioChildRows,
  scenarioToRow,
  sectorToRow,
  sourceToRow,
  targetToRow,
  uncertaintyDefaultsRows,
} from './rows';
import type { DB, MetaTable, Row, TableName } from './tables';

export const APP_VERSION = '0.1.0';

/**
 * Inserts rows that all have the same columns: kysely compiles the statement once from the
 * first row (its parameters follow the columns' order) and every row reuses it.
 */
export function insertMany<T extends TableName>(db: Sqlite, table: T, rows: readonly Insertable<DB[T]>[]): void {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]) as (keyof (typeof rows)[0])[];
  const sql = (qb.insertInto(table) as unknown as InsertQueryBuilder<DB, T, object>).values(rows[0] as never).compile().sql;
  const stmt = statement(db, sql);
  for (const row of rows) stmt.run(...cols.map((c) => row[c]));
}

export function writeMeta(db: Sqlite, docId: string = randomUUID()): void {
  const meta: [string, string][] = [
    ['doc_id', docId],
    ['format_version', String(LATEST_VERSION)],
    ['min_reader_version', String(LATEST_VERSION)],
    ['app_version', APP_VERSION],
    ['created_at', new Date().toISOString()],
  ];
  for (const [key, value] of meta) {
    run(
      db,
      qb
        .insertInto('meta')
        .values({ key: key as MetaTable['key'], value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
    );
  }
}

/** Writes every row of `plan` into an empty, migrated document (the caller holds the transaction). */
export function insertPlan(db: Sqlite, plan: Plan): void {
  insertMany(db, 'plan', [planToRow(plan.plan)]);
  insertMany(db, 'sectors', plan.sectors.map(sectorToRow));
  insertMany(db, 'baselines', plan.baseline.map(baselineToRow));
  insertMany(db, 'baseline_points', plan.baseline.flatMap(baselinePointRows));
  insertMany(db, 'targets', plan.targets.map(targetToRow));
  if (plan.carbonBudget) insertMany(db, 'carbon_budget', [carbonBudgetToRow(plan.carbonBudget)]);
  insertMany(db, 'financing_sources', plan.financingSources.map(sourceToRow));
  insertMany(db, 'actions', plan.actions.map(actionToRow));
  const children = plan.actions.map(actionChildRows);
  for (const table of ACTION_CHILD_TABLES)
    insertMany(
      db,
      table,
      children.flatMap((c) => c[table] as Row<typeof table>[]),
    );
  insertMany(db, 'financing_entries', plan.financing.map(entryToRow));
  insertMany(db, 'commitments', plan.commitments.map(commitmentToRow));
  insertMany(db, 'scenarios', plan.scenarios.map(scenarioToRow));
  const lists = plan.scenarios.map(scenarioChildRows);
  insertMany(
    db,
    'scenario_statuses',
    lists.flatMap((l) => l.scenario_statuses),
  );
  insertMany(
    db,
    'scenario_actions',
    lists.flatMap((l) => l.scenario_actions),
  );
  insertMany(db, 'actuals', (plan.actuals ?? []).map(actualToRow));
  insertMany(db, 'observed_emissions', (plan.observedEmissions ?? []).map(observedToRow));
  insertMany(db, 'observed_points', (plan.observedEmissions ?? []).flatMap(observedPointRows));
  insertMany(
    db,
    'scenario_start_years',
    lists.flatMap((l) => l.scenario_start_years),
  );
  insertMany(db, 'uncertainty_defaults', uncertaintyDefaultsRows(plan.uncertaintyDefaults));
}
