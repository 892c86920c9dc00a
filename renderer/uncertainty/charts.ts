// The uncertainty's charts as chart models (renderer/charts/model.ts), for Scenarier and the
// council report alike: the fan of the drawn emissions per year, and the actions that drive
// the spread in one year.
import type { CalcResult } from '../../shared/calc';
import type { TargetScope } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/types';
import type { Locale } from '../../shared/format/number';
import type { SeriesBand, UncertaintyResult } from '../../shared/uncertainty';
import { formatValue, unitLabel, withUnit } from '../charts/format';
import { chartText, fill } from '../charts/messages';
import type { ChartModel, PointShape, Quantity, Series, SeriesStyle, TableModel } from '../charts/model';
import { hasBaseline, milestoneLines, withLazyTable, yearLabels } from '../charts/models/common';
import { ROLE_STYLES } from '../charts/palette';
import { uncertaintyText } from './messages';

/** The fan's bands in the scenario's blue, the inner one darker: told apart by shade in grey print too. */
const OUTER_BAND: SeriesStyle = { color: 'rgba(31, 95, 158, 0.18)', pattern: 'solid', dash: [], point: 'rect' };
const INNER_BAND: SeriesStyle = { color: 'rgba(31, 95, 158, 0.38)', pattern: 'solid', dash: [], point: 'rect' };
const EDGE: SeriesStyle = { color: 'rgba(31, 95, 158, 0)', pattern: 'solid', dash: [], point: 'circle' };
const TARGET_SHAPES: PointShape[] = ['triangle', 'rectRot', 'rect', 'circle', 'rectRounded'];
const TONS: Quantity = { kind: 'tons' };

/** The percentile columns of the fan's table, in order: what `klimat uncertainty` prints per year. */
export const FAN_COLUMNS = ['p5', 'p10', 'p50', 'p90', 'p95', 'mean'] as const;

export interface FanInput {
  plan: Plan;
  result: UncertaintyResult;
  /** The scenario's own calculation: the path without uncertainty and the targets' levels. */
  calc: CalcResult;
  scope: TargetScope;
  scenarioName: string;
  locale: Locale;
}

export function fanModel({ plan, result, calc, scope, scenarioName, locale }: FanInput): ChartModel {
  const text = uncertaintyText(locale);
  const band: SeriesBand = result[scope];
  const deterministic = scope === 'gross' ? calc.emissions.gross : calc.emissions.net;
  const series: Series[] = [
    { id: 'p5', label: text['uncertainty.series.p5'], kind: 'edge', values: band.p5, style: EDGE },
    { id: 'p95', label: text['uncertainty.series.p95'], legend: text['uncertainty.series.band90'], kind: 'band', values: band.p95, style: OUTER_BAND },
    { id: 'p10', label: text['uncertainty.series.p10'], kind: 'edge', values: band.p10, style: EDGE },
    { id: 'p90', label: text['uncertainty.series.p90'], legend: text['uncertainty.series.band80'], kind: 'band', values: band.p90, style: INNER_BAND },
    { id: 'p50', label: text['uncertainty.series.median'], kind: 'line', values: band.p50, style: ROLE_STYLES.scenario },
    { id: 'deterministic', label: text['uncertainty.series.deterministic'], kind: 'line', values: deterministic, style: ROLE_STYLES.net },
    ...targetMarkers(plan, calc, scope, locale),
  ];
  const model: Omit<ChartModel, 'table'> = {
    id: `uncertainty-${scope}`,
    title: fill(text['uncertainty.fan.title'], { scope: text[`uncertainty.fan.scope.${scope}`], name: scenarioName }),
    summary: text['uncertainty.fan.summary'],
    categories: yearLabels(result.years),
    categoryTitle: chartText(locale)['chart.year'],
    value: { title: withUnit(chartText(locale)['chart.axis.emissions'], TONS, locale), quantity: TONS },
    series,
    referenceLines: milestoneLines(result.years, locale),
    empty: hasBaseline(plan) ? null : chartText(locale)['chart.empty.noBaseline'],
    note: fill(text['uncertainty.fan.note'], { draws: formatValue(result.draws, { kind: 'count' }, locale), seed: String(result.seed) }),
  };
  return withLazyTable(model, () => fanTable(result, band, deterministic, locale));
}

