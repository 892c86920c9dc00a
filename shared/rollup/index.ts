// The roll-up of several plans (DESIGN §11): pure steps, tested on their own; electron/rollup
// reads the files and runs them.
export * from './types';
export { chooseScenario, summarisePlan, type PlanFigures, type PlanSource, type Summary } from './summarise';
export { align, combine, countedIndexes, sumNonNull, unionYears } from './combine';
export { perInhabitant, valueIn, type PerInhabitant } from './per-inhabitant';
export { MILESTONE_YEARS, planMilestones, targetsMet, type Milestone, type TargetsMet } from './milestones';
