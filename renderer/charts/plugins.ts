// Three small chart.js plugins of our own: a white background (so a saved PNG is not
// transparent), labelled vertical reference lines (2030, 2040), and the bars of an abatement
// cost curve, whose widths vary per bar, which chart.js bars cannot do.
import type { Chart, ChartType, Color, Plugin } from 'chart.js';
import type { MaccBarLayout, ReferenceLine } from './model';
import { CHART_BACKGROUND, CHART_TEXT } from './palette';

export interface ReferenceLinesOptions {
  lines: ReferenceLine[];
  /** Categories of the x axis, to find a line's position. */
  categories: string[];
}

export interface MaccBarsOptions {
  bars: MaccBarLayout[];
  fills: [Color, Color];
  /** The lines of the tooltip of bar i. */
  tooltip(i: number): string[];
}

export interface BackgroundOptions {
  color: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter is chart.js's own; an augmentation must repeat it
  interface PluginOptionsByType<TType extends ChartType> {
    klimatBackground?: BackgroundOptions;
    klimatReferenceLines?: ReferenceLinesOptions;
    klimatMacc?: MaccBarsOptions;
  }
}

export const backgroundPlugin: Plugin = {
  id: 'klimatBackground',
  beforeDraw(chart, _args, options: BackgroundOptions) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = options.color ?? CHART_BACKGROUND;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export const referenceLinesPlugin: Plugin = {
  id: 'klimatReferenceLines',
  beforeDatasetsDraw(chart, _args, options: ReferenceLinesOptions) {
    const lines = options.lines ?? [];
    const x = chart.scales.x;
    if (!lines.length || !x || x.type !== 'category') return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = CHART_TEXT;
    ctx.fillStyle = CHART_TEXT;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 4]);
    ctx.font = `600 12px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    for (const line of lines) {
      const index = options.categories.indexOf(line.category);
      if (index < 0) continue;
      const px = x.getPixelForValue(index);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top + 14);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.fillText(line.label, px, chartArea.top + 12);
    }
    ctx.restore();
  },
};

/** The bar under pixel x: bars lie end to end in x order, so a binary search finds it. */
function barAt(chart: Chart, bars: readonly MaccBarLayout[], px: number): number {
  const v = chart.scales.x?.getValueForPixel(px);
  if (v === undefined) return -1;
  let lo = 0;
  let hi = bars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (v < bars[mid].x0) hi = mid - 1;
    else if (v > bars[mid].x1) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const hovered = new WeakMap<Chart, number>();

/**
 * Bars drawn from their layout; the tooltip too, from the bar under the pointer. A curve may
 * have thousands of bars, and chart.js points for each (for its own tooltips) would cost more
 * on every edit than all the rest of the chart.
 */
export const maccPlugin: Plugin = {
  id: 'klimatMacc',
  afterEvent(chart, args, options: MaccBarsOptions) {
    const { event } = args;
    const inside = event.type !== 'mouseout' && event.x !== null && args.inChartArea;
    const next = inside ? barAt(chart, options.bars ?? [], event.x!) : -1;
    if (next !== (hovered.get(chart) ?? -1)) {
      hovered.set(chart, next);
      args.changed = true;
    }
  },
  afterDraw(chart, _args, options: MaccBarsOptions) {
    const i = hovered.get(chart) ?? -1;
    const bar = options.bars?.[i];
    if (!bar) return;
    const { ctx, chartArea } = chart;
    const lines = options.tooltip(i);
    const family = chart.options.font?.family ?? 'sans-serif';
    ctx.save();
    ctx.font = `12px ${family}`;
    const width = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 16;
    const height = lines.length * 16 + 10;
    const anchor = chart.scales.x.getPixelForValue((bar.x0 + bar.x1) / 2);
    const x = Math.min(Math.max(chartArea.left, anchor - width / 2), chartArea.right - width);
    const y = chartArea.top + 4;
    ctx.fillStyle = CHART_TEXT;
    ctx.fillRect(x, y, width, height);
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'top';
    lines.forEach((l, k) => ctx.fillText(l, x + 8, y + 6 + k * 16));
    ctx.restore();
  },
  beforeDatasetsDraw(chart: Chart, _args, options: MaccBarsOptions) {
    const bars = options.bars ?? [];
    const { x, y } = chart.scales;
    if (!bars.length || !x || !y) return;
    const { ctx, chartArea } = chart;
    const zero = y.getPixelForValue(0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.width, chartArea.height);
    ctx.clip();
    // One path per group and one for the seams: thousands of bars, a handful of canvas calls.
    for (const group of [0, 1] as const) {
      ctx.beginPath();
      for (const bar of bars) {
        if (bar.group !== group) continue;
        const left = x.getPixelForValue(bar.x0);
        const w = x.getPixelForValue(bar.x1) - left;
        if (w <= 0) continue;
        const top = y.getPixelForValue(bar.cost);
        ctx.rect(left, Math.min(top, zero), w, Math.abs(zero - top));
      }
      ctx.fillStyle = options.fills[group] as string;
      ctx.fill();
    }
    // A white seam parts neighbouring bars where there is room for one.
    ctx.beginPath();
    for (const bar of bars) {
      const left = x.getPixelForValue(bar.x0);
      if (x.getPixelForValue(bar.x1) - left <= 3) continue;
      const top = y.getPixelForValue(bar.cost);
      ctx.moveTo(left + 0.5, Math.min(top, zero));
      ctx.lineTo(left + 0.5, Math.max(top, zero));
    }
    ctx.strokeStyle = CHART_BACKGROUND;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.restore();
  },
};
