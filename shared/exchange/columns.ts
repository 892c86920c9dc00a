// The columns of the action list and of the financing entries, as the app writes them (xlsx
// sheet Åtgärder/Finansiering, CSV) and as the importers recognise them: one definition per
// column with its Swedish and English header, its kind (how a cell is read and written) and the
// other names people give it. The export writes `sv` headers, so its own files match exactly.
import { CO_BENEFIT_CATEGORIES, type CoBenefitCategory, type MoneyUnit } from '../domain/ids';
import { CO_BENEFIT_LABELS, MONEY_UNIT_LABELS } from '../i18n/labels';
import type { Locale } from '../format/number';
import type { UncertaintyRanges } from '../domain/types';
import { nameKey } from './headers';

export type ColumnKind =
  | 'text'
  | 'id'
  | 'sector'
  | 'status'
  | 'costBearer'
  | 'effectKind'
  | 'financingStatus'
  | 'source'
  | 'actionRef'
  | 'year'
  | 'whole'
  | 'tons'
  /** Per cent in the file, a fraction in the plan. */
  | 'share'
  /** In the file's money unit; whole kronor in the plan. */
  | 'money'
  | 'score'
  /** A multiplier such as 0,8 (uncertainty ranges). */
  | 'factor'
  | 'commitments'
  | 'tags';

/** What follows the header in parentheses: money in the file's unit, or a fixed unit. */
export type HeaderUnit = 'money' | 'moneyPerYear' | 'years' | 'tonsPerYear' | 'percent';

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

const coBenefitColumns = CO_BENEFIT_CATEGORIES.map((c) =>
  col<CoBenefitField>(`coBenefit.${c}`, 'score', `Nytta: ${CO_BENEFIT_LABELS[c].sv}`, `Co-benefit: ${CO_BENEFIT_LABELS[c].en}`, [CO_BENEFIT_LABELS[c].sv, CO_BENEFIT_LABELS[c].en, c], 12),
);

const uncertaintyColumns: ColumnDef<UncertaintyColumnField>[] = [
  col('uncertainty.effectLow', 'factor', 'Osäkerhet: effekt lägst', 'Uncertainty: effect low', ['effekt lägst', 'effect low'], 12),
  col('uncertainty.effectHigh', 'factor', 'Osäkerhet: effekt högst', 'Uncertainty: effect high', ['effekt högst', 'effect high'], 12),
  col('uncertainty.costLow', 'factor', 'Osäkerhet: kostnad lägst', 'Uncertainty: cost low', ['kostnad lägst', 'cost low'], 12),
  col('uncertainty.costHigh', 'factor', 'Osäkerhet: kostnad högst', 'Uncertainty: cost high', ['kostnad högst', 'cost high'], 12),
  col('uncertainty.delayMaxYears', 'whole', 'Osäkerhet: extra försening upp till', 'Uncertainty: extra delay up to', ['extra försening', 'extra delay'], 14, { unit: 'years' }),
  col('uncertainty.probability', 'share', 'Osäkerhet: sannolikhet att bli av', 'Uncertainty: probability it happens', ['sannolikhet', 'probability'], 12, { unit: 'percent' }),
];

