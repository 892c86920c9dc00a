// Uncertainty (DESIGN §9): ranges per action, a seeded Monte Carlo over the §5 engine, and the
// percentiles, probabilities and drivers it yields. Pure, like the engine it reuses.
export {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  DRAWS_LIMITS,
  SEED_LIMITS,
  UncertaintySimulation,
  defaultDriverYear,
  drawsAndSeed,
  simulateUncertainty,
  type UncertaintyOptions,
} from './simulate';
export { BUILT_IN_UNCERTAINTY, CERTAIN, UNCERTAINTY_FIELDS, actionRanges, statusDefaults, type ResolvedRanges, type UncertaintyField } from './ranges';
export type { CarbonBudgetOdds, Driver, SeriesBand, TargetOdds, TotalBand, UncertaintyResult } from './result';
