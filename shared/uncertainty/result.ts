// The simulation's answer: exactly the `uncertainty` object of DESIGN §9, plain JSON.

/** Percentiles and mean of a series per axis year, each array aligned with `years`. */
export interface SeriesBand {
  p5: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  p95: number[];
  mean: number[];
}

export interface TargetOdds {
  id: string;
  year: number;
  /** The share of draws in which the target is met (gap ≤ 0); null when its year is off the axis. */
  probabilityMet: number | null;
  /** Percentiles of the gap (tonnes over the target's level); null when its year is off the axis. */
  gap: { p10: number; p50: number; p90: number } | null;
}

export interface TotalBand {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface CarbonBudgetOdds {
  /** The share of draws in which the budget runs out on the axis. */
  probabilityExhausted: number;
  /** Percentiles of the year it runs out; null where fewer draws than the rank run it out. */
  exhaustedYear: { p10: number | null; p50: number | null; p90: number | null };
}

export interface Driver {
  actionId: string;
  /** Sample variance of the action's drawn effect in the drivers' year (t²). */
  variance: number;
  /** Its share of the sum of all included actions' variances (0 when that sum is 0). */
  share: number;
}

export interface UncertaintyResult {
  scenarioId: string;
  draws: number;
  seed: number;
  years: number[];
  gross: SeriesBand;
  net: SeriesBand;
  targets: TargetOdds[];
  /** Σ npvSek of the included actions, per draw. */
  npvSek: TotalBand;
  /** Σ capex of the included actions over the axis, per draw. */
  capexSek: TotalBand;
  carbonBudget: CarbonBudgetOdds | null;
  /** The included actions, the largest variance first (plan order among equals). */
  drivers: { year: number; actions: Driver[] };
}
