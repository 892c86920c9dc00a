// Uppföljning's grid columns: the action, its status now and at adoption, its actual of the
// follow-up year (typed or pasted like any cell), and planned, actual and deviation to Yf for
// investment, operation, savings and effect, each summed in the totals row.
import { ACTION_STATUSES, type MoneyUnit } from '../../../shared/domain/ids';
import { action as actionEntity, type ActualFigure } from '../../../shared/fields';
import type { FigureKey } from '../../../shared/followup';
import { formatNumber, type Locale } from '../../../shared/format/number';
import { MONEY_UNIT_LABELS, STATUS_LABELS } from '../../../shared/i18n/labels';
import type { ColumnGroup, SheetColumn } from '../../grid/columns';
import { labelledOptions, moneyKind, numberKind, selectKind, type Kind } from '../../grid/kinds';
import type { Translate } from '../../i18n/translate';
import type { FollowUpRow } from './rows';

export interface FollowUpColumnContext {
  unit: MoneyUnit;
  locale: Locale;
  t: Translate;
  year: number;
  /** Whether the reference is an adopted version (status at adoption is shown). */
  version: boolean;
}

const A = actionEntity.fields;
const FIGURES: readonly FigureKey[] = ['capex', 'opex', 'savings', 'effect'];
export const ACTUAL_FIELD: Record<FigureKey, ActualFigure> = { capex: 'capexSek', opex: 'opexSek', savings: 'savingsSek', effect: 'effectTonsCo2e' };

export function followUpGroups(ctx: FollowUpColumnContext): ColumnGroup[] {
  const { t, year } = ctx;
  return [
    { id: 'identity', header: t('followup.group.identity'), hideable: false },
    { id: 'status', header: t('followup.group.status'), hideable: true },
    { id: 'year', header: t('followup.group.year', { year }), hideable: true },
    { id: 'capex', header: t('followup.group.capex', { year }), hideable: true },
    { id: 'opex', header: t('followup.group.opex', { year }), hideable: true },
    { id: 'savings', header: t('followup.group.savings', { year }), hideable: true, hiddenByDefault: true },
    { id: 'effect', header: t('followup.group.effect', { year }), hideable: true },
  ];
}

function yearColumn(ctx: FollowUpColumnContext, key: FigureKey, kind: Kind): SheetColumn<FollowUpRow> {
  const field = ACTUAL_FIELD[key];
  const u = MONEY_UNIT_LABELS[ctx.unit][ctx.locale];
  const header = ctx.t(`followup.col.year${key.charAt(0).toUpperCase()}${key.slice(1)}` as 'followup.col.yearCapex', { year: ctx.year, unit: u });
  return {
    id: `year.${key}`,
    header,
    headerTooltip: ctx.t('followup.tip.year', { year: ctx.year }),
    group: 'year',
    numeric: true,
    width: 140,
    sum: true,
    value: (r) => r.yearActual?.[field],
    format: kind.format,
    edit: { editor: 'text', text: kind.text, parse: kind.parse, cleared: null, paths: [field], write: (changes, v) => void (changes[field] = v) },
  };
}

function figureColumns(ctx: FollowUpColumnContext, key: FigureKey, kind: Kind): SheetColumn<FollowUpRow>[] {
  const { t, year } = ctx;
  const unit = key === 'effect' ? 't' : MONEY_UNIT_LABELS[ctx.unit][ctx.locale];
  const col = (part: 'planned' | 'actual' | 'deviation'): SheetColumn<FollowUpRow> => ({
    id: `${key}.${part}`,
    header: t(`followup.col.${part}`, { unit }),
    headerTooltip: t(`followup.tip.${part}`, { year }),
    group: key,
    numeric: true,
    width: part === 'deviation' ? 140 : 130,
    sum: true,
    value: (r) => r.figures[key][part],
    format: kind.format,
    cellClass: part === 'deviation' ? (r) => deviationClass(key, r.figures[key].deviation) : undefined,
  });
  return [col('planned'), col('actual'), col('deviation')];
}

/** Spending or saving more than planned, or achieving less, is marked (not by colour alone: a sign too). */
function deviationClass(key: FigureKey, d: number | null): string | undefined {
  if (d === null || Math.abs(d) < 0.5) return undefined;
  const worse = key === 'savings' || key === 'effect' ? d < 0 : d > 0;
  return worse ? 'followup-cell--worse' : 'followup-cell--better';
}

export function followUpColumns(ctx: FollowUpColumnContext): SheetColumn<FollowUpRow>[] {
  const { t, locale } = ctx;
  const money = moneyKind(ctx.unit, locale, { optional: true });
  const tons = numberKind(locale, { digits: 1, optional: true });
  const status = selectKind(labelledOptions(ACTION_STATUSES, STATUS_LABELS, locale));
  const kindOf = (key: FigureKey) => (key === 'effect' ? tons : money);
  return [
    { id: 'code', header: A.code.label[locale], group: 'identity', pinned: true, width: 90, value: (r) => r.action.code, format: (v) => String(v ?? '') },
    { id: 'name', header: A.name.label[locale], group: 'identity', pinned: true, width: 230, value: (r) => r.action.name, format: (v) => String(v ?? '') },
    { id: 'statusNow', header: t('followup.col.statusNow'), group: 'status', width: 120, value: (r) => r.action.status, format: status.format },
    ...(ctx.version
      ? [
          {
            id: 'statusThen',
            header: t('followup.col.statusThen'),
            group: 'status',
            width: 150,
            value: (r: FollowUpRow) => r.then?.status ?? null,
            format: (v: unknown) => (v === null ? t('followup.col.notInReference') : status.format(v)),
            cellClass: (r: FollowUpRow) => (r.then && r.then.status !== r.action.status ? 'followup-cell--changed' : undefined),
          } satisfies SheetColumn<FollowUpRow>,
        ]
      : []),
    ...FIGURES.map((k) => yearColumn(ctx, k, kindOf(k))),
    ...FIGURES.flatMap((k) => figureColumns(ctx, k, kindOf(k))),
  ];
}

export const formatTons = (v: number, locale: Locale) => formatNumber(v, locale, 1);
