// The engine's output: exactly the `calc` object of DESIGN §6. Every array is a plain
// `number[]` aligned with `years`, so the result can go through JSON unchanged.
import type { CalcCache } from './cache';
import type { PlanFrame } from './context';

export interface CalcOptions {
  /** Adds the abatement cost curve (`macc`) for this year. */
  maccYear?: number;
  /** Figures of unchanged actions from an earlier calculation of the same plan (see cache.ts). */
  cache?: CalcCache;
  /**
   * The plan's frame from `planFrame`, for many calculations of variants of one plan that share
   * its settings, sectors and baseline objects (ignored for any other plan).
   */
  frame?: PlanFrame;
}

export interface OverallocatedSectorYear {
  sectorId: string;
  year: number;
}

export interface EmissionsResult {
  /** Every sector of the plan, hidden ones included. */
  bySector: Record<string, number[]>;
  gross: number[];
  net: number[];
  baselineGross: number[];
  baselineNet: number[];
  overallocated: OverallocatedSectorYear[];
}

export interface TargetResult {
  id: string;
  year: number;
  level: number;
  /** The scenario's scope total in the target year; null when the year is off the axis. */
  scenario: number | null;
  gap: number | null;
  met: boolean | null;
}

export interface CarbonBudgetResult {
  tonsCo2e: number;
  /** Total up to the axis' end year. */
  cumulative: number;
  remaining: number;
  exhaustedYear: number | null;
}

export interface CostsResult {
  capex: number[];
  opex: number[];
  savings: number[];
  net: number[];
}

export interface FinancingResult {
  secured: number[];
  applied: number[];
  potential: number[];
  cost: number[];
  gap: number[];
  /** Every financing source of the plan, all statuses. */
  bySource: Record<string, number[]>;
}

export interface ActionResult {
  id: string;
  included: boolean;
  effect: number[];
  npvSek: number;
  discountedTons: number;
  levelizedCostSekPerTon: number | null;
  annualizedCostSekPerTon: number | null;
  societalNpvSek: number;
}

export interface MaccBar {
  actionId: string;
  tons: number;
  costSekPerTon: number;
}

export interface CalcResult {
  scenarioId: string;
  years: number[];
  emissions: EmissionsResult;
  targets: TargetResult[];
  carbonBudget: CarbonBudgetResult | null;
  costs: CostsResult;
  financing: FinancingResult;
  actions: ActionResult[];
  macc?: MaccBar[];
}
