// Who pays: the period's capex, opex and savings of the included actions per cost bearer, as
// sideways bars. Most of a territory's climate investment lies outside the municipal budget.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { COST_BEARER_LABELS, labelOf } from '../../../shared/i18n/labels';
import { inUnit, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel } from '../model';
import { seriesStyle } from '../palette';
import type { BearerTotals } from './aggregates';
import { noActionsReason, withSeriesTable } from './common';

export interface CostBearerInput {
  plan: Plan;
  calc: CalcResult;
  totals: BearerTotals[];
  scenarioName: string;
  locale: Locale;
}

export function costBearerModel({ plan, calc, totals, scenarioName, locale }: CostBearerInput): ChartModel {
  const text = chartText(locale);
  const unit = plan.plan.moneyUnit;
  const quantity = { kind: 'money', unit } as const;
  const part = (key: 'capex' | 'opex' | 'savings') => totals.map((t) => inUnit(t[key], unit));
  return withSeriesTable(
    {
      id: 'cost-bearers',
      title: fill(text['chart.bearers.title'], { name: scenarioName, from: calc.years[0], to: calc.years.at(-1) ?? '' }),
      summary: text['chart.bearers.summary'],
      horizontal: true,
      categories: totals.map((t) => labelOf(COST_BEARER_LABELS, t.bearer, locale)),
      categoryTitle: text['chart.costBearer'],
      value: { title: withUnit(text['chart.axis.periodSum'], quantity, locale), quantity },
      series: [
        { id: 'capex', label: text['chart.series.capex'], kind: 'bar', values: part('capex'), style: seriesStyle(0) },
        { id: 'opex', label: text['chart.series.opex'], kind: 'bar', values: part('opex'), style: seriesStyle(1) },
        { id: 'savings', label: text['chart.series.savings'], kind: 'bar', values: part('savings'), style: seriesStyle(2) },
      ],
      empty: noActionsReason(plan, calc, locale),
    },
    locale,
  );
}
