// The emissions trajectory of one scenario: the baseline, the scenario (gross and, when the plan
// has sinks, net), the targets as markers at their level, and the 2030 and 2040 lines.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, PointShape, Series } from '../model';
import { ROLE_STYLES } from '../palette';
import { hasBaseline, milestoneLines, withSeriesTable, yearLabels } from './common';

/** Filled shapes only: a target marker must stand out at a glance. */
const TARGET_SHAPES: PointShape[] = ['triangle', 'rectRot', 'rect', 'circle', 'rectRounded'];

export interface TrajectoryInput {
  plan: Plan;
  calc: CalcResult;
  scenarioName: string;
  locale: Locale;
}

export function trajectoryModel({ plan, calc, scenarioName, locale }: TrajectoryInput): ChartModel {
  const text = chartText(locale);
  const years = calc.years;
  const hasSinks = plan.sectors.some((s) => s.isSink);
  const series: Series[] = [
    { id: 'baseline', label: text['chart.series.baselineGross'], kind: 'line', values: calc.emissions.baselineGross, style: ROLE_STYLES.baseline },
    {
      id: 'gross',
      label: fill(text['chart.series.scenarioGross'], { name: scenarioName }),
      kind: 'line',
      values: calc.emissions.gross,
      style: ROLE_STYLES.scenario,
    },
  ];
  if (hasSinks) {
    series.push({
      id: 'net',
      label: fill(text['chart.series.scenarioNet'], { name: scenarioName }),
      kind: 'line',
      values: calc.emissions.net,
      style: ROLE_STYLES.net,
    });
  }
  plan.targets.forEach((target, k) => {
    const result = calc.targets.find((r) => r.id === target.id);
    const i = years.indexOf(target.year);
    if (!result || i < 0) return;
    const values: (number | null)[] = years.map(() => null);
    values[i] = result.level;
    series.push({
      id: `target:${target.id}`,
      label: fill(text['chart.series.target'], { year: target.year, scope: text[`chart.scope.${target.scope}`], name: target.name }),
      kind: 'marker',
      values,
      style: { ...ROLE_STYLES.target, point: TARGET_SHAPES[k % TARGET_SHAPES.length] },
    });
  });
  const quantity = { kind: 'tons' } as const;
  return withSeriesTable(
    {
      id: 'trajectory',
      title: fill(text['chart.trajectory.title'], { name: scenarioName }),
      summary: text['chart.trajectory.summary'],
      categories: yearLabels(years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], quantity, locale), quantity },
      series,
      referenceLines: milestoneLines(years, locale),
      empty: hasBaseline(plan) ? null : text['chart.empty.noBaseline'],
      note: plan.targets.length === 0 ? text['chart.note.noTargets'] : undefined,
    },
    locale,
  );
}
