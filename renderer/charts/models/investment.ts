// Money per year of the included actions: capex and opex stacked up, savings down below zero,
// the net cost as a line. As an option the costs are split by cost bearer instead.
import type { CalcResult } from '../../../shared/calc';
import { COST_BEARERS, type CostBearer } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { COST_BEARER_LABELS, labelOf } from '../../../shared/i18n/labels';
import { inUnit, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import type { CostParts } from './aggregates';
import { noActionsReason, withSeriesTable, yearLabels } from './common';

export type InvestmentMode = 'component' | 'bearer';

export interface InvestmentInput {
  plan: Plan;
  calc: CalcResult;
  /** Needed for mode 'bearer'. */
  byBearer?: Record<CostBearer, CostParts>;
  mode: InvestmentMode;
  scenarioName: string;
  locale: Locale;
}

export function investmentModel({ plan, calc, byBearer, mode, scenarioName, locale }: InvestmentInput): ChartModel {
  const text = chartText(locale);
  const unit = plan.plan.moneyUnit;
  const money = (xs: readonly number[]) => xs.map((v) => inUnit(v, unit));
  const savings: Series = {
    id: 'savings',
    label: text['chart.series.savingsNegative'],
    kind: 'bar',
    values: calc.costs.savings.map((v) => (v === 0 ? 0 : -inUnit(v, unit))),
    stack: 'money',
    style: seriesStyle(2),
  };
  const net: Series = { id: 'net', label: text['chart.series.netCost'], kind: 'line', values: money(calc.costs.net), style: ROLE_STYLES.net };
  let series: Series[];
  if (mode === 'bearer' && byBearer) {
    const bearers = COST_BEARERS.filter((b) => byBearer[b].capex.some((v) => v !== 0) || byBearer[b].opex.some((v) => v !== 0));
    series = [
      ...bearers.map((b, k): Series => ({
        id: `bearer:${b}`,
        label: fill(text['chart.series.costsOf'], { bearer: labelOf(COST_BEARER_LABELS, b, locale) }),
        kind: 'bar',
        values: byBearer[b].capex.map((c, i) => inUnit(c + byBearer[b].opex[i], unit)),
        stack: 'money',
        style: seriesStyle(k + 3),
      })),
      savings,
      net,
    ];
  } else {
    series = [
      { id: 'capex', label: text['chart.series.capex'], kind: 'bar', values: money(calc.costs.capex), stack: 'money', style: seriesStyle(0) },
      { id: 'opex', label: text['chart.series.opex'], kind: 'bar', values: money(calc.costs.opex), stack: 'money', style: seriesStyle(1) },
      savings,
      net,
    ];
  }
  const quantity = { kind: 'money', unit } as const;
  return withSeriesTable(
    {
      id: `investment-${mode}`,
      title: fill(text[mode === 'bearer' ? 'chart.investment.titleBearer' : 'chart.investment.title'], { name: scenarioName }),
      summary: text['chart.investment.summary'],
      stacked: true,
      categories: yearLabels(calc.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.moneyPerYear'], quantity, locale), quantity },
      series,
      empty: noActionsReason(plan, calc, locale),
    },
    locale,
  );
}
