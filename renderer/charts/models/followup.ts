// The follow-up charts (DESIGN §8), for Uppföljning and the follow-up report: planned against
// actual spending per year, and the observed emissions against the adopted trajectory, the target
// path and the pace needed from the last observed year to each target.
import type { Plan } from '../../../shared/domain/types';
import type { FollowUpReference, FollowUpResult } from '../../../shared/followup';
import type { Locale } from '../../../shared/format/number';
import { followupText } from '../../views/followup/messages';
import { inUnit, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, PointShape, Series } from '../model';
import { ROLE_STYLES, seriesStyle } from '../palette';
import { milestoneLines, withSeriesTable, yearLabels } from './common';

const TARGET_SHAPES: PointShape[] = ['triangle', 'rectRot', 'rect', 'circle', 'rectRounded'];

export interface FollowUpChartInput {
  plan: Plan;
  reference: FollowUpReference;
  result: FollowUpResult;
  locale: Locale;
}

/** Planned and actual investment and operation per year, from the plan's first year to the follow-up year (at least this year). */
export function spendingModel({ plan, result, locale }: FollowUpChartInput, lastYear = result.year): ChartModel {
  const text = followupText(locale);
  const unit = plan.plan.moneyUnit;
  const { totals } = result;
  const upTo = totals.years.findIndex((y) => y > lastYear);
  const n = upTo < 0 ? totals.years.length : upTo;
  const money = (xs: readonly (number | null)[]) => xs.slice(0, n).map((v) => (v === null ? null : inUnit(v, unit)));
  const series: Series[] = [
    {
      id: 'plannedCapex',
      label: text['followup.chart.plannedCapex'],
      kind: 'bar',
      values: money(totals.capex.planned),
      style: { ...seriesStyle(0), pattern: 'diagonal' },
    },
    { id: 'actualCapex', label: text['followup.chart.actualCapex'], kind: 'bar', values: money(totals.capex.actual), style: seriesStyle(0) },
    {
      id: 'plannedOpex',
      label: text['followup.chart.plannedOpex'],
      kind: 'bar',
      values: money(totals.opex.planned),
      style: { ...seriesStyle(1), pattern: 'dots' },
    },
    { id: 'actualOpex', label: text['followup.chart.actualOpex'], kind: 'bar', values: money(totals.opex.actual), style: seriesStyle(1) },
  ];
  const quantity = { kind: 'money', unit } as const;
  return withSeriesTable(
    {
      id: 'followup-spending',
      title: text['followup.chart.spending.title'],
      summary: text['followup.chart.spending.summary'],
      categories: yearLabels(totals.years.slice(0, n)),
      categoryTitle: chartText(locale)['chart.year'],
      value: { title: withUnit(chartText(locale)['chart.axis.moneyPerYear'], quantity, locale), quantity },
      series,
      empty: null,
    },
    locale,
  );
}

/**
 * Observed gross emissions, the reference's trajectory, the target path (the gross targets' levels
 * joined from the first plan year's baseline) and, per target ahead, the path of the pace needed
 * from the last observed year: observed(L) × (1 − pace)^(y − L).
 */
export function emissionsModel({ reference, result, locale }: FollowUpChartInput): ChartModel {
  const text = followupText(locale);
  const { emissions } = result;
  const years = emissions.years;
  const scenarioName = reference.plan.scenarios.find((s) => s.id === reference.scenarioId)?.name ?? reference.scenarioId;
  const series: Series[] = [
    {
      id: 'observed',
      label: text['followup.chart.observed'],
      kind: 'line',
      values: emissions.observedGross,
      style: { ...ROLE_STYLES.scenario, color: '#1b2421', point: 'circle' },
    },
    {
      id: 'planned',
      label: fill(text['followup.chart.planned'], { name: scenarioName }),
      kind: 'line',
      values: emissions.plannedGross,
      style: ROLE_STYLES.scenario,
    },
  ];
  const path = targetPath(reference, result);
  if (path)
    series.push({
      id: 'targetPath',
      label: text['followup.chart.targetPath'],
      kind: 'line',
      values: path,
      style: { ...ROLE_STYLES.baseline, color: '#2e7d32', dash: [6, 4] },
    });
  result.targets.forEach((p, k) => {
    if (
      p.requiredPace === null ||
      p.lastObservedYear === null ||
      p.observed === null ||
      !reference.plan.targets.some((t) => t.id === p.id && t.kind !== 'netZero' && t.scope === 'gross')
    )
      return;
    const values = years.map((y) => (y < p.lastObservedYear! || y > p.year ? null : p.observed! * Math.pow(1 - p.requiredPace!, y - p.lastObservedYear!)));
    series.push({
      id: `pace:${p.id}`,
      label: fill(text['followup.chart.required'], { year: p.year }),
      kind: 'line',
      values,
      style: { ...ROLE_STYLES.target, dash: [2, 3], point: TARGET_SHAPES[k % TARGET_SHAPES.length] },
    });
  });
  const quantity = { kind: 'tons' } as const;
  const hasObserved = emissions.observedGross.some((v) => v !== null);
  return withSeriesTable(
    {
      id: 'followup-emissions',
      title: text['followup.chart.emissions.title'],
      summary: text['followup.chart.emissions.summary'],
      categories: yearLabels(years),
      categoryTitle: chartText(locale)['chart.year'],
      value: { title: withUnit(chartText(locale)['chart.axis.emissions'], quantity, locale), quantity },
      series,
      referenceLines: milestoneLines(years, locale),
      empty: hasObserved || emissions.plannedGross.some((v) => v !== null && v !== 0) ? null : text['followup.chart.empty'],
      note: hasObserved ? undefined : text['followup.chart.noObserved'],
    },
    locale,
  );
}

/** The gross targets' levels, joined by straight lines from the reference's first-year baseline; null without gross targets. */
function targetPath(reference: FollowUpReference, result: FollowUpResult): (number | null)[] | null {
  const ref = reference.plan;
  const years = result.emissions.years;
  const start = ref.plan.startYear;
  const startValue = result.emissions.plannedGross[years.indexOf(start)];
  const levels = new Map<number, number>();
  // Target levels are the engine's (calc.targets), which the follow-up keeps for the targets ahead.
  for (const p of result.targets) {
    const t = ref.targets.find((x) => x.id === p.id);
    if (t && t.kind !== 'netZero' && t.scope === 'gross') levels.set(p.year, Math.min(levels.get(p.year) ?? Infinity, p.level));
  }
  if (!levels.size || startValue === null || startValue === undefined) return null;
  const points = [[start, baselineGross(ref, result) ?? startValue] as const, ...[...levels].sort((a, b) => a[0] - b[0])];
  return years.map((y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [y0, v0] = points[i];
      const [y1, v1] = points[i + 1];
      if (y >= y0 && y <= y1) return y1 === y0 ? v1 : v0 + ((v1 - v0) * (y - y0)) / (y1 - y0);
    }
    return null;
  });
}

/** The observed gross total of the plan's first year when there is one: where the path starts. */
function baselineGross(ref: Plan, result: FollowUpResult): number | null {
  const i = result.emissions.years.indexOf(ref.plan.startYear);
  return i < 0 ? null : result.emissions.observedGross[i];
}
