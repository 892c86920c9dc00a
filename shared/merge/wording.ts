// Changes in words, as the History view, the merge review and the CLI show them:
// "Investering för T-01 Elbussar: 12 000 tkr → 15 000 tkr". The log speaks the store's
// language (tables, columns, whole kronor); people read the plan's. Pure: a column's label, unit
// and value labels come from the field registry (shared/fields), names of the plan's things
// from a NameBook the caller fills.
import type { MoneyUnit } from '../domain/ids';
import { formatMoneyWithUnit, formatNumber, formatPercent, type Locale } from '../format/number';
import { CO_BENEFIT_LABELS, COMMITMENT_LABELS, LEVEL_LABELS, SECTOR_LABELS, STATUS_LABELS } from '../i18n/labels';
import { fieldOfColumn } from '../fields';
import type { FieldSpec } from '../fields/field';

/** Display names by table and id: `actions` → "T-01 Elbussar", `sectors` → "Transporter"… */
export type NameBook = Record<string, Record<string, string>>;

export interface Wording {
  locale: Locale;
  moneyUnit: MoneyUnit;
  names: NameBook;
}

export interface ChangeLike {
  table: string;
  rowId: string;
  /** '' for a whole row. */
  column: string;
  op: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

type Text = { sv: string; en: string };
type LabelTable = Readonly<Record<string, Text>>;

/** Columns that are not fields of the registry: the order of a list. */
const ORDER: Text = { sv: 'Ordning', en: 'Order' };

/** The field's label, as the registry gives it: "Investering", "Målnivå". */
export function columnLabel(table: string, column: string, locale: Locale): string {
  if (column === 'position') return ORDER[locale];
  return fieldOfColumn(table, column)?.label[locale] ?? column;
}

const REFS: Record<string, string> = { sector_id: 'sectors', source_id: 'financing_sources', action_id: 'actions', scenario_id: 'scenarios' };

const MAX_TEXT = 80;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

function label(table: LabelTable, key: unknown, locale: Locale): string {
  return table[String(key)]?.[locale] ?? String(key);
}

/** The name of a thing of the plan: from the name book, a default sector's label, or its id. */
export function nameOf(w: Wording, table: string, id: string): string {
  const n = w.names[table]?.[id];
  if (n) return n;
  if (table === 'sectors' && id in SECTOR_LABELS) return SECTOR_LABELS[id as keyof typeof SECTOR_LABELS][w.locale];
  return id;
}

/** One field's value as people read it: `12 000 tkr`, `3,5 %`, `Beslutad`, `Transporter`. */
export function formatValue(table: string, column: string, value: unknown, w: Wording): string {
  const { locale } = w;
  if (value === null || value === undefined) return column === 'action_id' ? (locale === 'sv' ? 'ingen åtgärd' : 'no action') : '–';
  const spec = fieldOfColumn(table, column);
  if (spec?.valueLabels && column !== 'mode') return label(spec.valueLabels, value, locale);
  if (column in REFS && typeof value === 'string') return nameOf(w, REFS[column], value);
  if (typeof value === 'number') return spec ? formatNumberOf(spec, value, w) : formatNumber(value, locale, 3);
  if (typeof value === 'string') return column === 'mode' ? modeLabel(value, locale) : clip(value);
  return clip(JSON.stringify(value));
}

/** A number in the field's unit: money in the plan's, per cent, years, tonnes, a flag, a score. */
function formatNumberOf(spec: FieldSpec, value: number, w: Wording): string {
  const { locale } = w;
  const sv = locale === 'sv';
  if (spec.money) return formatMoneyWithUnit(value, w.moneyUnit, locale);
  if (spec.kind === 'bool') return value ? (sv ? 'ja' : 'yes') : sv ? 'nej' : 'no';
  if (spec.range === 'year') return String(value);
  if (spec.range === 'coBenefitScore') return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
  switch (spec.unit) {
    case '%':
      return formatPercent(value, locale, 2);
    case 'år':
      return `${value} ${sv ? 'år' : value === 1 ? 'year' : 'years'}`;
    case 't/år':
      return `${formatNumber(value, locale, 1)} t/${sv ? 'år' : 'yr'}`;
    case 't':
      return `${formatNumber(value, locale, 1)} t`;
    case 'kr/t':
      return `${formatNumber(value, locale)} kr/t`;
    default:
      return formatNumber(value, locale, 3);
  }
}

const modeLabel = (mode: string, locale: Locale) =>
  mode === 'include' ? (locale === 'sv' ? 'inkluderade' : 'included') : locale === 'sv' ? 'exkluderade' : 'excluded';

function keyParts(rowId: string): unknown[] {
  try {
    const v: unknown = JSON.parse(rowId);
    return Array.isArray(v) ? v : [rowId];
  } catch {
    return [rowId];
  }
}

/**
 * The thing a row is, named for a sentence: what an update is "for" ("T-01 Elbussar år 2027"),
 * and what an insert adds ("kostnadsjusteringen 2027 för T-01 Elbussar").
 */
function subject(table: string, rowId: string, row: Record<string, unknown> | null, w: Wording): { of: string; thing: string } {
  const sv = w.locale === 'sv';
  const [a, b, c] = keyParts(rowId).map(String);
  const action = (id: string) => nameOf(w, 'actions', id);
  const pick = (s: string, e: string) => (sv ? s : e);
  switch (table) {
    case 'plan':
      return { of: pick('planen', 'the plan'), thing: pick('planen', 'the plan') };
    case 'sectors':
      return {
        of: pick(`sektorn ${nameOf(w, 'sectors', rowId)}`, `sector ${nameOf(w, 'sectors', rowId)}`),
        thing: pick(`sektorn ${nameOf(w, 'sectors', rowId)}`, `sector ${nameOf(w, 'sectors', rowId)}`),
      };
    case 'baselines': {
      const s = nameOf(w, 'sectors', rowId);
      return { of: pick(`basscenariot för ${s}`, `the baseline of ${s}`), thing: pick(`basscenariot för ${s}`, `the baseline of ${s}`) };
    }
    case 'baseline_points': {
      const s = nameOf(w, 'sectors', a);
      return {
        of: pick(`basscenariot för ${s} år ${b}`, `the baseline of ${s} in ${b}`),
        thing: pick(`punkten ${b} i basscenariot för ${s}`, `the ${b} point of the baseline of ${s}`),
      };
    }
    case 'targets':
      return {
        of: pick(`målet ${nameOf(w, 'targets', rowId)}`, `target ${nameOf(w, 'targets', rowId)}`),
        thing: pick(`målet ${nameOf(w, 'targets', rowId)}`, `target ${nameOf(w, 'targets', rowId)}`),
      };
    case 'carbon_budget':
      return { of: pick('koldioxidbudgeten', 'the carbon budget'), thing: pick('koldioxidbudgeten', 'the carbon budget') };
    case 'actions':
      return { of: action(rowId), thing: pick(`åtgärden ${action(rowId)}`, `action ${action(rowId)}`) };
    case 'cost_overrides':
      return {
        of: `${action(a)} ${pick('år', 'in')} ${b}`,
        thing: pick(`kostnadsjusteringen ${b} för ${action(a)}`, `the ${b} cost override of ${action(a)}`),
      };
    case 'co_benefit_scores': {
      const cat = label(CO_BENEFIT_LABELS, b, w.locale);
      const score = row && typeof row.score === 'number' ? ` (${formatValue(table, 'score', row.score, w)})` : '';
      return {
        of: `${action(a)}, ${cat.toLowerCase()}`,
        thing: pick(`den multipla nyttan ${cat}${score} för ${action(a)}`, `the co-benefit ${cat}${score} of ${action(a)}`),
      };
    }
    case 'action_commitments': {
      const com = label(COMMITMENT_LABELS, b, w.locale);
      return { of: action(a), thing: pick(`åtagandet ${com} för ${action(a)}`, `commitment ${com} for ${action(a)}`) };
    }
    case 'action_tags':
      return { of: action(a), thing: pick(`taggen ${b} för ${action(a)}`, `tag ${b} for ${action(a)}`) };
    case 'financing_sources': {
      const n = nameOf(w, 'financing_sources', rowId);
      return { of: pick(`finansieringskällan ${n}`, `financing source ${n}`), thing: pick(`finansieringskällan ${n}`, `financing source ${n}`) };
    }
    case 'financing_entries': {
      const n = nameOf(w, 'financing_entries', rowId);
      return { of: pick(`finansieringsposten ${n}`, `financing entry ${n}`), thing: pick(`finansieringsposten ${n}`, `financing entry ${n}`) };
    }
    case 'commitments': {
      const com = label(COMMITMENT_LABELS, rowId, w.locale);
      const level = row && row.level ? ` ${label(LEVEL_LABELS, row.level, w.locale)}` : '';
      return { of: pick(`åtagandet ${com}`, `commitment ${com}`), thing: pick(`nivån${level} för åtagandet ${com}`, `level${level} of commitment ${com}`) };
    }
    case 'scenarios': {
      const n = nameOf(w, 'scenarios', rowId);
      return { of: pick(`scenariot ${n}`, `scenario ${n}`), thing: pick(`scenariot ${n}`, `scenario ${n}`) };
    }
    case 'scenario_statuses': {
      const n = nameOf(w, 'scenarios', a);
      const st = label(STATUS_LABELS, b, w.locale);
      return { of: pick(`scenariot ${n}`, `scenario ${n}`), thing: pick(`statusen ${st} i scenariot ${n}`, `status ${st} in scenario ${n}`) };
    }
    case 'scenario_start_years': {
      const n = nameOf(w, 'scenarios', a);
      const year = row && typeof row.year === 'number' ? ` (${row.year})` : '';
      return {
        of: pick(`${action(b)} i scenariot ${n}`, `${action(b)} in scenario ${n}`),
        thing: pick(`ett flyttat startår${year} för ${action(b)} i scenariot ${n}`, `a moved start year${year} of ${action(b)} in scenario ${n}`),
      };
    }
    case 'uncertainty_defaults': {
      const st = label(STATUS_LABELS, rowId, w.locale).toLowerCase();
      return { of: pick(`status ${st}`, `status ${st}`), thing: pick(`osäkerheten för status ${st}`, `the uncertainty of status ${st}`) };
    }
    case 'scenario_actions': {
      const n = nameOf(w, 'scenarios', a);
      return {
        of: pick(`scenariot ${n}`, `scenario ${n}`),
        thing: pick(`${action(c)} bland de ${modeLabel(b, 'sv')} i scenariot ${n}`, `${action(c)} among the ${modeLabel(b, 'en')} of scenario ${n}`),
      };
    }
    case 'actuals':
      return {
        of: pick(`utfall ${b} för ${action(a)}`, `actual ${b} of ${action(a)}`),
        thing: pick(`utfallet ${b} för ${action(a)}`, `the ${b} actual of ${action(a)}`),
      };
    case 'observed_emissions': {
      const s = nameOf(w, 'sectors', rowId);
      return {
        of: pick(`observerade utsläpp för ${s}`, `observed emissions of ${s}`),
        thing: pick(`de observerade utsläppen för ${s}`, `the observed emissions of ${s}`),
      };
    }
    case 'observed_points': {
      const s = nameOf(w, 'sectors', a);
      return {
        of: pick(`${s} år ${b}`, `${s} in ${b}`),
        thing: pick(`punkten ${b} i de observerade utsläppen för ${s}`, `the ${b} point of the observed emissions of ${s}`),
      };
    }
    case 'versions': {
      const n = nameOf(w, 'versions', rowId);
      return { of: pick(`versionen ${n}`, `version ${n}`), thing: pick(`versionen ${n}`, `version ${n}`) };
    }
    default:
      return { of: rowId, thing: `${table} ${rowId}` };
  }
}

const asRow = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a field is, for a heading: "Investering för T-01 Elbussar". */
export function describeField(table: string, rowId: string, column: string, w: Wording): string {
  return `${columnLabel(table, column, w.locale)} ${w.locale === 'sv' ? 'för' : 'of'} ${subject(table, rowId, null, w).of}`;
}

/** What a row is, for a heading: "Åtgärden T-01 Elbussar", "Taggen buss för T-01 Elbussar". */
export function describeRow(table: string, rowId: string, w: Wording, row: Record<string, unknown> | null = null): string {
  return capital(subject(table, rowId, row, w).thing);
}

/** One change as one sentence. */
export function describeChange(c: ChangeLike, w: Wording): string {
  const sv = w.locale === 'sv';
  if (c.table === 'document') return describeCreation(c.after, w);
  if (c.table === 'merge') return describeMerge(c.after, w);
  if (c.table === 'actuals') return describeActual(c, w);
  if (c.table === 'versions' && c.op !== 'update') {
    const row = asRow(c.op === 'delete' ? c.before : c.after);
    const name = typeof row?.name === 'string' ? row.name : nameOf(w, 'versions', c.rowId);
    if (c.op === 'delete') return sv ? `Tog bort versionen ${name}` : `Deleted version ${name}`;
    return sv ? `Fastställde versionen ${name}` : `Adopted version ${name}`;
  }
  if (c.op === 'update' && c.column) {
    const s = subject(c.table, c.rowId, null, w);
    return `${columnLabel(c.table, c.column, w.locale)} ${sv ? 'för' : 'of'} ${s.of}: ${formatValue(c.table, c.column, c.before, w)} → ${formatValue(c.table, c.column, c.after, w)}`;
  }
  const row = asRow(c.op === 'delete' ? c.before : c.after);
  const s = subject(c.table, c.rowId, row, w);
  const verb = c.op === 'delete' ? (sv ? 'Tog bort' : 'Deleted') : sv ? 'Lade till' : 'Added';
  return `${verb} ${s.thing}`;
}

/** "Utfall 2025 för T-01 Elbussar: investering 0 → 12 000 tkr": the figures an actual gained, lost or changed. */
function describeActual(c: ChangeLike, w: Wording): string {
  const sv = w.locale === 'sv';
  const [actionId, year] = keyParts(c.rowId).map(String);
  const head = `${sv ? 'Utfall' : 'Actual'} ${year} ${sv ? 'för' : 'of'} ${nameOf(w, 'actions', actionId)}`;
  const figure = (column: string, before: unknown, after: unknown) => {
    if (column === 'note')
      return `${columnLabel('actuals', column, w.locale).toLowerCase()} ${formatValue('actuals', column, before, w)} → ${formatValue('actuals', column, after, w)}`;
    // Nothing reported before reads as nothing booked: 0, as a ledger shows it.
    const from = before === null || before === undefined ? '0' : formatValue('actuals', column, before, w);
    const to = after === null || after === undefined ? (sv ? 'ej rapporterat' : 'not reported') : formatValue('actuals', column, after, w);
    return `${columnLabel('actuals', column, w.locale).toLowerCase()} ${from} → ${to}`;
  };
  if (c.op === 'update') return `${head}: ${figure(c.column, c.before, c.after)}`;
  const row = asRow(c.op === 'delete' ? c.before : c.after) ?? {};
  if (c.op === 'delete')
    return sv ? `Tog bort utfallet ${year} för ${nameOf(w, 'actions', actionId)}` : `Deleted the ${year} actual of ${nameOf(w, 'actions', actionId)}`;
  const figures = ['capex_sek', 'opex_sek', 'savings_sek', 'effect_tons_co2e'].filter((col) => row[col] !== null && row[col] !== undefined);
  return `${head}: ${figures.map((col) => figure(col, null, row[col])).join(', ')}`;
}

function describeCreation(value: unknown, w: Wording): string {
  const v = asRow(value) ?? {};
  const sv = w.locale === 'sv';
  const origin = typeof v.created === 'string' ? v.created : '';
  const how =
    origin === 'new'
      ? sv
        ? 'som ny plan'
        : 'as a new plan'
      : origin === 'sample'
        ? sv
          ? 'från exempelplanen'
          : 'from the sample plan'
        : origin
          ? `(${origin})`
          : '';
  return `${sv ? 'Planen skapades' : 'The plan was created'} ${how}`.trim();
}

function describeMerge(value: unknown, w: Wording): string {
  const v = asRow(value) ?? {};
  const n = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : 0);
  const file = typeof v.file === 'string' ? v.file : '';
  if (w.locale === 'sv') {
    const settled = n('conflicts')
      ? `, ${n('conflicts')} konflikt${n('conflicts') === 1 ? '' : 'er'} (${n('chosenMine')} min version, ${n('chosenTheirs')} deras)`
      : ', inga konflikter';
    return `Sammanfogade med ${file}: ${n('taken')} ändring${n('taken') === 1 ? '' : 'ar'} togs in${settled}`;
  }
  const settled = n('conflicts')
    ? `, ${n('conflicts')} conflict${n('conflicts') === 1 ? '' : 's'} (${n('chosenMine')} mine, ${n('chosenTheirs')} theirs)`
    : ', no conflicts';
  return `Merged with ${file}: ${n('taken')} change${n('taken') === 1 ? '' : 's'} taken${settled}`;
}
