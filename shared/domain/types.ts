// The plan snapshot: the one domain shape that the JSON import produces, the store reads and
// writes, and the calculation engine takes. It is the JSON interchange of DESIGN §6 without its
// `format`/`formatVersion` envelope, with every default of §4 applied.
import type { CoBenefitCategory } from './ids';
import type { z } from 'zod';
import type * as S from '../schema/entities';

// The entities' types are read off their zod schemas, which are read off the field registry
// (shared/fields): a field is declared once, and its type follows.
export type PlanSettings = z.output<typeof S.planSettingsSchema>;
export type Sector = z.output<typeof S.sectorSchema>;
export type BaselinePoint = z.output<typeof S.baselinePointSchema>;
export type Baseline = z.output<typeof S.baselineSchema>;
export type Target = z.output<typeof S.targetSchema>;
export type CarbonBudget = z.output<typeof S.carbonBudgetSchema>;
export type FinancingSource = z.output<typeof S.financingSourceSchema>;
export type CostOverride = z.output<typeof S.costOverrideSchema>;
export type CoBenefitScores = Partial<Record<CoBenefitCategory, number>>;

/**
 * How sure an action is (DESIGN §9): multipliers on its effect and cost (low ≤ 1 ≤ high), the
 * most years it may come late, and the chance that it happens at all. Each absent field takes
 * the plan's default for the action's status (shared/uncertainty/ranges.ts).
 */
export type UncertaintyRanges = z.output<typeof S.uncertaintyRangesSchema>;

/** The plan's uncertainty per status (DESIGN §9); an absent status or field keeps the built-in default. */
export type UncertaintyDefaults = z.output<typeof S.uncertaintyDefaultsSchema>;

export type Action = z.output<typeof S.actionSchema>;
export type FinancingEntry = z.output<typeof S.financingEntrySchema>;
export type CommitmentChoice = z.output<typeof S.commitmentChoiceSchema>;
export type Scenario = z.output<typeof S.scenarioSchema>;
export type Actual = z.output<typeof S.actualSchema>;
export type ObservedEmission = z.output<typeof S.observedEmissionSchema>;
/** An adopted version without its plan: what lists and names it. */
export type VersionInfo = z.output<typeof S.versionInfoSchema>;

/** An adopted version (DESIGN §8): its plan is a klimat-plan document without versions. */
export interface Version extends VersionInfo {
  plan: PlanDocument;
}

export interface Plan {
  plan: PlanSettings;
  sectors: Sector[];
  baseline: Baseline[];
  targets: Target[];
  carbonBudget?: CarbonBudget;
  financingSources: FinancingSource[];
  actions: Action[];
  financing: FinancingEntry[];
  commitments: CommitmentChoice[];
  scenarios: Scenario[];
  uncertaintyDefaults?: UncertaintyDefaults;
  // DESIGN §8, all optional (absent in older files: none).
  actuals?: Actual[];
  observedEmissions?: ObservedEmission[];
  /** Only in the JSON interchange and on import: the store keeps versions apart (versions.ts). */
  versions?: Version[];
}

export const PLAN_FORMAT = 'klimat-plan';
export const PLAN_FORMAT_VERSION = 1;

/** The JSON interchange document of DESIGN §6. */
export interface PlanDocument extends Plan {
  format: typeof PLAN_FORMAT;
  formatVersion: typeof PLAN_FORMAT_VERSION;
}
