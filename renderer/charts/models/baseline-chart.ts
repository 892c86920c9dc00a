// The baseline (business as usual) per sector, stacked per year, sinks below zero, with the
// net total as a line: what the Mål view's points and annual changes add up to.
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { withUnit } from '../format';
import { chartText } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import type { Baselines } from './baselines';
import { hasBaseline, sectorGroups, sumRows, withSeriesTable, yearLabels } from './common';

export function baselineModel({ plan, baselines, locale }: { plan: Plan; baselines: Baselines; locale: Locale }): ChartModel {
  const text = chartText(locale);
  const n = baselines.years.length;
  const series: Series[] = sectorGroups(plan, locale).map((g, k) => ({
    id: g.id,
    label: g.label,
    kind: 'bar',
    values: sumRows(
      g.members.map((i) => baselines.bySector[i]),
      n,
    ),
    stack: 'sectors',
    style: seriesStyle(k),
  }));
  series.push({ id: 'net', label: text['chart.series.baselineNet'], kind: 'line', values: sumRows(baselines.bySector, n), style: ROLE_STYLES.net });
  const quantity = { kind: 'tons' } as const;
  return withSeriesTable(
    {
      id: 'baseline',
      title: text['chart.baseline.title'],
      summary: text['chart.baseline.summary'],
      stacked: true,
      categories: yearLabels(baselines.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], quantity, locale), quantity },
      series,
      empty: hasBaseline(plan) ? null : text['chart.empty.noBaseline'],
    },
    locale,
  );
}
