// The one table of valid ranges (DESIGN §4). The zod schemas are built from it, the messages
// quote it, and a test checks the SQL CHECK constraints of the document against it, so the
// three can never disagree.

export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only (years, kronor, counts, scores). */
  integer: boolean;
}

const range = (min: number, max: number, integer = false): NumberRange => ({ min, max, integer });

export const RANGES = {
  year: range(1990, 2100, true),
  /** Whole kronor: capex, opex, savings, co-benefit value, overrides, financing amounts. */
  moneySek: range(0, 1e13, true),
  /** For a sink: extra removals. */
  effectTonsPerYear: range(0, 1e9),
  effectShare: range(0, 1),
  /** Negative only in sink sectors (checked with the sector). */
  baselineTons: range(-1e9, 1e9),
  implementationYears: range(1, 50, true),
  rampYears: range(0, 50, true),
  lifetimeYears: range(1, 100, true),
  delayYears: range(0, 20, true),
  discountRate: range(0, 0.2),
  carbonValueSekPerTon: range(0, 1e6),
  annualChange: range(-1, 1),
  factor: range(0, 10),
  reduction: range(0, 1),
  /** Target levels, reference tonnes and carbon budgets. */
  targetTons: range(0, 1e10),
  coBenefitScore: range(-2, 2, true),
  /** Uncertainty multipliers (DESIGN §9): 0 ≤ low ≤ 1 ≤ high ≤ 10. */
  uncertaintyLow: range(0, 1),
  uncertaintyHigh: range(1, 10),
  /** The chance that an action happens at all. */
  probability: range(0, 1),
} as const satisfies Record<string, NumberRange>;

export type RangeKey = keyof typeof RANGES;

/** Every free text field (names, notes, descriptions, tags). */
export const TEXT_MAX_LENGTH = 10_000;

/** Caps on a document's size, so that a hostile file cannot exhaust memory on open. */
export const ROW_CAPS = {
  sectors: 200,
  actions: 200_000,
  baselinePointsPerSector: 111,
  targets: 500,
  financingSources: 1_000,
  financing: 500_000,
  scenarios: 200,
  costOverridesPerAction: 111,
  tagsPerAction: 100,
  /** Outcomes per action and year (DESIGN §8): 10 years of 100 000 actions. */
  actuals: 1_000_000,
  observedPointsPerSector: 111,
  /** Adopted versions kept in one plan; each is a whole plan of its own (the caps above apply to it). */
  versions: 100,
} as const;

export function inRange(r: NumberRange, v: number): boolean {
  return Number.isFinite(v) && v >= r.min && v <= r.max && (!r.integer || Number.isInteger(v));
}
