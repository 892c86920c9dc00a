// The roll-up's sums (DESIGN §11): every plan's series aligned with the union of the plans'
// axes (null outside a plan's own), the total of the non-null values of the counted plans, and
// the rule for two files of one municipality: both are listed and flagged, and only the one
// saved last counts.
import type { PlanFigures } from './summarise';
import { type EmissionKey, type RollupEmissions, type RollupPlan, type RollupRefused, type RollupResult, type YearSeries } from './types';

/** The union of the plans' axes, ascending (a year between two plans' axes that none covers is left out). */
export function unionYears(figures: readonly Pick<PlanFigures, 'startYear' | 'endYear'>[]): number[] {
  const years = new Set<number>();
  for (const f of figures) for (let y = f.startYear; y <= f.endYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** `values` (one per year from `startYear`) on the axis `years`: null where the plan has no year. */
export function align(values: readonly number[], startYear: number, years: readonly number[]): YearSeries {
  return years.map((y) => {
    const i = y - startYear;
    return i >= 0 && i < values.length ? values[i] : null;
  });
}

/**
 * The index of the file that counts for each municipality: the one saved last (its `savedAt`);
 * on a tie, the one later in the list, so that the choice never depends on chance.
 */
export function countedIndexes(figures: readonly Pick<PlanFigures, 'municipalityCode' | 'savedAt'>[]): Set<number> {
  const best = new Map<string, number>();
  figures.forEach((f, i) => {
    const j = best.get(f.municipalityCode);
    if (j === undefined || Date.parse(f.savedAt) >= Date.parse(figures[j].savedAt)) best.set(f.municipalityCode, i);
  });
  return new Set(best.values());
}

/** Σ of the non-null values per year; null in a year where every series is null. */
export function sumNonNull(series: readonly YearSeries[], length: number): YearSeries {
  const out: YearSeries = new Array<number | null>(length).fill(null);
  for (const s of series) {
    for (let i = 0; i < length; i++) {
      const v = s[i];
      if (v !== null) out[i] = (out[i] ?? 0) + v;
    }
  }
  return out;
}

function alignEmissions(f: PlanFigures, years: readonly number[]): RollupEmissions {
  const e = f.emissions;
  return {
    gross: align(e.gross, f.startYear, years),
    net: align(e.net, f.startYear, years),
    baselineGross: align(e.baselineGross, f.startYear, years),
    baselineNet: align(e.baselineNet, f.startYear, years),
  };
}

export function combine(figures: readonly PlanFigures[], refused: readonly RollupRefused[]): RollupResult {
  const years = unionYears(figures);
  const counted = countedIndexes(figures);
  const perCode = new Map<string, number>();
  for (const f of figures) perCode.set(f.municipalityCode, (perCode.get(f.municipalityCode) ?? 0) + 1);
  // Written field by field: the JSON keeps §11's order, then the additions.
  const plans: RollupPlan[] = figures.map((f, i) => ({
    file: f.file,
    municipalityCode: f.municipalityCode,
    municipality: f.municipality,
    scenarioId: f.scenarioId,
    counted: counted.has(i),
    emissions: alignEmissions(f, years),
    targets: f.targets,
    capexSek: f.capexSek,
    securedSek: f.securedSek,
    financingGapSek: f.financingGapSek,
    population: f.population,
    title: f.title,
    scenarioName: f.scenarioName,
    duplicate: (perCode.get(f.municipalityCode) ?? 0) > 1,
    savedAt: f.savedAt,
    capexByCostBearer: f.capexByCostBearer,
    startYear: f.startYear,
    endYear: f.endYear,
    scenarios: f.scenarios,
  }));
  const countedPlans = plans.filter((p) => p.counted);
  const totalOf = (k: EmissionKey) =>
    sumNonNull(
      countedPlans.map((p) => p.emissions[k]),
      years.length,
    );
  const total: RollupEmissions = { gross: totalOf('gross'), net: totalOf('net'), baselineGross: totalOf('baselineGross'), baselineNet: totalOf('baselineNet') };
  return { years, plans, refused: [...refused], total };
}
