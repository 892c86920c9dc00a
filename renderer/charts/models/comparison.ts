// Net trajectories of two to four scenarios on one chart, against the baseline.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { withUnit } from '../format';
import { chartText } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import { hasBaseline, milestoneLines, withSeriesTable, yearLabels } from './common';

export interface Compared {
  name: string;
  calc: CalcResult;
}

export function comparisonModel({ plan, compared, locale }: { plan: Plan; compared: Compared[]; locale: Locale }): ChartModel {
  const text = chartText(locale);
  const first = compared[0]?.calc;
  const years = first?.years ?? [];
  const series: Series[] = compared.map((c, k) => ({
    id: `scenario:${c.calc.scenarioId}`,
    label: c.name,
    kind: 'line',
    values: c.calc.emissions.net,
    style: seriesStyle(k),
  }));
  if (first)
    series.push({ id: 'baseline', label: text['chart.series.baselineNet'], kind: 'line', values: first.emissions.baselineNet, style: ROLE_STYLES.baseline });
  const quantity = { kind: 'tons' } as const;
  let empty: string | null = null;
  if (!hasBaseline(plan)) empty = text['chart.empty.noBaseline'];
  else if (compared.length === 0) empty = text['chart.empty.chooseScenarios'];
  return withSeriesTable(
    {
      id: 'scenario-comparison',
      title: text['chart.comparison.title'],
      summary: text['chart.comparison.summary'],
      categories: yearLabels(years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.netEmissions'], quantity, locale), quantity },
      series,
      referenceLines: milestoneLines(years, locale),
      empty,
      note: compared.length === 1 ? text['chart.note.compareMore'] : undefined,
    },
    locale,
  );
}
