// The field registry: one entry per field of every entity of the plan (see field.ts). Every
// table of the document that holds plan content has its entity here, so the change log's
// (table, column) finds the field's words, and a test holds the SQL schema to these entries.
import { action, actionCommitment, actionTag, coBenefitScore, costOverride } from './actions';
import { sqlColumnsOf, type Entity } from './entity';
import type { FieldSpec } from './field';
import { rangeProblem } from '../schema/messages';
import { commitmentChoice, financingEntry, financingSource } from './financing';
import { actual, observedEmission, observedPoint, version, versionRow } from './followup';
import { baseline, baselinePoint, carbonBudget, planSettings, sector, target } from './plan';
import { scenario, scenarioAction, scenarioStartYear, scenarioStatus } from './scenarios';
import { actionUncertainty, uncertaintyDefault } from './uncertainty';

export { action, actionCommitment, actionTag, coBenefitScore, costOverride } from './actions';
export { commitmentChoice, financingEntry, financingSource } from './financing';
export { ACTUAL_FIGURES, actual, observedEmission, observedPoint, version, versionRow, type ActualFigure } from './followup';
export { baseline, baselinePoint, carbonBudget, planSettings, sector, target } from './plan';
export { scenario, scenarioAction, scenarioStartYear, scenarioStatus } from './scenarios';
export { actionUncertainty, uncertaintyDefault, uncertaintyDefaultsSchema, uncertaintyRangesSchema } from './uncertainty';

export const ENTITIES: readonly Entity[] = [
  planSettings,
  sector,
  baseline,
  baselinePoint,
  target,
  carbonBudget,
  action,
  costOverride,
  coBenefitScore,
  actionCommitment,
  actionTag,
  financingSource,
  financingEntry,
  commitmentChoice,
  scenario,
  scenarioStatus,
  scenarioAction,
  actual,
  observedEmission,
  observedPoint,
  version,
  versionRow,
  scenarioStartYear,
  actionUncertainty,
  uncertaintyDefault,
];

const byTable = new Map<string, Entity>(ENTITIES.filter((e) => e.table).map((e) => [e.table!, e]));

/** The entity whose rows live in `table`. */
export function entityOfTable(table: string): Entity | undefined {
  return byTable.get(table);
}

/** The field stored in `table`.`column`. */
export function fieldOfColumn(table: string, column: string): FieldSpec | undefined {
  const e = byTable.get(table);
  if (!e) return undefined;
  for (const c of sqlColumnsOf(e.fields)) if (c.column === column) return c.spec;
  return undefined;
}

const byKey = new Map<string, FieldSpec>();
for (const e of ENTITIES) for (const [key, spec] of Object.entries(e.fields)) if (!byKey.has(key)) byKey.set(key, spec);

/** The field an input key names, where the registry has one (the first entity's, in order). */
export function fieldOfKey(key: string): FieldSpec | undefined {
  return byKey.get(key);
}

/** "Investeringen" for `capexSek`: how a refusal names an input field of that key. */
export function subjectOfKey(key: string): string {
  return byKey.get(key)?.subject.sv ?? `Fältet "${key}"`;
}

/** Why `v` is refused for the field of input key `key`, or null (see schema/messages.ts). */
export function rangeProblemOfKey(key: string, v: unknown): string | null {
  const spec = byKey.get(key);
  return rangeProblem({ subject: spec?.subject.sv ?? `Fältet "${key}"`, range: spec?.range, unit: spec?.unit }, v);
}