/** Per year the percentiles and mean the CLI prints, and the path without uncertainty. */
function fanTable(result: UncertaintyResult, band: SeriesBand, deterministic: readonly number[], locale: Locale): TableModel {
  const text = uncertaintyText(locale);
  const unit = unitLabel(TONS, locale);
  const names = [...FAN_COLUMNS.map((k) => text[`uncertainty.series.${k}`]), text['uncertainty.series.deterministic']];
  return {
    rowHeader: chartText(locale)['chart.year'],
    columns: names.map((n) => `${n} (${unit})`),
    rows: result.years.map((year, i) => ({
      header: String(year),
      cells: [...FAN_COLUMNS.map((k) => band[k][i]), deterministic[i]].map((v) => formatValue(v, TONS, locale)),
    })),
  };
}

/** The targets judged on this scope, as markers at their level (netZero is always net). */
function targetMarkers(plan: Plan, calc: CalcResult, scope: TargetScope, locale: Locale): Series[] {
  const text = chartText(locale);
  const out: Series[] = [];
  plan.targets.forEach((target, k) => {
    const judgedOn = target.kind === 'netZero' ? 'net' : target.scope;
    const result = calc.targets.find((r) => r.id === target.id);
    const i = calc.years.indexOf(target.year);
    if (judgedOn !== scope || !result || i < 0) return;
    const values: (number | null)[] = calc.years.map(() => null);
    values[i] = result.level;
    out.push({
      id: `target:${target.id}`,
      label: fill(text['chart.series.target'], { year: target.year, scope: text[`chart.scope.${judgedOn}`], name: target.name }),
      kind: 'marker',
      values,
      style: { ...ROLE_STYLES.target, point: TARGET_SHAPES[k % TARGET_SHAPES.length] },
    });
  });
  return out;
}

/** The most characters of an action's name beside a bar. */
const LABEL_CHARS = 36;

function shortLabel(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** Drivers with their own bar; the rest share one. */
export const DRIVER_BARS = 10;
const PERCENT: Quantity = { kind: 'percent' };

export function driversModel({ plan, result, locale }: { plan: Plan; result: UncertaintyResult; locale: Locale }): ChartModel {
  const text = uncertaintyText(locale);
  const { year, actions } = result.drivers;
  const names = new Map(plan.actions.map((a) => [a.id, `${a.code} ${a.name}`.trim()]));
  const moving = actions.filter((d) => d.share > 0);
  const shown = moving.slice(0, DRIVER_BARS);
  const rest = moving.slice(DRIVER_BARS);
  const bars = shown.map((d) => ({ label: names.get(d.actionId) ?? d.actionId, share: d.share, variance: d.variance }));
  if (rest.length) {
    bars.push({
      label: fill(text['uncertainty.drivers.others'], { count: rest.length }),
      share: rest.reduce((sum, d) => sum + d.share, 0),
      variance: rest.reduce((sum, d) => sum + d.variance, 0),
    });
  }
  const model: Omit<ChartModel, 'table'> = {
    id: 'uncertainty-drivers',
    // Short names beside the bars, which otherwise squeeze the chart; the table has them whole.
    title: fill(text['uncertainty.drivers.title'], { year }),
    summary: fill(text['uncertainty.drivers.summary'], { year }),
    horizontal: true,
    categories: bars.map((b) => shortLabel(b.label)),
    categoryTitle: '',
    value: { title: withUnit(fill(text['uncertainty.drivers.axis'], { year }), PERCENT, locale), quantity: PERCENT },
    series: [{ id: 'share', label: text['uncertainty.drivers.series'], kind: 'bar', values: bars.map((b) => b.share * 100), style: ROLE_STYLES.scenario }],
    empty: bars.length ? null : fill(text['uncertainty.drivers.empty'], { year }),
  };
  return withLazyTable(model, () => ({
    rowHeader: chartText(locale)['chart.action'],
    columns: [`${text['uncertainty.drivers.series']} (%)`, `σ (${unitLabel(TONS, locale)})`],
    rows: bars.map((b) => ({ header: b.label, cells: [formatValue(b.share * 100, PERCENT, locale), formatValue(Math.sqrt(b.variance), TONS, locale)] })),
  }));
}
