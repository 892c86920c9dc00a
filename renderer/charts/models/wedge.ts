// The wedges between the baseline and the scenario: avoided tonnes per year stacked on top of
// the scenario's net emissions, so that together they reach the baseline. Per sector, avoided =
// B_s − S_s (for a sink: the extra removals); per action, the action's effect e_a, the largest
// actions apart and the rest together.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import type { Baselines } from './baselines';
import { hasBaseline, isAllZero, noActionsReason, sectorGroups, sumRows, withSeriesTable, yearLabels } from './common';

export type WedgeMode = 'sector' | 'action';

/** Actions drawn as wedges of their own; the rest share one. */
export const WEDGE_ACTIONS = 8;

export interface WedgeInput {
  plan: Plan;
  calc: CalcResult;
  baselines: Baselines;
  mode: WedgeMode;
  scenarioName: string;
  locale: Locale;
}

export function wedgeModel({ plan, calc, baselines, mode, scenarioName, locale }: WedgeInput): ChartModel {
  const text = chartText(locale);
  const n = calc.years.length;
  const wedges = mode === 'sector' ? sectorWedges(plan, calc, baselines, locale) : actionWedges(plan, calc, locale);
  const series: Series[] = [
    {
      id: 'scenario',
      label: fill(text['chart.series.scenarioNet'], { name: scenarioName }),
      kind: 'line',
      values: calc.emissions.net,
      stack: 'wedges',
      style: ROLE_STYLES.scenario,
    },
    ...wedges.map((w, k) => ({ id: w.id, label: w.label, kind: 'area' as const, values: w.values, stack: 'wedges', style: seriesStyle(k + 1) })),
    {
      id: 'baseline',
      label: text['chart.series.baselineNet'],
      kind: 'line',
      values: calc.emissions.baselineNet,
      stack: 'baseline',
      style: ROLE_STYLES.baseline,
    },
  ];
  const quantity = { kind: 'tons' } as const;
  let empty: string | null = hasBaseline(plan) ? noActionsReason(plan, calc, locale) : text['chart.empty.noBaseline'];
  if (!empty && wedges.every((w) => isAllZero(w.values))) empty = text['chart.empty.noEffect'];
  return withSeriesTable(
    {
      id: `wedges-${mode}`,
      title: fill(text[mode === 'sector' ? 'chart.wedges.titleSector' : 'chart.wedges.titleAction'], { name: scenarioName }),
      summary: text['chart.wedges.summary'],
      stacked: 'single',
      zeroBased: false,
      categories: yearLabels(calc.years.slice(0, n)),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.netEmissions'], quantity, locale), quantity },
      series,
      empty,
    },
    locale,
  );
}

interface Wedge {
  id: string;
  label: string;
  values: number[];
}

function sectorWedges(plan: Plan, calc: CalcResult, baselines: Baselines, locale: Locale): Wedge[] {
  const n = calc.years.length;
  return sectorGroups(plan, locale)
    .map((g) => {
      const base = sumRows(
        g.members.map((i) => baselines.bySector[i]),
        n,
      );
      const scenario = sumRows(
        g.members.map((i) => calc.emissions.bySector[plan.sectors[i].id]),
        n,
      );
      return { id: `sector:${g.id}`, label: g.label, values: base.map((b, i) => b - scenario[i]) };
    })
    .filter((w) => !isAllZero(w.values));
}

function actionWedges(plan: Plan, calc: CalcResult, locale: Locale): Wedge[] {
  const n = calc.years.length;
  const included = calc.actions
    .map((r, k) => ({ r, action: plan.actions[k], sum: r.effect.reduce((a, b) => a + b, 0) }))
    .filter((x) => x.r.included && x.sum > 0)
    .sort((a, b) => b.sum - a.sum);
  const wedges: Wedge[] = included.slice(0, WEDGE_ACTIONS).map((x) => ({
    id: `action:${x.action.id}`,
    label: `${x.action.code} ${x.action.name}`.trim(),
    values: x.r.effect.slice(0, n),
  }));
  const rest = included.slice(WEDGE_ACTIONS);
  if (rest.length) {
    wedges.push({
      id: 'action:rest',
      label: fill(chartText(locale)['chart.series.otherActions'], { count: rest.length }),
      values: sumRows(
        rest.map((x) => x.r.effect),
        n,
      ),
    });
  }
  return wedges;
}
