// Effect and capex per joint commitment: two bars per commitment on two axes (tonnes below,
// money above), from the linked actions that the scenario includes.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { COMMITMENT_LABELS, labelOf } from '../../../shared/i18n/labels';
import { inUnit, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel } from '../model';
import { seriesStyle } from '../palette';
import type { CommitmentTotals } from './aggregates';
import { withSeriesTable } from './common';

export function commitmentSummaryModel({
  plan,
  calc,
  totals,
  year,
  scenarioName,
  locale,
}: {
  plan: Plan;
  calc: CalcResult;
  totals: CommitmentTotals[];
  year: number;
  scenarioName: string;
  locale: Locale;
}): ChartModel {
  const text = chartText(locale);
  const unit = plan.plan.moneyUnit;
  const tons = { kind: 'tons' } as const;
  const money = { kind: 'money', unit } as const;
  const linked = totals.some((t) => t.linked > 0);
  const counted = totals.some((t) => t.effect !== 0 || t.capex !== 0);
  let empty: string | null = null;
  if (!linked) empty = text['chart.empty.noLinks'];
  else if (!counted) empty = text['chart.empty.linksNotIncluded'];
  return withSeriesTable(
    {
      id: 'commitment-summary',
      title: fill(text['chart.commitments.title'], { name: scenarioName, year }),
      summary: text['chart.commitments.summary'],
      horizontal: true,
      categories: totals.map((t, i) => `${i + 1}. ${labelOf(COMMITMENT_LABELS, t.id, locale)}`),
      categoryTitle: text['chart.commitment'],
      value: { title: withUnit(fill(text['chart.axis.effectInYear'], { year }), tons, locale), quantity: tons },
      value2: { title: withUnit(fill(text['chart.axis.capexPeriod'], { from: calc.years[0], to: calc.years.at(-1) ?? '' }), money, locale), quantity: money },
      series: [
        {
          id: 'effect',
          label: fill(text['chart.series.effectInYear'], { year }),
          legend: fill(text['chart.legend.lowerAxis'], { label: fill(text['chart.series.effectInYear'], { year }) }),
          kind: 'bar',
          values: totals.map((t) => t.effect),
          style: seriesStyle(2),
        },
        {
          id: 'capex',
          label: text['chart.series.capex'],
          legend: fill(text['chart.legend.upperAxis'], { label: text['chart.series.capex'] }),
          kind: 'bar',
          values: totals.map((t) => inUnit(t.capex, unit)),
          secondary: true,
          style: seriesStyle(0),
        },
      ],
      empty,
    },
    locale,
  );
}
