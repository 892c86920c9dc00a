// The columns of the action list and of the financing entries, as the app writes them (xlsx
// sheet Åtgärder/Finansiering, CSV) and as the importers recognise them. A column of a field
// takes its header, kind (how a cell is read and written), aliases and width from the field
// registry (shared/fields); this file only orders them and adds the columns that are not
// fields (an action's code in the financing sheet). The export writes `sv` headers, so its own
// files match exactly.
import { CO_BENEFIT_CATEGORIES, type CoBenefitCategory, type MoneyUnit } from '../domain/ids';
import { CO_BENEFIT_LABELS, MONEY_UNIT_LABELS } from '../i18n/labels';
import type { Locale } from '../format/number';
import type { UncertaintyRanges } from '../domain/types';
import { nameKey } from './headers';
import { action as actionEntity, actionUncertainty, actual as actualEntity, costOverride, financingEntry } from '../fields';
import type { CellKind, FieldSpec } from '../fields/field';

/** How a cell of the column is read and written (the field registry's cell kind). */
export type ColumnKind = Exclude<CellKind, 'other'>;

/** What follows the header in parentheses: money in the file's unit, or a fixed unit. */
export type HeaderUnit = 'money' | 'moneyPerYear' | 'years' | 'tonsPerYear' | 'tons' | 'percent';

export interface ColumnDef<F extends string = string> {
  field: F;
  kind: ColumnKind;
  sv: string;
  en: string;
  unit?: HeaderUnit;
  /** Other names of the column, in any case (compared by their header key). */
  aliases: readonly string[];
  /** Column width in the workbook, in characters. */
  width: number;
  /** The import must have this column (a row cannot be made without it). */
  required?: boolean;
}

export type CoBenefitField = `coBenefit.${CoBenefitCategory}`;
/** An action's uncertainty (DESIGN §9), one column per field; empty = the status default. */
export type UncertaintyColumnField = `uncertainty.${keyof UncertaintyRanges}`;
export type ActionField =
  | 'id'
  | 'code'
  | 'name'
  | 'description'
  | 'sectorId'
  | 'owner'
  | 'costBearer'
  | 'status'
  | 'startYear'
  | 'earliestStartYear'
  | 'latestStartYear'
  | 'implementationYears'
  | 'effectStartYear'
  | 'effectEndYear'
  | 'rampYears'
  | 'effectKind'
  | 'effectTonsPerYear'
  | 'effectShare'
  | 'lifetimeYears'
  | 'capexSek'
  | 'opexSekPerYear'
  | 'savingsSekPerYear'
  | 'coBenefitSekPerYear'
  | CoBenefitField
  | UncertaintyColumnField
  | 'commitments'
  | 'tags'
  | 'notes';

export type FinancingField = 'id' | 'sourceId' | 'actionCode' | 'actionId' | 'year' | 'amountSek' | 'status';

const col = <F extends string>(
  field: F,
  kind: ColumnKind,
  sv: string,
  en: string,
  aliases: readonly string[],
  width: number,
  extra: Partial<ColumnDef<F>> = {},
): ColumnDef<F> => ({ field, kind, sv, en, aliases, width, ...extra });

function headerUnitOf(spec: FieldSpec): HeaderUnit | undefined {
  if (spec.money) return spec.money === 'perYear' ? 'moneyPerYear' : 'money';
  if (spec.range === 'year') return undefined;
  return ({ år: 'years', 't/år': 'tonsPerYear', t: 'tons', '%': 'percent' } as Partial<Record<string, HeaderUnit>>)[spec.unit];
}

/** The column of a registry field: its label as the header, its cell kind, aliases and width. */
function fieldColumn<F extends string>(field: F, spec: FieldSpec, extra: Partial<ColumnDef<F>> = {}): ColumnDef<F> {
  if (spec.cell === 'other') throw new Error(`field ${field} has no cell kind`);
  return col(field, spec.cell, spec.label.sv, spec.label.en, spec.aliases, spec.width, { unit: headerUnitOf(spec), ...extra });
}

const coBenefitColumns = CO_BENEFIT_CATEGORIES.map((c) =>
  col<CoBenefitField>(
    `coBenefit.${c}`,
    'score',
    `Nytta: ${CO_BENEFIT_LABELS[c].sv}`,
    `Co-benefit: ${CO_BENEFIT_LABELS[c].en}`,
    [CO_BENEFIT_LABELS[c].sv, CO_BENEFIT_LABELS[c].en, c],
    12,
  ),
);

const A = actionEntity.fields;
const actionColumn = (field: Exclude<ActionField, CoBenefitField | UncertaintyColumnField>, extra?: Partial<ColumnDef<ActionField>>) =>
  fieldColumn<ActionField>(field, A[field], extra);

const U = actionUncertainty.fields;

/** An action's uncertainty (DESIGN §9), one column per field; an empty cell leaves it to the status default. */
const uncertaintyColumns = (Object.keys(U) as (keyof typeof U)[]).map((k) => fieldColumn<UncertaintyColumnField>(`uncertainty.${k}`, U[k]));

/** The action list's columns, in the order the export writes them. */
export const ACTION_COLUMNS: readonly ColumnDef<ActionField>[] = [
  actionColumn('code'),
  actionColumn('name', { required: true }),
  ...(
    [
      'sectorId',
      'owner',
      'costBearer',
      'status',
      'startYear',
      'earliestStartYear',
      'latestStartYear',
      'implementationYears',
      'effectStartYear',
      'effectEndYear',
      'rampYears',
    ] as const
  ).map((k) => actionColumn(k)),
  ...(
    ['effectKind', 'effectTonsPerYear', 'effectShare', 'lifetimeYears', 'capexSek', 'opexSekPerYear', 'savingsSekPerYear', 'coBenefitSekPerYear'] as const
  ).map((k) => actionColumn(k)),
  ...coBenefitColumns,
  ...uncertaintyColumns,
  ...(['commitments', 'tags', 'description', 'notes', 'id'] as const).map((k) => actionColumn(k)),
];

