// A ChartModel as a chart.js configuration: the same look for every chart (fonts, colours,
// sv-SE ticks and tooltips, legend at the foot that shows each series' pattern, dash or shape),
// no animation (an edit redraws in place, without flicker). Pure: the pattern fills are made by
// the caller (`fillOf`), so this runs in tests without a canvas.
import type { ChartConfiguration, ChartDataset, Color, LegendItem, ScaleOptionsByType, TooltipItem } from 'chart.js';
import type { Locale } from '../../shared/format/number';
import { formatTick, formatValue, unitLabel } from './format';
import type { ChartModel, MaccLayout, Quantity, Series, SeriesStyle } from './model';
import { quantityOf } from './models/common';
import { CHART_BACKGROUND, CHART_GRID, CHART_TEXT, CHART_ZERO_LINE } from './palette';

export type FillOf = (style: SeriesStyle) => Color;

export interface ConfigOptions {
  locale: Locale;
  fillOf: FillOf;
  /** Draw the title in the canvas (for a saved image; on screen the heading above says it). */
  showTitle?: boolean;
  /** Fixed size and pixel ratio, for images rendered off screen. */
  fixedSize?: boolean;
  devicePixelRatio?: number;
  fontFamily?: string;
}

const FONT = "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Roboto, Arial, sans-serif";
type AnyDataset = ChartDataset<'bar' | 'line', unknown>;
type LinearScale = Partial<ScaleOptionsByType<'linear'>>;

export function toChartConfig(model: ChartModel, opts: ConfigOptions): ChartConfiguration {
  return model.macc ? maccConfig(model, model.macc, opts) : seriesConfig(model, opts);
}

function seriesConfig(model: ChartModel, opts: ConfigOptions): ChartConfiguration {
  const { locale } = opts;
  const horizontal = !!model.horizontal;
  const valueId = horizontal ? 'x' : 'y';
  const value2Id = horizontal ? 'x2' : 'y2';
  const categoryId = horizontal ? 'y' : 'x';
  const datasets = model.series.map((s) =>
    dataset(model, s, opts, horizontal ? { xAxisID: s.secondary ? value2Id : valueId } : { yAxisID: s.secondary ? value2Id : valueId }),
  );
  const scales: Record<string, object> = {
    [categoryId]: {
      type: 'category',
      stacked: !!model.stacked,
      title: axisTitle(model.categoryTitle),
      grid: { display: false },
      ticks: { color: CHART_TEXT, autoSkip: true, maxRotation: 0, font: { size: 12 } },
      border: { color: CHART_ZERO_LINE },
    },
    [valueId]: valueScale(model.value.title, locale, {
      stacked: model.stacked ?? false,
      position: horizontal ? 'bottom' : 'left',
      beginAtZero: model.zeroBased ?? true,
    }),
  };
  if (model.value2) scales[value2Id] = valueScale(model.value2.title, locale, { position: horizontal ? 'top' : 'right', grid: { drawOnChartArea: false } });
  const hasBars = model.series.some((s) => s.kind === 'bar');
  return {
    type: hasBars ? 'bar' : 'line',
    data: { labels: model.categories, datasets: datasets as ChartDataset[] },
    options: {
      ...common(model, opts),
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false, axis: horizontal ? 'y' : 'x' },
      scales,
      plugins: {
        ...commonPlugins(model, opts),
        legend: seriesLegend(model, opts),
        tooltip: {
          ...tooltipLook(),
          filter: (item: TooltipItem<'bar' | 'line'>) => item.raw !== null && item.raw !== undefined,
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const s = model.series[item.datasetIndex];
              const q = quantityOf(model, s);
              return `${s.label}: ${formatValue(Number(item.raw), q, locale)} ${unitLabel(q, locale)}`;
            },
          },
        },
        klimatReferenceLines: { lines: model.referenceLines ?? [], categories: model.categories },
      },
    },
  } as ChartConfiguration;
}

