// One action's actuals per year, like Åtgärder's cost-per-year panel: a row per year, a column per
// figure (investment, operation, savings, effect, note) typed or pasted straight from the finance
// system's report, each beside the reference's plan for that year. Years run down the rows so that
// every column keeps one kind of value (kronor in the plan's unit, tonnes). An empty cell is "not
// reported". Every change is one actuals.set (one undo step, also for a pasted block).
import { useMemo } from 'react';
import { actionSeries, createCalcContext } from '../../../shared/calc';
import type { Action, Actual, Plan } from '../../../shared/domain/types';
import type { FigureKey, FollowUpReference } from '../../../shared/followup';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import type { SheetColumn } from '../../grid/columns';
import { kindColumn, moneyKind, numberKind, textKind } from '../../grid/kinds';
import { SheetGrid } from '../../grid/SheetGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { useStore, type Store } from '../../lib/store';
import { useIdleValue } from '../../lib/useIdleValue';
import { useRememberedFlag } from '../actions/remembered';
import { ACTUAL_FIELD } from './columns';
import { actualsWriter } from './writer';

/** One year of the action: its actuals (editable) beside the reference's plan for that year. */
interface PanelRow {
  year: number;
  actual: Actual | undefined;
  planned: Record<FigureKey, number>;
}

const FIGURES: readonly FigureKey[] = ['capex', 'opex', 'savings', 'effect'];

interface Props {
  plan: Plan;
  reference: FollowUpReference;
  action: Action;
  years: readonly number[];
}

export function ActualsPanel({ plan, reference, action, years }: Props) {
  const { t, locale } = useI18n();
  const unit = plan.plan.moneyUnit;

  // The reference's planned series of the same action, as if included: what the actuals are held against.
  const planned = useMemo(() => {
    const then = reference.plan.actions.find((a) => a.id === action.id);
    const s = then ? actionSeries(createCalcContext(reference.plan, reference.scenarioId), then) : null;
    const start = reference.plan.plan.startYear;
    return (key: FigureKey, y: number) => {
      const series = s?.[key];
      const i = y - start;
      return series && i >= 0 && i < series.length ? series[i] + 0 : 0;
    };
  }, [reference, action.id]);

  const rows = useMemo((): PanelRow[] => {
    const byYear = new Map((plan.actuals ?? []).filter((a) => a.actionId === action.id).map((a) => [a.year, a]));
    return years.map((year) => ({
      year,
      actual: byYear.get(year),
      planned: { capex: planned('capex', year), opex: planned('opex', year), savings: planned('savings', year), effect: planned('effect', year) },
    }));
  }, [plan.actuals, action.id, years, planned]);

  const columns = useMemo((): SheetColumn<PanelRow>[] => {
    const money = moneyKind(unit, locale, { optional: true });
    const tons = numberKind(locale, { digits: 1, optional: true });
    const u = MONEY_UNIT_LABELS[unit][locale];
    const label: Record<FigureKey, string> = {
      capex: t('followup.panel.capex'),
      opex: t('followup.panel.opex'),
      savings: t('followup.panel.savings'),
      effect: t('followup.panel.effect'),
    };
    // Headers short enough to be read whole on a laptop screen (the actual and the plan of one
    // figure must not both shrink to "Investering …"); the unit is in the tooltip and the note.
    const figure = (key: FigureKey): SheetColumn<PanelRow>[] => {
      const kind = key === 'effect' ? tons : money;
      const suffix = key === 'effect' ? '' : ` (${u})`;
      const planned = t('followup.panel.planned', { figure: label[key] });
      return [
        kindColumn<PanelRow>(ACTUAL_FIELD[key], label[key], { ...kind, cleared: null }, (r) => r.actual?.[ACTUAL_FIELD[key]], {
          width: 116,
          sum: true,
          headerTooltip: `${label[key]}${suffix}`,
        }),
        {
          id: `${key}.planned`,
          header: planned,
          headerTooltip: `${planned}${suffix}`,
          numeric: true,
          width: 144,
          sum: true,
          value: (r) => r.planned[key],
          format: kind.format,
          cellClass: () => 'followup-cell--planned',
        },
      ];
    };
    return [
      { id: 'year', header: t('followup.panel.year'), pinned: true, width: 84, value: (r) => r.year, format: (v) => String(v ?? '') },
      ...FIGURES.flatMap(figure),
      kindColumn<PanelRow>('note', t('followup.panel.noteCol'), textKind(true), (r) => r.actual?.note, { width: 160 }),
    ];
  }, [unit, locale, t]);

  const writer = useMemo(() => actualsWriter<PanelRow>((e) => ({ actionId: action.id, year: e.row.year, field: e.column.id })), [action.id]);
  const name = [action.code, action.name].filter(Boolean).join(' ');
  return (
    <section className="cost-panel__body" aria-label={t('followup.panel.for', { action: name })}>
      <SheetGrid
        id="followup-actuals"
        label={t('followup.panel.grid')}
        rows={rows}
        rowId={(r) => String(r.year)}
        rowLabel={(r) => String(r.year)}
        columns={columns}
        writer={writer}
        noun={t('followup.panel.noun')}
        className="sheet--compact"
        filters={false}
        autoHeight
      />
    </section>
  );
}

interface FocusedProps {
  plan: Plan;
  reference: FollowUpReference;
  focus: Store<string | null>;
  years: readonly number[];
}

/** The panel beside the grid, for the action the focus is on (follows it once the page is idle). */
export function FocusedActualsPanel({ plan, reference, focus, years }: FocusedProps) {
  const { t, locale } = useI18n();
  const focusedId = useIdleValue(useStore(focus));
  const [open, setOpen] = useRememberedFlag('klimat.followup.panel', true);
  const focused = useMemo(() => (focusedId === null ? null : (plan.actions.find((a) => a.id === focusedId) ?? null)), [plan.actions, focusedId]);
  return (
    <div className={open ? 'cost-panel' : 'cost-panel cost-panel--closed'}>
      <button type="button" className="cost-panel__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {focused ? t('followup.panel.for', { action: [focused.code, focused.name].filter(Boolean).join(' ') }) : t('followup.panel.title')}
      </button>
      {open && focused && <span className="cost-panel__note">{t('followup.panel.note', { unit: MONEY_UNIT_LABELS[plan.plan.moneyUnit][locale] })}</span>}
      {open &&
        (focused ? (
          <ActualsPanel plan={plan} reference={reference} action={focused} years={years} />
        ) : (
          <p className="cost-panel__empty">{t('followup.panel.none')}</p>
        ))}
    </div>
  );
}
