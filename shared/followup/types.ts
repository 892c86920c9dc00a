// The follow-up's output: exactly the `followup` object of DESIGN §8. Every series is aligned with
// its `years`; a figure that nobody reported is null, never 0.
import type { Plan } from '../domain/types';

/** What the follow-up compares with: an adopted version's plan and scenario, or the current plan and a scenario. */
export interface FollowUpReference {
  plan: Plan;
  scenarioId: string;
  /** The version the plan is, or null for the current plan. */
  versionId: string | null;
}

export interface FollowUpOptions {
  /** The follow-up year Yf; default: the last year with any actual or observed point, else `currentYear`. */
  year?: number;
  /** The calendar year now (the follow-up reads no clock itself). */
  currentYear: number;
}

export interface Figure {
  planned: number;
  actual: number | null;
  deviation: number | null;
}

export type FigureKey = 'capex' | 'opex' | 'savings' | 'effect';
export const FIGURE_KEYS: readonly FigureKey[] = ['capex', 'opex', 'savings', 'effect'];

export interface ActionFollowUp {
  id: string;
  capex: Figure;
  opex: Figure;
  savings: Figure;
  effect: Figure;
}

export interface YearSeries {
  planned: number[];
  actual: (number | null)[];
}

export interface Sum {
  planned: number;
  actual: number | null;
}

export interface FollowUpTotals extends Record<FigureKey, YearSeries> {
  years: number[];
  sum: Record<FigureKey, Sum>;
}

export interface FollowUpEmissions {
  years: number[];
  observedGross: (number | null)[];
  observedNet: (number | null)[];
  plannedGross: (number | null)[];
  plannedNet: (number | null)[];
}

export interface TargetPace {
  id: string;
  year: number;
  level: number;
  /** L: the last year ≤ Yf with observed totals on the target's scope; null without any. */
  lastObservedYear: number | null;
  observed: number | null;
  /** The yearly relative reduction still needed from L to the target year. */
  requiredPace: number | null;
  /** The yearly relative reduction observed over the last up to five years before L. */
  observedPace: number | null;
}

export interface FieldChange {
  id: string;
  /** The action's fields (as in the JSON) whose values differ. */
  fields: string[];
}

export interface FollowUpChanges {
  added: string[];
  removed: string[];
  changed: FieldChange[];
}

export interface FollowUpResult {
  reference: { versionId: string | null; scenarioId: string };
  year: number;
  actions: ActionFollowUp[];
  totals: FollowUpTotals;
  emissions: FollowUpEmissions;
  targets: TargetPace[];
  changes: FollowUpChanges;
}