function dataset(model: ChartModel, s: Series, opts: ConfigOptions, axis: { xAxisID?: string; yAxisID?: string }): AnyDataset {
  const { style } = s;
  const many = model.categories.length > 40;
  // Every kind: its axis, its label in legend and tooltip, its values by category.
  const base = { ...axis, label: s.label, data: s.values };
  switch (s.kind) {
    case 'bar':
      return {
        ...base,
        type: 'bar',
        stack: s.stack ?? s.id,
        backgroundColor: opts.fillOf(style),
        // In a stack, white seams part the segments; a lone bar keeps a solid edge of its colour.
        borderColor: s.stack ? CHART_BACKGROUND : style.color,
        borderWidth: 1,
        order: 2,
      } as AnyDataset;
    case 'area':
      return {
        ...base,
        type: 'line',
        stack: s.stack,
        fill: '-1',
        backgroundColor: opts.fillOf(style),
        borderColor: style.color,
        borderWidth: 1.5,
        pointRadius: 0,
        pointHitRadius: 6,
        order: 1,
      } as AnyDataset;
    case 'edge':
      return { ...base, type: 'line', fill: false, borderWidth: 0, pointRadius: 0, pointHitRadius: 0, order: 1 } as AnyDataset;
    case 'band':
      return {
        ...base,
        type: 'line',
        // Down to the edge before it: the dataset index, not the stack.
        fill: '-1',
        backgroundColor: opts.fillOf(style),
        borderWidth: 0,
        pointRadius: 0,
        pointHitRadius: 6,
        order: 1,
      } as AnyDataset;
    case 'marker':
      return {
        ...base,
        type: 'line',
        stack: s.stack ?? s.id,
        showLine: false,
        pointStyle: style.point,
        pointRadius: 8,
        pointHoverRadius: 10,
        pointBackgroundColor: style.color,
        pointBorderColor: CHART_TEXT,
        pointBorderWidth: 1.5,
        backgroundColor: style.color,
        borderColor: CHART_TEXT,
        order: -1,
      } as AnyDataset;
    case 'line':
      return {
        ...base,
        type: 'line',
        stack: s.stack ?? s.id,
        fill: false,
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: style.dash,
        borderWidth: 2.5,
        pointStyle: style.point,
        pointRadius: many ? 0 : 3,
        pointHoverRadius: 5,
        pointBackgroundColor: style.color,
        spanGaps: true,
        order: 0,
      } as AnyDataset;
  }
}

function maccConfig(model: ChartModel, macc: MaccLayout, opts: ConfigOptions): ChartConfiguration {
  const { locale } = opts;
  const tons: Quantity = { kind: 'tons' };
  const price = model.value.quantity;
  let low = 0;
  let high = macc.carbonValue;
  for (const b of macc.bars) {
    low = Math.min(low, b.cost);
    high = Math.max(high, b.cost);
  }
  // The groups are datasets for the legend only; the bars are drawn by the klimatMacc plugin.
  const datasets = [
    ...macc.groups.map((g) => ({
      type: 'line',
      label: g.label,
      data: [],
      showLine: false,
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      backgroundColor: opts.fillOf(g.style),
      borderColor: g.style.color,
    })),
    {
      type: 'line',
      label: macc.carbonLabel,
      data: [
        { x: 0, y: macc.carbonValue },
        { x: macc.total, y: macc.carbonValue },
      ],
      borderColor: macc.carbonStyle.color,
      borderDash: macc.carbonStyle.dash,
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
      fill: false,
    },
  ];
  return {
    type: 'line',
    data: { datasets: datasets as ChartDataset[] },
    options: {
      ...common(model, opts),
      parsing: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: { ...valueScale(macc.xTitle, locale, { position: 'bottom' }), min: 0, suggestedMax: macc.total },
        y: { ...valueScale(model.value.title, locale, { position: 'left' }), suggestedMin: low, suggestedMax: high },
      },
      plugins: {
        ...commonPlugins(model, opts),
        legend: maccLegend(macc, opts),
        tooltip: { enabled: false },
        klimatMacc: {
          bars: macc.bars,
          fills: [opts.fillOf(macc.groups[0].style), opts.fillOf(macc.groups[1].style)],
          tooltip: (i: number) => {
            const bar = macc.bars[i];
            return [
              bar.label,
              `${formatValue(bar.x1 - bar.x0, tons, locale)} ${unitLabel(tons, locale)}`,
              `${formatValue(bar.cost, price, locale)} ${unitLabel(price, locale)}`,
            ];
          },
        },
      },
    },
  } as ChartConfiguration;
}

