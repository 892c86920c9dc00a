// The Finansiering grids' columns: sources (name, kind) and entries (source, action or none,
// year, amount in the plan's unit, status).
import { FINANCING_SOURCE_KINDS, FINANCING_STATUSES, type MoneyUnit } from '../../../shared/domain/ids';
import type { Action, FinancingEntry, FinancingSource } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { FINANCING_STATUS_LABELS, MONEY_UNIT_LABELS, SOURCE_KIND_LABELS } from '../../../shared/i18n/labels';
import type { Option, SheetColumn } from '../../grid/columns';
import { moneyKind, selectKind, textKind, yearKind, type Kind } from '../../grid/kinds';
import type { Translate } from '../../i18n/translate';

type Labels = Record<string, { sv: string; en: string }>;

function labelled(ids: readonly string[], labels: Labels, locale: Locale): Option[] {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return ids.map((id) => ({ value: id, label: labels[id][locale], aliases: [labels[id][other]] }));
}

function column<T extends object>(id: string, key: keyof T & string, header: string, kind: Kind, extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return {
    id,
    header,
    numeric: kind.numeric,
    value: (r) => r[key],
    format: kind.format,
    ...extra,
    edit: {
      editor: kind.editor,
      text: kind.text,
      parse: kind.parse,
      cleared: kind.cleared,
      options: kind.options ? () => kind.options! : undefined,
      paths: [key],
      write: (changes, value) => {
        changes[key] = value;
      },
      ...extra.edit,
    },
  };
}

export function sourceColumns(locale: Locale, t: Translate): SheetColumn<FinancingSource>[] {
  return [
    column<FinancingSource>('name', 'name', t('financing.col.name'), textKind(), { width: 230, pinned: true }),
    column<FinancingSource>('kind', 'kind', t('financing.col.kind'), selectKind(labelled(FINANCING_SOURCE_KINDS, SOURCE_KIND_LABELS, locale)), { width: 170 }),
  ];
}

export interface EntryColumnContext {
  unit: MoneyUnit;
  locale: Locale;
  t: Translate;
  sources: readonly FinancingSource[];
  actions: readonly Action[];
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
  return [
    column<FinancingEntry>('sourceId', 'sourceId', t('financing.col.source'), selectKind(sourceOptions), { width: 210 }),
    {
      ...column<FinancingEntry>('actionId', 'actionId', t('financing.col.action'), actionKind, { width: 230 }),
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
    column<FinancingEntry>('year', 'year', t('financing.col.year'), yearKind(locale), { width: 90 }),
    column<FinancingEntry>('amountSek', 'amountSek', t('financing.col.amount', { unit: MONEY_UNIT_LABELS[unit][locale] }), moneyKind(unit, locale), {
      width: 130,
      sum: true,
    }),
    column<FinancingEntry>('status', 'status', t('financing.col.status'), selectKind(labelled(FINANCING_STATUSES, FINANCING_STATUS_LABELS, locale)), {
      width: 110,
    }),
  ];
}
