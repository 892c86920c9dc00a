// What a chart shows, independent of chart.js and of the app shell: a title, axes with units,
// series with a style that tells them apart without colour, and the same numbers as a table.
// Builders (models/*.ts) turn engine output into this; ChartFigure draws it; the council report
// can draw the same model. Pure data: no DOM, no React, no chart.js.
import type { MoneyUnit } from '../../shared/domain/ids';

/** How the numbers of an axis read: the unit and the number of decimals follow from it. */
export type Quantity =
  | { kind: 'tons' }
  /** Tonnes CO2e per inhabitant (the roll-up of several plans). */
  | { kind: 'tonsPerPerson' }
  | { kind: 'money'; unit: MoneyUnit }
  | { kind: 'krPerTon' }
  | { kind: 'count' };

/** Fills for bars and areas: every series of a stack gets its own, so colour is not the only cue. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'backslash', 'vertical', 'grid', 'zigzag', 'checker'] as const;
export type PatternName = (typeof PATTERNS)[number];

/** Point shapes for lines and markers (chart.js names). */
export const POINT_SHAPES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'cross', 'rectRounded'] as const;
export type PointShape = (typeof POINT_SHAPES)[number];

export interface SeriesStyle {
  color: string;
  pattern: PatternName;
  /** Line dash in pixels; [] is solid. */
  dash: number[];
  point: PointShape;
}

export type SeriesKind = 'bar' | 'line' | 'area' | 'marker';

export interface Series {
  id: string;
  label: string;
  kind: SeriesKind;
  /** One value per category; null where the series has none (a target marker in other years). */
  values: (number | null)[];
  /** Series with the same stack id pile up; without one, a series stands on its own. */
  stack?: string;
  /** Drawn against the second value axis. */
  secondary?: boolean;
  /** The legend's text when it must say more than the table's column (which axis to read). */
  legend?: string;
  style: SeriesStyle;
}

export interface ValueAxis {
  /** The axis title, unit included: "Utsläpp (t CO2e)". */
  title: string;
  quantity: Quantity;
}

/** A labelled vertical line at a category (the 2030 and 2040 lines of a trajectory). */
export interface ReferenceLine {
  category: string;
  label: string;
}

/** One bar of an abatement cost curve, in axis units (x: cumulative tonnes, y: kr per tonne). */
export interface MaccBarLayout {
  x0: number;
  x1: number;
  cost: number;
  label: string;
  /** 0: cheaper than the carbon value, 1: dearer. */
  group: 0 | 1;
}

export interface MaccLayout {
  /** Title of the horizontal axis, unit included. */
  xTitle: string;
  total: number;
  bars: MaccBarLayout[];
  carbonValue: number;
  carbonLabel: string;
  groups: [{ label: string; style: SeriesStyle }, { label: string; style: SeriesStyle }];
  carbonStyle: SeriesStyle;
}

/** The chart's numbers as a table: already formatted, so screen and test read the same text. */
export interface TableModel {
  rowHeader: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

export interface ChartModel {
  /** Stable id: names the PNG file and the performance mark. */
  id: string;
  title: string;
  /** One sentence on what the chart shows, read out with it. */
  summary: string;
  /** Bars run sideways, categories down the side. */
  horizontal?: boolean;
  /** 'single': values add up as they are (wedges over a base line); true: positives and negatives apart. */
  stacked?: boolean | 'single';
  categories: string[];
  /** Title of the category axis ("År"). */
  categoryTitle: string;
  value: ValueAxis;
  value2?: ValueAxis;
  series: Series[];
  referenceLines?: ReferenceLine[];
  /** An abatement cost curve: drawn from its own layout on two value axes. */
  macc?: MaccLayout;
  table: TableModel;
  /** Whether the value axis starts at zero (the default); wedges read better close up. */
  zeroBased?: boolean;
  /** When set, there is nothing to draw: this sentence says why and what to do. */
  empty: string | null;
  /** A remark under the chart (e.g. that the plan has no targets yet). */
  note?: string;
}
