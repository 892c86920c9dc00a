// Emissions per inhabitant (t CO2e per person and year): each counted plan's scenario emissions
// over its municipality's population (2023), and the region's: the sum over the counted plans
// with a known population, over the sum of their populations, year by year.
import type { EmissionKey, RollupResult, YearSeries } from './types';

export interface PerInhabitant {
  /** One series per counted plan with a known population, in the order of `result.plans`. */
  plans: { file: string; municipality: string; values: YearSeries }[];
  region: YearSeries;
}

export function perInhabitant(result: RollupResult, key: EmissionKey = 'gross'): PerInhabitant {
  const withPopulation = result.plans.filter((p) => p.counted && p.population !== null && p.population > 0);
  const plans = withPopulation.map((p) => ({
    file: p.file,
    municipality: p.municipality,
    values: p.emissions[key].map((v) => (v === null ? null : v / p.population!)),
  }));
  const region = result.years.map((_, i) => {
    let tons = 0;
    let people = 0;
    for (const p of withPopulation) {
      const v = p.emissions[key][i];
      if (v === null) continue;
      tons += v;
      people += p.population!;
    }
    return people > 0 ? tons / people : null;
  });
  return { plans, region };
}

/** The value of `series` in `year`, or null when the year is not on the roll-up's axis. */
export function valueIn(years: readonly number[], series: YearSeries, year: number): number | null {
  const i = years.indexOf(year);
  return i < 0 ? null : series[i];
}
