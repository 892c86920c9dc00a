// Sums and selections the report prints beside the engine's own figures: the headline figures
// of a scenario, the years a table shows, actions by sector, financing by source in columns of
// years or periods. Pure: plan and engine result in, numbers out (kronor and tonnes).
import type { CalcResult } from '../calc';
import type { Action, Plan, Sector } from '../domain/types';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export interface ScenarioFigures {
  included: number;
  capexSek: number;
  opexSek: number;
  savingsSek: number;
  netSek: number;
  /** Σ npvSek of the included actions. */
  npvSek: number;
  /** Σ societalNpvSek of the included actions. */
  societalNpvSek: number;
  securedSek: number;
  appliedSek: number;
  potentialSek: number;
  /** Σ cost (capex + opex) over the axis: what the financing has to cover. */
  costSek: number;
  /** Σ of the years' shortfalls (a surplus in one year does not cover another year). */
  missingSek: number;
}

export function scenarioFigures(calc: CalcResult): ScenarioFigures {
  let included = 0;
  let npvSek = 0;
  let societalNpvSek = 0;
  for (const a of calc.actions) {
    if (!a.included) continue;
    included += 1;
    npvSek += a.npvSek;
    societalNpvSek += a.societalNpvSek;
  }
  const f = calc.financing;
  return {
    included,
    capexSek: sum(calc.costs.capex),
    opexSek: sum(calc.costs.opex),
    savingsSek: sum(calc.costs.savings),
    netSek: sum(calc.costs.net),
    npvSek,
    societalNpvSek,
    securedSek: sum(f.secured),
    appliedSek: sum(f.applied),
    potentialSek: sum(f.potential),
    costSek: sum(f.cost),
    missingSek: sum(f.gap.map((g) => Math.max(0, g))),
  };
}

/** The years a compact table shows: the first and last of the axis, every fifth year, 2030 and 2040. */
export function milestoneYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = years[0];
  const last = years[years.length - 1];
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}

/** The engine's effect of action `k` in `year` (t), or null when the year is off the axis. */
export function effectInYear(calc: CalcResult, k: number, year: number): number | null {
  const i = calc.years.indexOf(year);
  const a = calc.actions[k];
  return i < 0 || !a ? null : a.effect[i];
}

export interface SectorActions {
  sector: Sector | null;
  /** Indexes into plan.actions, in the plan's order. */
  actions: number[];
}

/** Actions grouped by sector, sectors in the plan's order; an action whose sector is unknown goes last. */
export function actionsBySector(plan: Plan): SectorActions[] {
  const groups = new Map<string, SectorActions>(plan.sectors.map((s) => [s.id, { sector: s, actions: [] }]));
  const orphans: SectorActions = { sector: null, actions: [] };
  plan.actions.forEach((a: Action, k) => (groups.get(a.sectorId) ?? orphans).actions.push(k));
  return [...groups.values(), orphans].filter((g) => g.actions.length > 0);
}

export interface YearColumn {
  label: string;
  /** Indexes into the axis' years. */
  slots: number[];
}

/**
 * Columns for a table of money by year: each year when at most `maxColumns` years have any,
 * else five-year periods (2020–2024, 2025–2029 …) over the years that have any.
 */
export function yearColumns(years: readonly number[], rows: readonly (readonly number[])[], maxColumns = 8): YearColumn[] {
  const used = years.map((_, i) => i).filter((i) => rows.some((r) => Math.abs(r[i] ?? 0) > 1e-9));
  if (used.length === 0) return [];
  if (used.length <= maxColumns) return used.map((i) => ({ label: String(years[i]), slots: [i] }));
  const first = years[used[0]];
  const last = years[used[used.length - 1]];
  const columns: YearColumn[] = [];
  for (let from = first - (((first % 5) + 5) % 5); from <= last; from += 5) {
    const a = Math.max(from, first);
    const b = Math.min(from + 4, last);
    const slots = years.map((y, i) => (y >= a && y <= b ? i : -1)).filter((i) => i >= 0);
    if (slots.length) columns.push({ label: a === b ? String(a) : `${a}–${b}`, slots });
  }
  return columns;
}

/** The sum of a series over a column's slots. */
export function columnSum(series: readonly number[], column: YearColumn): number {
  let s = 0;
  for (const i of column.slots) s += series[i] ?? 0;
  return s;
}
