// Colours and styles of chart series. Every colour reaches at least 4.5:1 against the chart's
// white surface (WCAG 1.4.11 asks 3:1 for graphics; 4.5:1 also makes direct labels in the colour
// readable), and each series also gets its own fill pattern, line dash and point shape, so that
// series are told apart in grey print and by people who do not see the colours apart.
import { PATTERNS, POINT_SHAPES, type SeriesStyle } from './model';

/** The chart surface: the card behind the canvas and the background of exported images. */
export const CHART_BACKGROUND = '#ffffff';
export const CHART_TEXT = '#1b2421';
export const CHART_MUTED_TEXT = '#4d5a56';
export const CHART_GRID = '#dfe5e3';
export const CHART_ZERO_LINE = '#6f7d78';

/** Ten distinct hues, dark enough for text and thin lines on white. */
export const SERIES_COLORS = [
  '#1f5f9e', // blue
  '#b4560b', // orange
  '#2e7d32', // green
  '#8e3b8f', // purple
  '#b3261e', // red
  '#00707a', // teal
  '#7b5b2e', // brown
  '#c0306a', // pink
  '#5c6670', // grey
  '#6a7400', // olive
] as const;

/** Fixed roles, so that "baseline" or "scenario" look the same in every chart. */
export const ROLE_STYLES = {
  baseline: { color: '#5c6670', pattern: 'solid', dash: [8, 5], point: 'rect' },
  scenario: { color: '#1f5f9e', pattern: 'solid', dash: [], point: 'circle' },
  net: { color: '#1b2421', pattern: 'solid', dash: [2, 3], point: 'rectRot' },
  target: { color: '#b3261e', pattern: 'solid', dash: [], point: 'triangle' },
  carbonValue: { color: '#1b2421', pattern: 'solid', dash: [8, 4], point: 'rect' },
  below: { color: '#2e7d32', pattern: 'solid', dash: [], point: 'rect' },
  above: { color: '#b4560b', pattern: 'diagonal', dash: [], point: 'rect' },
} as const satisfies Record<string, SeriesStyle>;

const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [14, 6], [1, 4], [10, 3, 3, 3]];

/** The i-th series style of a chart: colour, pattern, dash and shape all change together. */
export function seriesStyle(i: number): SeriesStyle {
  const n = ((i % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length;
  return {
    color: SERIES_COLORS[n],
    pattern: PATTERNS[n % PATTERNS.length],
    dash: DASHES[n % DASHES.length],
    point: POINT_SHAPES[n % POINT_SHAPES.length],
  };
}

// WCAG 2 relative luminance and contrast ratio, for the tests and for choosing label colours.
function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