const F = financingEntry.fields;

/** The financing entries' columns (sheet Finansiering), in the order the export writes them. */
export const FINANCING_COLUMNS: readonly ColumnDef<FinancingField>[] = [
  fieldColumn<FinancingField>('sourceId', F.sourceId, { required: true }),
  col('actionCode', 'actionRef', 'Åtgärd (kod)', 'Action (code)', ['åtgärdskod', 'åtgärd', 'action code', 'action'], 12),
  fieldColumn<FinancingField>('year', F.year, { required: true }),
  fieldColumn<FinancingField>('amountSek', F.amountSek, { required: true }),
  fieldColumn<FinancingField>('status', F.status),
  fieldColumn<FinancingField>('actionId', F.actionId, { sv: 'Åtgärds-id', en: 'Action id', aliases: [] }),
  fieldColumn<FinancingField>('id', F.id),
];

export type ActualField = 'actionCode' | 'actionId' | 'year' | 'capexSek' | 'opexSek' | 'savingsSek' | 'effectTonsCo2e' | 'note';

const AC = actualEntity.fields;

/** Actual outcomes per action and year (DESIGN §8): the import of a finance system's export, and sheet Uppföljning. */
export const ACTUAL_COLUMNS: readonly ColumnDef<ActualField>[] = [
  col(
    'actionCode',
    'actionRef',
    'Åtgärd (kod)',
    'Action (code)',
    ['åtgärdskod', 'åtgärd', 'projekt', 'projektnummer', 'objekt', 'action code', 'action', 'project'],
    12,
  ),
  fieldColumn<ActualField>('year', AC.year, { required: true }),
  fieldColumn<ActualField>('capexSek', AC.capexSek),
  fieldColumn<ActualField>('opexSek', AC.opexSek),
  fieldColumn<ActualField>('savingsSek', AC.savingsSek),
  fieldColumn<ActualField>('effectTonsCo2e', AC.effectTonsCo2e, { unit: 'tons' }),
  fieldColumn<ActualField>('note', AC.note),
  fieldColumn<ActualField>('actionId', AC.actionId, { sv: 'Åtgärds-id', en: 'Action id' }),
];

export const IMPORT_KINDS = ['actions', 'financing', 'actuals'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The kinds of table the importers read: the ones the user imports, and the overrides. */
export type TableKind = ImportKind | 'overrides';

export function columnsOf(kind: TableKind): readonly ColumnDef[] {
  switch (kind) {
    case 'overrides':
      return OVERRIDE_COLUMNS;
    case 'actuals':
      return ACTUAL_COLUMNS;
    case 'financing':
      return FINANCING_COLUMNS;
    default:
      return ACTION_COLUMNS;
  }
}

/** "Investering (tkr)", "Driftkostnad (tkr/år)", "Effekt (t/år)" — the header the export writes. */
export function headerOf(def: ColumnDef, unit: MoneyUnit, locale: Locale = 'sv'): string {
  const name = def[locale];
  const money = MONEY_UNIT_LABELS[unit][locale];
  const perYear = locale === 'sv' ? 'år' : 'year';
  switch (def.unit) {
    case 'money':
      return `${name} (${money})`;
    case 'moneyPerYear':
      return `${name} (${money}/${perYear})`;
    case 'years':
      return `${name} (${locale === 'sv' ? 'år' : 'years'})`;
    case 'tonsPerYear':
      return `${name} (t/${perYear})`;
    case 'tons':
      return `${name} (t)`;
    case 'percent':
      return `${name} (%)`;
    default:
      return name;
  }
}

/** The header of a registry field's column, as the grid and the files show it: "Driftkostnad (tkr/år)". */
export function fieldHeader(spec: FieldSpec, unit: MoneyUnit, locale: Locale = 'sv'): string {
  return headerOf({ field: '', kind: 'text', sv: spec.label.sv, en: spec.label.en, unit: headerUnitOf(spec), aliases: [], width: 0 }, unit, locale);
}

/** Every key a column answers to: its Swedish and English names and its aliases. */
export function columnKeys(def: ColumnDef): string[] {
  return [def.sv, def.en, def.field, ...def.aliases].map(nameKey);
}

export type OverrideField = 'actionCode' | 'actionId' | 'year' | 'capexSek' | 'opexSek' | 'savingsSek';

const O = costOverride.fields;

/** The cost overrides (sheet Kostnadsjusteringar), read back by the whole-plan import. */
export const OVERRIDE_COLUMNS: readonly ColumnDef<OverrideField>[] = [
  col('actionCode', 'actionRef', 'Åtgärd (kod)', 'Action (code)', ['åtgärdskod', 'action code'], 12),
  fieldColumn<OverrideField>('year', O.year, { required: true }),
  fieldColumn<OverrideField>('capexSek', O.capexSek),
  fieldColumn<OverrideField>('opexSek', O.opexSek),
  fieldColumn<OverrideField>('savingsSek', O.savingsSek),
  fieldColumn<OverrideField>('actionId', financingEntry.fields.actionId, { sv: 'Åtgärds-id', en: 'Action id', aliases: [] }),
];
