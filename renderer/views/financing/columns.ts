// The Finansiering grids' columns: sources (name, kind) and entries (source, action or none,
// year, amount in the plan's unit, status).
import { FINANCING_SOURCE_KINDS, FINANCING_STATUSES, type MoneyUnit } from '../../../shared/domain/ids';
import type { Action, FinancingEntry, FinancingSource } from '../../../shared/domain/types';
import { formatMoneyWithUnit, type Locale } from '../../../shared/format/number';
import { FINANCING_STATUS_LABELS, SOURCE_KIND_LABELS } from '../../../shared/i18n/labels';
import { fieldHeader } from '../../../shared/exchange/columns';
import { financingEntry, financingSource } from '../../../shared/fields';
import type { FieldSpec } from '../../../shared/fields/field';
import type { Option, SheetColumn } from '../../grid/columns';
import { kindColumn, labelledOptions, moneyKind, selectKind, textKind, yearKind, type Kind } from '../../grid/kinds';
import { amountWarning } from '../../grid/warnings';
import type { Translate } from '../../i18n/translate';

/** A column of one field of the row, written to the API field of the same name. */
function column<T extends object>(key: keyof T & string, header: string, kind: Kind, extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return kindColumn<T>(key, header, kind, (r) => r[key], extra);
}

/** The header of a registry field: its label, with the plan's money unit where it is money. */
const header = (spec: FieldSpec, unit: MoneyUnit, locale: Locale) => fieldHeader(spec, unit, locale);

export function sourceColumns(locale: Locale, unit: MoneyUnit): SheetColumn<FinancingSource>[] {
  const S = financingSource.fields;
  return [
    column<FinancingSource>('name', header(S.name, unit, locale), textKind(), { width: 230, pinned: true }),
    column<FinancingSource>('kind', header(S.kind, unit, locale), selectKind(labelledOptions(FINANCING_SOURCE_KINDS, SOURCE_KIND_LABELS, locale)), {
      width: 170,
    }),
  ];
}

export interface EntryColumnContext {
  unit: MoneyUnit;
  locale: Locale;
  t: Translate;
  sources: readonly FinancingSource[];
  actions: readonly Action[];
  /** The plan's entries now (for the usual size of an amount, read when a value is stored). */
  entries(): readonly FinancingEntry[];
}

/** "T-01 Elbussar i stadstrafiken" */
export const actionName = (a: Action): string => [a.code, a.name].filter(Boolean).join(' ');

export function entryColumns(ctx: EntryColumnContext): SheetColumn<FinancingEntry>[] {
  const { t, locale, unit } = ctx;
  const sourceOptions: Option[] = ctx.sources.map((s) => ({ value: s.id, label: s.name }));
  // '' stands for "no action" in the list; the entry stores null.
  const actionOptions: Option[] = [
    { value: '', label: t('financing.noAction'), aliases: ['-', '–'] },
    ...ctx.actions.map((a) => ({ value: a.id, label: actionName(a), aliases: a.code ? [a.code, a.name] : [a.name] })),
  ];
  const actionKind = selectKind(actionOptions, { cleared: '' });
  const F = financingEntry.fields;
  return [
    column<FinancingEntry>('sourceId', header(F.sourceId, unit, locale), selectKind(sourceOptions), { width: 210 }),
    {
      ...column<FinancingEntry>('actionId', header(F.actionId, unit, locale), actionKind, { width: 230 }),
      value: (r) => r.actionId ?? '',
      edit: {
        editor: 'select',
        text: actionKind.text,
        parse: actionKind.parse,
        cleared: '',
        options: () => actionOptions,
        paths: ['actionId'],
        write: (changes, value) => {
          changes.actionId = value === '' ? null : value;
        },
      },
    },
    column<FinancingEntry>('year', header(F.year, unit, locale), yearKind(locale), { width: 90 }),
    column<FinancingEntry>('amountSek', header(F.amountSek, unit, locale), moneyKind(unit, locale), {
      width: 130,
      sum: true,
      warn: amountWarning(
        ctx.entries,
        (e) => e.amountSek,
        (sek) => formatMoneyWithUnit(sek, unit, locale),
        t,
      ),
    }),
    column<FinancingEntry>('status', header(F.status, unit, locale), selectKind(labelledOptions(FINANCING_STATUSES, FINANCING_STATUS_LABELS, locale)), {
      width: 110,
    }),
  ];
}
