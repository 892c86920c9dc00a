// The Åtgärder grid's columns: every field of an action (DESIGN §4) in groups, each with its
// editor and its reading of pasted text, and the engine's figures as read-only columns.
import {
  ACTION_STATUSES,
  CO_BENEFIT_CATEGORIES,
  COMMITMENT_IDS,
  COST_BEARERS,
  EFFECT_KINDS,
  type CoBenefitCategory,
  type MoneyUnit,
} from '../../../shared/domain/ids';
import { effectYearLooksWrong } from '../../../shared/domain/typos';
import type { Action, Sector, UncertaintyDefaults } from '../../../shared/domain/types';
import { fieldHeader } from '../../../shared/exchange/columns';
import { action as actionEntity } from '../../../shared/fields';
import { formatMoneyWithUnit, formatNumber, type Locale } from '../../../shared/format/number';
import { UNCERTAINTY_GROUP, uncertaintyColumns } from '../../uncertainty/grid-columns';
import { CO_BENEFIT_LABELS, COMMITMENT_LABELS, COST_BEARER_LABELS, EFFECT_KIND_LABELS, MONEY_UNIT_LABELS, STATUS_LABELS } from '../../../shared/i18n/labels';
import type { ColumnGroup, Option, SheetColumn } from '../../grid/columns';
import { kindColumn, labelledOptions, moneyKind, multiKind, numberKind, percentKind, selectKind, textKind, yearKind, type Kind } from '../../grid/kinds';
import { amountWarning } from '../../grid/warnings';
import type { Translate } from '../../i18n/translate';
import type { ActionRow } from './rows';

export interface ActionColumnContext {
  unit: MoneyUnit;
  locale: Locale;
  t: Translate;
  sectors: readonly Sector[];
  /** Every tag used in the plan (read when a tag editor opens, so it needs no rebuild). */
  tags(): readonly string[];
  /** The plan's actions now (for the usual size of an amount, read when a value is stored). */
  actions(): readonly Action[];
  /** The plan's uncertainty defaults: what an empty Osäkerhet cell shows. */
  uncertaintyDefaults: UncertaintyDefaults | undefined;
}

export function actionGroups(t: Translate): ColumnGroup[] {
  return [
    { id: 'identity', header: t('actions.group.identity'), hideable: false },
    { id: 'responsibility', header: t('actions.group.responsibility'), hideable: true },
    { id: 'timing', header: t('actions.group.timing'), hideable: true },
    { id: 'effect', header: t('actions.group.effect'), hideable: true },
    { id: 'costs', header: t('actions.group.costs'), hideable: true },
    { id: 'computed', header: t('actions.group.computed'), hideable: true },
    { id: UNCERTAINTY_GROUP, header: t('uncertainty.group'), hideable: true, hiddenByDefault: true },
    { id: 'coBenefits', header: t('actions.group.coBenefits'), hideable: true, hiddenByDefault: true },
    { id: 'commitments', header: t('actions.group.commitments'), hideable: true, hiddenByDefault: true },
    { id: 'notes', header: t('actions.group.notes'), hideable: true, hiddenByDefault: true },
  ];
}

type Field = keyof ActionRow['action'] & keyof typeof actionEntity.fields;

/** A column of one action field of `kind`, headed by the field registry's label and unit. */
function fieldColumn(ctx: ActionColumnContext, id: Field, group: string, kind: Kind, extra: Partial<SheetColumn<ActionRow>> = {}): SheetColumn<ActionRow> {
  return kindColumn<ActionRow>(id, fieldHeader(actionEntity.fields[id], ctx.unit, ctx.locale), kind, (r) => r.action[id], { group, ...extra });
}

/** A read-only figure of the engine. */
function computed(id: keyof ActionRow, header: string, kind: Kind, tooltip: string, sum = false): SheetColumn<ActionRow> {
  return {
    id,
    header,
    headerTooltip: tooltip,
    group: 'computed',
    numeric: true,
    value: (r) => r[id],
    format: kind.format,
    sum,
    width: 140,
  };
}

/** A change of effect kind brings the value the new kind needs (0) when the action has none. */
function writeEffectKind(changes: Record<string, unknown>, value: unknown, row: ActionRow | undefined): void {
  changes.effectKind = value;
  const has = (k: 'effectShare' | 'effectTonsPerYear') => (k in changes ? changes[k] : row?.action[k]) != null;
  if (value === 'share' && !has('effectShare')) changes.effectShare = 0;
  if (value === 'absolute' && !has('effectTonsPerYear') && row) changes.effectTonsPerYear = 0;
}

function scoreColumn(c: CoBenefitCategory, ctx: ActionColumnContext): SheetColumn<ActionRow> {
  const kind = numberKind(ctx.locale, { digits: 0, optional: true });
  return {
    id: `coBenefit.${c}`,
    header: CO_BENEFIT_LABELS[c][ctx.locale],
    headerTooltip: `${CO_BENEFIT_LABELS[c][ctx.locale]}: ${ctx.t('actions.tip.score')}`,
    group: 'coBenefits',
    numeric: true,
    width: 110,
    value: (r) => r.action.coBenefits[c],
    format: (v) => (typeof v === 'number' ? formatNumber(v, ctx.locale, 0) : ''),
    edit: {
      editor: 'text',
      text: kind.text,
      parse: kind.parse,
      cleared: null,
      paths: [`coBenefits.${c}`],
      write: (changes, value, row) => {
        const base = (changes.coBenefits as Record<string, unknown> | undefined) ?? { ...row?.action.coBenefits };
        const next = { ...base };
        if (value === null || value === undefined) delete next[c];
        else next[c] = value;
        changes.coBenefits = next;
      },
    },
  };
}