/** The action list's columns, in the order the export writes them. */
export const ACTION_COLUMNS: readonly ColumnDef<ActionField>[] = [
  col('code', 'text', 'Kod', 'Code', ['åtgärdskod', 'åtgärdsnummer', 'nr', 'nummer', 'action code'], 10),
  col('name', 'text', 'Namn', 'Name', ['åtgärd', 'åtgärdens namn', 'benämning', 'rubrik', 'action', 'title'], 40, { required: true }),
  col('sectorId', 'sector', 'Sektor', 'Sector', ['sektor-id', 'sector id'], 24),
  col('owner', 'text', 'Ansvarig (nämnd/bolag)', 'Owner', ['ansvarig', 'ansvarig nämnd', 'ansvarig nämnd eller bolag', 'nämnd', 'förvaltning', 'ägare', 'responsible'], 26),
  col('costBearer', 'costBearer', 'Kostnadsbärare', 'Cost bearer', ['betalare', 'payer'], 16),
  col('status', 'status', 'Status', 'Status', [], 12),
  col('startYear', 'year', 'Startår', 'Start year', ['start', 'år för start'], 9),
  col('implementationYears', 'whole', 'Genomförandetid', 'Implementation time', ['genomförande', 'implementation years'], 14, { unit: 'years' }),
  col('effectStartYear', 'year', 'Effekt från år', 'Effect from year', ['effekt från', 'effektens startår', 'effect start year'], 10),
  col('effectEndYear', 'year', 'Effekt till år', 'Effect until year', ['effekt till', 'effektens slutår', 'effect end year'], 10),
  col('rampYears', 'whole', 'Upptrappning', 'Ramp-up', ['upptrappningstid', 'ramp years', 'ramp'], 12, { unit: 'years' }),
  col('effectKind', 'effectKind', 'Effekttyp', 'Effect kind', ['effect type'], 16),
  col('effectTonsPerYear', 'tons', 'Effekt', 'Effect', ['utsläppsminskning', 'minskning', 'effekt ton per år', 'emission reduction', 'reduction'], 12, { unit: 'tonsPerYear' }),
  col('effectShare', 'share', 'Effektandel', 'Effect share', ['andel', 'andel av sektorn', 'share'], 11, { unit: 'percent' }),
  col('lifetimeYears', 'whole', 'Livslängd', 'Lifetime', ['ekonomisk livslängd', 'lifetime years'], 10, { unit: 'years' }),
  col('capexSek', 'money', 'Investering', 'Investment', ['investeringsutgift', 'investeringskostnad', 'kapitalkostnad', 'capex', 'capital cost'], 14, { unit: 'money' }),
  col('opexSekPerYear', 'money', 'Drift', 'Operating cost', ['driftkostnad', 'driftskostnad', 'driftkostnad per år', 'opex'], 13, { unit: 'moneyPerYear' }),
  col('savingsSekPerYear', 'money', 'Besparing', 'Savings', ['besparingar', 'minskade kostnader'], 13, { unit: 'moneyPerYear' }),
  col('coBenefitSekPerYear', 'money', 'Multipla nyttor, värde', 'Co-benefit value', ['värde av multipla nyttor', 'nyttovärde', 'co-benefits value'], 14, { unit: 'moneyPerYear' }),
  ...coBenefitColumns,
  ...uncertaintyColumns,
  col('commitments', 'commitments', 'Åtaganden', 'Commitments', ['gemensamma åtaganden', 'joint commitments'], 30),
  col('tags', 'tags', 'Taggar', 'Tags', ['tagg', 'nyckelord', 'etiketter'], 24),
  col('description', 'text', 'Beskrivning', 'Description', [], 40),
  col('notes', 'text', 'Anteckningar', 'Notes', ['anteckning', 'kommentar', 'kommentarer', 'comments'], 30),
  col('id', 'id', 'Id', 'Id', ['åtgärds-id', 'action id'], 38),
];

/** The financing entries' columns (sheet Finansiering), in the order the export writes them. */
export const FINANCING_COLUMNS: readonly ColumnDef<FinancingField>[] = [
  col('sourceId', 'source', 'Finansieringskälla', 'Financing source', ['källa', 'source'], 36, { required: true }),
  col('actionCode', 'actionRef', 'Åtgärd (kod)', 'Action (code)', ['åtgärdskod', 'åtgärd', 'action code', 'action'], 12),
  col('year', 'year', 'År', 'Year', [], 8, { required: true }),
  col('amountSek', 'money', 'Belopp', 'Amount', ['summa', 'bidrag'], 14, { unit: 'money', required: true }),
  col('status', 'financingStatus', 'Status', 'Status', [], 10),
  col('actionId', 'id', 'Åtgärds-id', 'Action id', [], 38),
  col('id', 'id', 'Id', 'Id', ['post-id', 'entry id'], 12),
];

export const IMPORT_KINDS = ['actions', 'financing'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The kinds of table the importers read: the two the user imports, and the overrides. */
export type TableKind = ImportKind | 'overrides';

export function columnsOf(kind: TableKind): readonly ColumnDef[] {
  if (kind === 'overrides') return OVERRIDE_COLUMNS;
  return kind === 'actions' ? ACTION_COLUMNS : FINANCING_COLUMNS;
}

/** "Investering (tkr)", "Drift (tkr/år)", "Effekt (t/år)" — the header the export writes. */
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
    case 'percent':
      return `${name} (%)`;
    default:
      return name;
  }
}

/** Every key a column answers to: its Swedish and English names and its aliases. */
export function columnKeys(def: ColumnDef): string[] {
  return [def.sv, def.en, def.field, ...def.aliases].map(nameKey);
}

export type OverrideField = 'actionCode' | 'actionId' | 'year' | 'capexSek' | 'opexSek' | 'savingsSek';

/** The cost overrides (sheet Kostnadsjusteringar), read back by the whole-plan import. */
export const OVERRIDE_COLUMNS: readonly ColumnDef<OverrideField>[] = [
  col('actionCode', 'actionRef', 'Åtgärd (kod)', 'Action (code)', ['åtgärdskod', 'action code'], 12),
  col('year', 'year', 'År', 'Year', [], 8, { required: true }),
  col('capexSek', 'money', 'Investering', 'Investment', [], 14, { unit: 'money' }),
  col('opexSek', 'money', 'Drift', 'Operating cost', [], 14, { unit: 'money' }),
  col('savingsSek', 'money', 'Besparing', 'Savings', [], 14, { unit: 'money' }),
  col('actionId', 'id', 'Åtgärds-id', 'Action id', [], 38),
];
