// The calculation engine of DESIGN §5: pure TypeScript, no I/O, no clock, no randomness.
export { calculate } from './calculate';
export { CalcError } from './errors';
export { CalcCache } from './cache';
export { createCalcContext, planFrame, type CalcContext, type PlanFrame } from './context';
export { actionSeries, emptyActionSeries, type ActionSeries } from './action-series';
export type { ActionTiming } from './timing';
export type {
  ActionResult,
  CalcOptions,
  CalcResult,
  CarbonBudgetResult,
  CostsResult,
  EmissionsResult,
  FinancingResult,
  MaccBar,
  OverallocatedSectorYear,
  TargetResult,
} from './result';
