// Monetised co-benefits per year of the scenario's included actions (the values the engine
// credits in societal NPV).
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { inUnit, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel } from '../model';
import { seriesStyle } from '../palette';
import { isAllZero, noActionsReason, withSeriesTable, yearLabels } from './common';

export function coBenefitModel({
  plan,
  calc,
  perYear,
  scenarioName,
  locale,
}: {
  plan: Plan;
  calc: CalcResult;
  perYear: number[];
  scenarioName: string;
  locale: Locale;
}): ChartModel {
  const text = chartText(locale);
  const unit = plan.plan.moneyUnit;
  const quantity = { kind: 'money', unit } as const;
  let empty = noActionsReason(plan, calc, locale);
  if (!empty && isAllZero(perYear)) empty = text['chart.empty.noCoBenefitValues'];
  return withSeriesTable(
    {
      id: 'co-benefits',
      title: fill(text['chart.coBenefits.title'], { name: scenarioName }),
      summary: text['chart.coBenefits.summary'],
      categories: yearLabels(calc.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.moneyPerYear'], quantity, locale), quantity },
      series: [
        {
          id: 'value',
          label: text['chart.series.coBenefitValue'],
          kind: 'bar',
          values: perYear.map((v) => inUnit(v, unit)),
          style: { ...seriesStyle(5), pattern: 'solid' },
        },
      ],
      empty,
    },
    locale,
  );
}
