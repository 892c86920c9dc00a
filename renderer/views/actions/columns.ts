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
import type { Sector, UncertaintyDefaults } from '../../../shared/domain/types';
import { UNCERTAINTY_GROUP, uncertaintyColumns } from '../../uncertainty/gridColumns';
import { formatNumber, type Locale } from '../../../shared/format/number';
import {
  CO_BENEFIT_LABELS,
  COMMITMENT_LABELS,
  COST_BEARER_LABELS,
  EFFECT_KIND_LABELS,
  MONEY_UNIT_LABELS,
  STATUS_LABELS,
} from '../../../shared/i18n/labels';
import type { ColumnGroup, Option, SheetColumn } from '../../grid/columns';
import { kindColumn, labelledOptions, moneyKind, multiKind, numberKind, percentKind, selectKind, textKind, yearKind, type Kind } from '../../grid/kinds';
import type { Translate } from '../../i18n/translate';
import type { ActionRow } from './rows';

export interface ActionColumnContext {
  unit: MoneyUnit;
  locale: Locale;
  t: Translate;
  sectors: readonly Sector[];
  /** Every tag used in the plan (read when a tag editor opens, so it needs no rebuild). */
  tags(): readonly string[];
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

type Field = keyof ActionRow['action'];

/** A column of one action field of `kind`. */
function field(id: Field, header: string, group: string, kind: Kind, extra: Partial<SheetColumn<ActionRow>> = {}): SheetColumn<ActionRow> {
  return kindColumn<ActionRow>(id, header, kind, (r) => r.action[id], { group, ...extra });
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

export function actionColumns(ctx: ActionColumnContext): SheetColumn<ActionRow>[] {
  const { t, locale, unit } = ctx;
  const u = MONEY_UNIT_LABELS[unit][locale];
  const money = moneyKind(unit, locale);
  const sectorOptions: Option[] = ctx.sectors.map((s) => ({ value: s.id, label: s.name }));
  const commitmentOptions = labelledOptions(COMMITMENT_IDS, COMMITMENT_LABELS, locale).map((o, i) => ({ ...o, aliases: [...o.aliases!, String(i + 1)] }));
  const tons = numberKind(locale, { digits: 1 });
  const perTon = numberKind(locale, { digits: 0 });
  return [
    field('code', t('actions.col.code'), 'identity', textKind(), { pinned: true, width: 90 }),
    field('name', t('actions.col.name'), 'identity', textKind(), { pinned: true, width: 240 }),
    field('sectorId', t('actions.col.sector'), 'responsibility', selectKind(sectorOptions), { width: 170 }),
    field('owner', t('actions.col.owner'), 'responsibility', textKind(), { width: 170 }),
    field('costBearer', t('actions.col.costBearer'), 'responsibility', selectKind(labelledOptions(COST_BEARERS, COST_BEARER_LABELS, locale)), { width: 150 }),
    field('status', t('actions.col.status'), 'responsibility', selectKind(labelledOptions(ACTION_STATUSES, STATUS_LABELS, locale)), { width: 120 }),

    field('startYear', t('actions.col.startYear'), 'timing', yearKind(locale), { width: 90 }),
    field('implementationYears', t('actions.col.implementationYears'), 'timing', numberKind(locale, { digits: 0 }), { width: 120 }),
    field('effectStartYear', t('actions.col.effectStartYear'), 'timing', yearKind(locale, { optional: true }), { width: 100 }),
    field('effectEndYear', t('actions.col.effectEndYear'), 'timing', yearKind(locale, { optional: true }), { width: 100 }),
    field('rampYears', t('actions.col.rampYears'), 'timing', numberKind(locale, { digits: 0, zero: 0 }), { width: 120 }),
    field('lifetimeYears', t('actions.col.lifetimeYears'), 'timing', numberKind(locale, { digits: 0, optional: true }), { width: 110 }),

    field('effectKind', t('actions.col.effectKind'), 'effect', selectKind(labelledOptions(EFFECT_KINDS, EFFECT_KIND_LABELS, locale)), {
      width: 150,
      edit: { write: writeEffectKind } as SheetColumn<ActionRow>['edit'],
    }),
    field('effectTonsPerYear', t('actions.col.effectTons'), 'effect', numberKind(locale, { digits: 1, optional: true }), { width: 110 }),
    field('effectShare', t('actions.col.effectShare'), 'effect', percentKind(locale, { optional: true }), { width: 120 }),

    field('capexSek', t('actions.col.capex', { unit: u }), 'costs', money, { sum: true, headerTooltip: t('actions.tip.capex', { unit: u }), width: 150 }),
    field('opexSekPerYear', t('actions.col.opex', { unit: u }), 'costs', money, { sum: true, width: 135 }),
    field('savingsSekPerYear', t('actions.col.savings', { unit: u }), 'costs', money, { sum: true, width: 155 }),

    computed('effect2030', t('actions.col.effectIn', { year: 2030 }), tons, t('actions.tip.effectIn', { year: 2030 }), true),
    computed('effect2040', t('actions.col.effectIn', { year: 2040 }), tons, t('actions.tip.effectIn', { year: 2040 }), true),
    computed('npvSek', t('actions.col.npv', { unit: u }), money, t('actions.tip.npv', { unit: u })),
    computed('levelizedCostSekPerTon', t('actions.col.levelized'), perTon, t('actions.tip.levelized')),
    computed('annualizedCostSekPerTon', t('actions.col.annualized'), perTon, t('actions.tip.annualized')),
    { ...computed('societalNpvSek', t('actions.col.societal', { unit: u }), money, t('actions.tip.societal')), width: 170 },

    ...uncertaintyColumns<ActionRow>({ locale, t, defaults: ctx.uncertaintyDefaults }),
    ...CO_BENEFIT_CATEGORIES.map((c) => scoreColumn(c, ctx)),
    field('coBenefitSekPerYear', t('actions.col.coBenefitValue', { unit: u }), 'coBenefits', money, { width: 150 }),

    field('commitments', t('actions.col.commitments'), 'commitments', multiKind(commitmentOptions), { width: 240 }),
    {
      ...field('tags', t('actions.col.tags'), 'commitments', multiKind([], { free: true }), { width: 180 }),
    },
    field('description', t('actions.col.description'), 'notes', textKind(true), { width: 260 }),
    field('notes', t('actions.col.notes'), 'notes', textKind(), { width: 260 }),
  ].map((c) => (c.id === 'tags' ? { ...c, edit: { ...c.edit!, options: () => ctx.tags().map((x) => ({ value: x, label: x })) } } : c));
}
