// The scenario's emissions by sector, stacked per year (sinks below zero), with the net total
// as a line on top.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import { hasBaseline, sectorGroups, sumRows, withSeriesTable, yearLabels } from './common';

export function sectorStackModel({ plan, calc, scenarioName, locale }: { plan: Plan; calc: CalcResult; scenarioName: string; locale: Locale }): ChartModel {
  const text = chartText(locale);
  const n = calc.years.length;
  const series: Series[] = sectorGroups(plan, locale).map((g, k) => ({
    id: g.id,
    label: g.label,
    kind: 'bar',
    values: sumRows(
      g.members.map((i) => calc.emissions.bySector[plan.sectors[i].id]),
      n,
    ),
    stack: 'sectors',
    style: seriesStyle(k),
  }));
  series.push({ id: 'net', label: text['chart.series.net'], kind: 'line', values: calc.emissions.net, style: ROLE_STYLES.net });
  const quantity = { kind: 'tons' } as const;
  return withSeriesTable(
    {
      id: 'sector-stack',
      title: fill(text['chart.sectors.title'], { name: scenarioName }),
      summary: text['chart.sectors.summary'],
      stacked: true,
      categories: yearLabels(calc.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], quantity, locale), quantity },
      series,
      empty: hasBaseline(plan) ? null : text['chart.empty.noBaseline'],
    },
    locale,
  );
}
