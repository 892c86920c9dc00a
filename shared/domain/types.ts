// The plan snapshot: the one domain shape that the JSON import produces, the store reads and
// writes, and the calculation engine takes. It is the JSON interchange of DESIGN §6 without its
// `format`/`formatVersion` envelope, with every default of §4 applied.
import type {
  ActionStatus,
  CoBenefitCategory,
  CommitmentId,
  CommitmentLevel,
  CostBearer,
  EffectKind,
  FinancingSourceKind,
  FinancingStatus,
  MoneyUnit,
  TargetKind,
  TargetScope,
  UncertaintyStatus,
} from './ids';

export interface PlanSettings {
  municipality: string;
  /** The four-digit kommunkod. */
  municipalityCode: string;
  title: string;
  startYear: number;
  endYear: number;
  /** Prices are real, in this year's kronor. */
  priceBaseYear: number;
  discountRate: number;
  carbonValueSekPerTon: number;
  moneyUnit: MoneyUnit;
}

export interface Sector {
  id: string;
  name: string;
  isSink: boolean;
  /** Hidden only from view; a hidden sector still counts. */
  hidden?: boolean;
}

export interface BaselinePoint {
  year: number;
  tonsCo2e: number;
}

export interface Baseline {
  sectorId: string;
  points: BaselinePoint[];
  /** Applied every year after the last point (business as usual). */
  annualChange: number;
}

export interface Target {
  id: string;
  name: string;
  year: number;
  scope: TargetScope;
  kind: TargetKind;
  reduction?: number;
  referenceYear?: number;
  referenceTonsCo2e?: number;
  tonsCo2e?: number;
}

export interface CarbonBudget {
  fromYear: number;
  tonsCo2e: number;
  scope: TargetScope;
}

export interface FinancingSource {
  id: string;
  name: string;
  kind: FinancingSourceKind;
}

export interface CostOverride {
  year: number;
  capexSek?: number;
  opexSek?: number;
  savingsSek?: number;
}

export type CoBenefitScores = Partial<Record<CoBenefitCategory, number>>;

/**
 * How sure an action is (DESIGN §9): multipliers on its effect and cost (low ≤ 1 ≤ high), the
 * most years it may come late, and the chance that it happens at all. Each absent field takes
 * the plan's default for the action's status (shared/uncertainty/ranges.ts).
 */
export interface UncertaintyRanges {
  effectLow?: number;
  effectHigh?: number;
  costLow?: number;
  costHigh?: number;
  delayMaxYears?: number;
  probability?: number;
}

/** The plan's uncertainty per status (DESIGN §9); an absent status or field keeps the built-in default. */
export type UncertaintyDefaults = Partial<Record<UncertaintyStatus, UncertaintyRanges>>;

export interface Action {
  id: string;
  code: string;
  name: string;
  description?: string;
  sectorId: string;
  owner: string;
  costBearer: CostBearer;
  status: ActionStatus;
  startYear: number;
  implementationYears: number;
  effectStartYear?: number;
  effectEndYear?: number;
  rampYears: number;
  effectKind: EffectKind;
  /** For kind `absolute`; for a sink action, extra removals. */
  effectTonsPerYear?: number;
  /** For kind `share`, on non-sink sectors only. */
  effectShare?: number;
  lifetimeYears?: number;
  capexSek: number;
  opexSekPerYear: number;
  savingsSekPerYear: number;
  costOverrides: CostOverride[];
  coBenefits: CoBenefitScores;
  coBenefitSekPerYear: number;
  commitments: CommitmentId[];
  tags: string[];
  notes: string;
  uncertainty?: UncertaintyRanges;
}

export interface FinancingEntry {
  id: string;
  /** `null` when the money is not tied to one action. */
  actionId: string | null;
  sourceId: string;
  year: number;
  amountSek: number;
  status: FinancingStatus;
}

export interface CommitmentChoice {
  id: CommitmentId;
  level: CommitmentLevel;
}

export interface Scenario {
  id: string;
  name: string;
  includeStatuses: ActionStatus[];
  include: string[];
  exclude: string[];
  delayYears: number;
  effectFactor: number;
  costFactor: number;
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
}

export const PLAN_FORMAT = 'klimat-plan';
export const PLAN_FORMAT_VERSION = 1;

/** The JSON interchange document of DESIGN §6. */
export interface PlanDocument extends Plan {
  format: typeof PLAN_FORMAT;
  formatVersion: typeof PLAN_FORMAT_VERSION;
}