/** An effect year before the start year (typed in either column) is likely a typo. */
function timingWarning(t: Translate, which: 'startYear' | 'effectStartYear') {
  return (value: unknown, row: ActionRow | undefined): string | undefined => {
    if (!row || (typeof value !== 'number' && value !== null)) return undefined;
    const start = which === 'startYear' ? (value as number) : row.action.startYear;
    const effect = which === 'effectStartYear' ? (value as number | null) : row.action.effectStartYear;
    return effectYearLooksWrong(effect, start) ? t('actions.warn.effectYear', { effect: effect ?? '', start }) : undefined;
  };
}

export function actionColumns(ctx: ActionColumnContext): SheetColumn<ActionRow>[] {
  const { t, locale, unit } = ctx;
  const field = (id: Field, group: string, kind: Kind, extra: Partial<SheetColumn<ActionRow>> = {}) => fieldColumn(ctx, id, group, kind, extra);
  const u = MONEY_UNIT_LABELS[unit][locale];
  const money = moneyKind(unit, locale);
  const showSek = (sek: number) => formatMoneyWithUnit(sek, unit, locale);
  const usual = (key: 'capexSek' | 'opexSekPerYear' | 'savingsSekPerYear') => amountWarning(ctx.actions, (a) => a[key], showSek, t);
  const sectorOptions: Option[] = ctx.sectors.map((s) => ({ value: s.id, label: s.name }));
  const commitmentOptions = labelledOptions(COMMITMENT_IDS, COMMITMENT_LABELS, locale).map((o, i) => ({ ...o, aliases: [...o.aliases!, String(i + 1)] }));
  const tons = numberKind(locale, { digits: 1 });
  const perTon = numberKind(locale, { digits: 0 });
  return [
    field('code', 'identity', textKind(), { pinned: true, width: 90 }),
    field('name', 'identity', textKind(), { pinned: true, width: 240 }),
    field('sectorId', 'responsibility', selectKind(sectorOptions), { width: 170 }),
    field('owner', 'responsibility', textKind(), { width: 170 }),
    field('costBearer', 'responsibility', selectKind(labelledOptions(COST_BEARERS, COST_BEARER_LABELS, locale)), { width: 166 }),
    field('status', 'responsibility', selectKind(labelledOptions(ACTION_STATUSES, STATUS_LABELS, locale)), { width: 120 }),

    field('startYear', 'timing', yearKind(locale), { width: 104, warn: timingWarning(t, 'startYear') }),
    // The window in which the optimiser may move the start (DESIGN §10).
    field('earliestStartYear', 'timing', yearKind(locale, { optional: true }), { width: 110, headerTooltip: t('actions.tip.startWindow') }),
    field('latestStartYear', 'timing', yearKind(locale, { optional: true }), { width: 110, headerTooltip: t('actions.tip.startWindow') }),
    field('implementationYears', 'timing', numberKind(locale, { digits: 0 }), { width: 150 }),
    field('effectStartYear', 'timing', yearKind(locale, { optional: true }), { width: 100, warn: timingWarning(t, 'effectStartYear') }),
    field('effectEndYear', 'timing', yearKind(locale, { optional: true }), { width: 100 }),
    field('rampYears', 'timing', numberKind(locale, { digits: 0, zero: 0 }), { width: 120 }),
    field('lifetimeYears', 'timing', numberKind(locale, { digits: 0, optional: true }), { width: 110 }),

    field('effectKind', 'effect', selectKind(labelledOptions(EFFECT_KINDS, EFFECT_KIND_LABELS, locale)), {
      width: 150,
      edit: { write: writeEffectKind } as SheetColumn<ActionRow>['edit'],
    }),
    field('effectTonsPerYear', 'effect', numberKind(locale, { digits: 1, optional: true }), { width: 110 }),
    field('effectShare', 'effect', percentKind(locale, { optional: true }), { width: 120 }),

    field('capexSek', 'costs', money, { sum: true, headerTooltip: t('actions.tip.capex', { unit: u }), width: 150, warn: usual('capexSek') }),
    field('opexSekPerYear', 'costs', money, { sum: true, width: 135, warn: usual('opexSekPerYear') }),
    field('savingsSekPerYear', 'costs', money, { sum: true, width: 155, warn: usual('savingsSekPerYear') }),

    computed('effect2030', t('actions.col.effectIn', { year: 2030 }), tons, t('actions.tip.effectIn', { year: 2030 }), true),
    computed('effect2040', t('actions.col.effectIn', { year: 2040 }), tons, t('actions.tip.effectIn', { year: 2040 }), true),
    computed('npvSek', t('actions.col.npv', { unit: u }), money, t('actions.tip.npv', { unit: u })),
    computed('levelizedCostSekPerTon', t('actions.col.levelized'), perTon, t('actions.tip.levelized')),
    computed('annualizedCostSekPerTon', t('actions.col.annualized'), perTon, t('actions.tip.annualized')),
    { ...computed('societalNpvSek', t('actions.col.societal', { unit: u }), money, t('actions.tip.societal')), width: 170 },

    ...uncertaintyColumns<ActionRow>({ locale, t, defaults: ctx.uncertaintyDefaults }),
    ...CO_BENEFIT_CATEGORIES.map((c) => scoreColumn(c, ctx)),
    field('coBenefitSekPerYear', 'coBenefits', money, { width: 150 }),

    field('commitments', 'commitments', multiKind(commitmentOptions), { width: 240 }),
    {
      ...field('tags', 'commitments', multiKind([], { free: true }), { width: 180 }),
    },
    field('description', 'notes', textKind(true), { width: 260 }),
    field('notes', 'notes', textKind(), { width: 260 }),
  ].map((c) => (c.id === 'tags' ? { ...c, edit: { ...c.edit!, options: () => ctx.tags().map((x) => ({ value: x, label: x })) } } : c));
}