function common(model: ChartModel, opts: ConfigOptions) {
  return {
    animation: false as const,
    responsive: !opts.fixedSize,
    maintainAspectRatio: false,
    devicePixelRatio: opts.devicePixelRatio,
    color: CHART_TEXT,
    font: { family: opts.fontFamily ?? FONT, size: 12 },
    layout: { padding: { top: model.referenceLines?.length ? 4 : 0, right: 8 } },
  };
}

function commonPlugins(model: ChartModel, opts: ConfigOptions) {
  return {
    title: { display: !!opts.showTitle, text: model.title, color: CHART_TEXT, font: { size: 16, weight: 600 }, padding: { bottom: 12 } },
    klimatBackground: { color: CHART_BACKGROUND },
  };
}

function axisTitle(text: string) {
  return { display: text !== '', text, color: CHART_TEXT, font: { size: 12, weight: 600 } };
}

function valueScale(title: string, locale: Locale, extra: LinearScale & { stacked?: boolean | 'single' }): LinearScale {
  return {
    type: 'linear',
    // Emissions and money read honestly from zero; negative values still extend the axis down.
    beginAtZero: true,
    title: axisTitle(title),
    ticks: { color: CHART_TEXT, font: { size: 12 }, maxTicksLimit: 8, callback: (v: number | string) => formatTick(Number(v), locale) },
    grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? CHART_ZERO_LINE : CHART_GRID), ...(extra.grid ?? {}) },
    border: { display: false },
    ...extra,
  } as LinearScale;
}

function tooltipLook() {
  return {
    backgroundColor: CHART_TEXT,
    titleColor: '#ffffff',
    bodyColor: '#ffffff',
    usePointStyle: true,
    boxPadding: 4,
  };
}

/**
 * The legend at the foot. Its entries come from `items`, told which datasets are hidden, and show
 * what tells a series apart (see `legendItem`).
 */
function legend(items: (hidden: (datasetIndex: number) => boolean) => LegendItem[]) {
  return {
    position: 'bottom' as const,
    labels: {
      color: CHART_TEXT,
      usePointStyle: true,
      pointStyleWidth: 30,
      padding: 14,
      font: { size: 12 },
      generateLabels: (chart: { isDatasetVisible(i: number): boolean }): LegendItem[] => items((i) => !chart.isDatasetVisible(i)),
    },
  };
}

/** One legend entry per series. */
function seriesLegend(model: ChartModel, opts: ConfigOptions) {
  return legend((hidden) => model.series.flatMap((s, i) => (s.kind === 'edge' ? [] : [legendItem(s.kind, s.legend ?? s.label, s.style, opts, i, hidden(i))])));
}

/** The two bar groups (cheaper than the carbon value or not) and the carbon value's line. */
function maccLegend(macc: MaccLayout, opts: ConfigOptions) {
  return legend((hidden) => [
    ...macc.groups.map((g, i) => legendItem('bar', g.label, g.style, opts, i, hidden(i))),
    legendItem('line', macc.carbonLabel, macc.carbonStyle, opts, 2, hidden(2)),
  ]);
}

/** Pattern for fills, dash for lines, shape for markers. */
function legendItem(kind: Series['kind'], text: string, style: SeriesStyle, opts: ConfigOptions, datasetIndex: number, hidden: boolean): LegendItem {
  const base = { text, datasetIndex, hidden, fontColor: CHART_TEXT };
  if (kind === 'line') return { ...base, pointStyle: 'line', strokeStyle: style.color, fillStyle: style.color, lineDash: style.dash, lineWidth: 3 };
  if (kind === 'marker') return { ...base, pointStyle: style.point, strokeStyle: CHART_TEXT, fillStyle: style.color, lineWidth: 1 };
  return { ...base, pointStyle: 'rect', strokeStyle: style.color, fillStyle: opts.fillOf(style), lineWidth: 1 };
}
