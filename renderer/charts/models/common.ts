// Pieces every chart builder uses: year categories, the table of a chart's series, the sectors
// as series (hidden ones merged, so a stack still adds up to the total), and why a chart about
// actions has nothing to draw.
import type { CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { formatValue, unitLabel } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, Quantity, ReferenceLine, Series, TableModel } from '../model';

export const yearLabels = (years: readonly number[]): string[] => years.map(String);

/** The quantity a series is drawn in: the second axis' when it is on it. */
export function quantityOf(model: Pick<ChartModel, 'value' | 'value2'>, s: Series): Quantity {
  return s.secondary && model.value2 ? model.value2.quantity : model.value.quantity;
}

/** Rows = categories, columns = series with their units; an empty cell reads "–". */
export function seriesTable(model: Pick<ChartModel, 'categories' | 'categoryTitle' | 'series' | 'value' | 'value2'>, locale: Locale): TableModel {
  return {
    rowHeader: model.categoryTitle,
    columns: model.series.map((s) => `${s.label} (${unitLabel(quantityOf(model, s), locale)})`),
    rows: model.categories.map((header, i) => ({
      header,
      cells: model.series.map((s) => {
        const v = s.values[i];
        return v === null || v === undefined ? '–' : formatValue(v, quantityOf(model, s), locale);
      }),
    })),
  };
}

/** The model with its table made from its series: what most builders return. */
export function withSeriesTable(model: Omit<ChartModel, 'table'>, locale: Locale): ChartModel {
  return withLazyTable(model, () => seriesTable(model, locale));
}

/**
 * The model with a table made only when something reads it (the table view, the report): a
 * curve of thousands of bars would otherwise format thousands of cells on every edit.
 */
export function withLazyTable(model: Omit<ChartModel, 'table'>, build: () => TableModel): ChartModel {
  let table: TableModel | undefined;
  return Object.defineProperty({ ...model }, 'table', { get: () => (table ??= build()), enumerable: true }) as ChartModel;
}

/** Vertical lines at 2030 and 2040, the years the council asks about, when on the axis. */
export function milestoneLines(years: readonly number[], locale: Locale): ReferenceLine[] {
  const text = chartText(locale);
  return [2030, 2040].filter((y) => years.includes(y)).map((y) => ({ category: String(y), label: fill(text['chart.milestone'], { year: y }) }));
}

export interface SectorGroup {
  /** Series id: the sector's id, or "hidden" for the hidden sectors together. */
  id: string;
  label: string;
  /** Indexes into plan.sectors. */
  members: number[];
  isSink: boolean;
}

/**
 * The sectors to draw one series each: the visible ones in the plan's order, and the hidden
 * ones as one series (hiding a sector only hides it from view; it still counts in the totals).
 * A hidden sink stays apart from hidden emitting sectors, so that removals stay below zero.
 */
export function sectorGroups(plan: Plan, locale: Locale): SectorGroup[] {
  const text = chartText(locale);
  const groups: SectorGroup[] = [];
  const hidden: SectorGroup = { id: 'hidden', label: text['chart.hiddenSectors'], members: [], isSink: false };
  const hiddenSinks: SectorGroup = { id: 'hiddenSinks', label: text['chart.hiddenSinks'], members: [], isSink: true };
  plan.sectors.forEach((s, i) => {
    if (!s.hidden) groups.push({ id: s.id, label: s.name, members: [i], isSink: s.isSink });
    else (s.isSink ? hiddenSinks : hidden).members.push(i);
  });
  for (const g of [hidden, hiddenSinks]) if (g.members.length) groups.push(g);
  return groups;
}

/** Σ of the members' series, slot by slot. */
export function sumRows(rows: readonly (ArrayLike<number> | undefined)[], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (const r of rows) {
    if (!r) continue;
    for (let i = 0; i < length; i++) out[i] += r[i];
  }
  return out;
}

export const isAllZero = (xs: ArrayLike<number>): boolean => {
  for (let i = 0; i < xs.length; i++) if (Math.abs(xs[i]) > 1e-9) return false;
  return true;
};

/** Why a chart about the scenario's actions is empty, or null when some action is included. */
export function noActionsReason(plan: Plan, calc: CalcResult | null, locale: Locale): string | null {
  const text = chartText(locale);
  if (plan.actions.length === 0) return text['chart.empty.noActions'];
  if (!calc || !calc.actions.some((a) => a.included)) return text['chart.empty.noneIncluded'];
  return null;
}

/** Whether the plan has any baseline emissions to draw. */
export function hasBaseline(plan: Plan): boolean {
  return plan.baseline.some((b) => b.points.some((p) => p.tonsCo2e !== 0));
}
