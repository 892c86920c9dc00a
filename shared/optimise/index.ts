// The optimiser of DESIGN §10 (pure: HiGHS is handed in already loaded).
export {
  isFound,
  optimise,
  type ChosenAction,
  type OptimiseAnswer,
  type OptimiseFound,
  type OptimiseHooks,
  type OptimiseInfeasible,
  type OptimiseProgress,
} from './optimise';
export { targetCosts, type TargetCost } from './target-costs';
export { choiceScenario } from './evaluate';
export { savedScenarioValues } from './saved';
export {
  DEFAULT_TIME_LIMIT_SECONDS,
  defaultCandidates,
  OPTIMISE_OBJECTIVES,
  OptimiseInputError,
  startWindow,
  targetsOnAxis,
  type OptimiseObjective,
  type OptimiseRequest,
  type YearlyBudget,
} from './request';
