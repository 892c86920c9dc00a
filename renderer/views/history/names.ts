// The change log speaks the store's language (`actions`, `carbon_value_sek_per_ton`); people
// read the plan's: tables by their view names, columns by the field table's labels.
import { FIELDS, type FieldKey } from '../../../shared/domain/fields';
import type { Locale } from '../../../shared/format/number';

const TABLES: Record<string, { sv: string; en: string }> = {
  document: { sv: 'Dokument', en: 'Document' },
  plan: { sv: 'Plan', en: 'Plan' },
  sectors: { sv: 'Sektorer', en: 'Sectors' },
  baselines: { sv: 'Basscenario', en: 'Baseline' },
  baseline_points: { sv: 'Basscenario, punkter', en: 'Baseline points' },
  targets: { sv: 'Mål', en: 'Targets' },
  carbon_budget: { sv: 'Koldioxidbudget', en: 'Carbon budget' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  cost_overrides: { sv: 'Justerade kostnader', en: 'Cost overrides' },
  co_benefit_scores: { sv: 'Multipla nyttor', en: 'Co-benefits' },
  action_commitments: { sv: 'Åtgärdernas åtaganden', en: 'Action commitments' },
  action_tags: { sv: 'Taggar', en: 'Tags' },
  financing_sources: { sv: 'Finansieringskällor', en: 'Financing sources' },
  financing_entries: { sv: 'Finansiering', en: 'Financing' },
  commitments: { sv: 'Åtaganden', en: 'Commitments' },
  scenarios: { sv: 'Scenarier', en: 'Scenarios' },
  scenario_statuses: { sv: 'Scenariernas statusar', en: 'Scenario statuses' },
  scenario_actions: { sv: 'Scenariernas åtgärder', en: 'Scenario actions' },
};

export function tableName(table: string, locale: Locale): string {
  return TABLES[table]?.[locale] ?? table;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** `carbon_value_sek_per_ton` → "Koldioxidvärdet"; unknown columns as they are. */
export function columnName(column: string, locale: Locale): string {
  const key = camel(column);
  return key in FIELDS ? FIELDS[key as FieldKey][locale] : column;
}

/** Year columns show 2021, never the grouped 2 021. */
export function isYearColumn(column: string): boolean {
  const key = camel(column);
  return /(^|_)year$/.test(column) || (key in FIELDS && FIELDS[key as FieldKey].range === 'year');
}
