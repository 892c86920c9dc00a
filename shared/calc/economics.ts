// Discounting and the per-action key figures of DESIGN §5 (economics).
import type { Action } from '../domain/types';
import type { Axis } from './axis';
import { type CostSchedule, discountedNetCost } from './costs';
import { growthMinusOne, powInt, recoveryFromGrowth } from './power';

/**
 * Below this many (discounted or steady) tonnes a cost per tonne is undefined: dividing by a
 * vanishing effect would give a huge or infinite price that means nothing to a council.
 */
export const MIN_TONS = 1e-6;

/** DF(y) = (1 + d)^−(y − priceBaseYear) for every axis year. */
export function discountFactors(axis: Axis, discountRate: number, priceBaseYear: number): Float64Array {
  const out = new Float64Array(axis.length);
  for (let i = 0; i < axis.length; i++) {
    out[i] = powInt(1 + discountRate, -(axis.startYear + i - priceBaseYear));
  }
  return out;
}

/**
 * CRF(d, n) = d / (1 − (1 + d)^−n), and 1/n at d = 0. Computed from (1 + d)^n − 1 without
 * cancellation (power.ts), so that a tiny positive rate tends smoothly to 1/n instead of dividing
 * by a rounded zero, with the same bits on every JavaScript engine.
 */
export function capitalRecoveryFactor(discountRate: number, years: number): number {
  if (Number.isInteger(years) && years >= 1) return recoveryFromGrowth(discountRate, years, growthMinusOne(discountRate, years)[years]);
  // Not a lifetime a valid plan has: still a number, never a throw.
  const denominator = 1 - powInt(1 + discountRate, -years);
  return discountRate === 0 || !(denominator > 0) ? 1 / years : discountRate / denominator;
}

export function levelizedCost(npvSek: number, discountedTons: number): number | null {
  return discountedTons < MIN_TONS ? null : npvSek / discountedTons;
}

/** Lifetimes are whole years 1–100, so every CRF a calculation needs fits in one small table. */
const MAX_LIFETIME = 100;

/** CRF(d, n) for n = 0…100 (slot 0 unused), computed once per calculation. */
export function recoveryFactors(discountRate: number): Float64Array {
  const out = new Float64Array(MAX_LIFETIME + 1);
  const growth = growthMinusOne(discountRate, MAX_LIFETIME);
  for (let n = 1; n <= MAX_LIFETIME; n++) out[n] = recoveryFromGrowth(discountRate, n, growth[n]);
  return out;
}

/** What the economics need from the plan, fixed for one calculation. */
export interface EconomicsSettings {
  /** DF per axis year. */
  readonly discount: Float64Array;
  readonly discountRate: number;
  /** CRF(discountRate, n) by lifetime n, from `recoveryFactors`. */
  readonly recoveryFactors: Float64Array;
  readonly carbonValueSekPerTon: number;
}

/**
 * (C·capex·CRF(d, lifetime) + C·opex − savings) / steadyTons, from the schedule's nominal
 * figures: cost overrides do not enter, because this is the steady-state price of a tonne, not
 * a budget. Null without a lifetime, and below 10⁻⁶ t a year.
 */
export function annualizedCost(settings: EconomicsSettings, costs: CostSchedule, lifetimeYears: number | undefined, steadyTons: number): number | null {
  if (lifetimeYears === undefined || !(lifetimeYears >= 1) || steadyTons < MIN_TONS) return null;
  const crf =
    Number.isInteger(lifetimeYears) && lifetimeYears <= MAX_LIFETIME
      ? settings.recoveryFactors[lifetimeYears]
      : capitalRecoveryFactor(settings.discountRate, lifetimeYears);
  return (costs.capexTotal * crf + costs.opexPerYear - costs.savingsPerYear) / steadyTons;
}

export interface ActionFigures {
  npvSek: number;
  discountedTons: number;
  levelizedCostSekPerTon: number | null;
  annualizedCostSekPerTon: number | null;
  societalNpvSek: number;
}

export function emptyFigures(): ActionFigures {
  return { npvSek: 0, discountedTons: 0, levelizedCostSekPerTon: null, annualizedCostSekPerTon: null, societalNpvSek: 0 };
}

/** The sums over an action's operating years that its figures are made of. */
export interface EffectSums {
  /** Σ e_a(y)·DF(y). */
  discountedTons: number;
  /** The largest yearly effect: what the action avoids once fully ramped. */
  steadyTons: number;
  /** Σ DF(y) over the operating years, for the running costs and co-benefits. */
  operatingDiscount: number;
}

export function emptySums(): EffectSums {
  return { discountedTons: 0, steadyTons: 0, operatingDiscount: 0 };
}

/**
 * One pass over the operating years [from, to): the sums, and for `calculate` also the copy into
 * the result's series and the sector's running sum. The sums stay in local variables for the
 * loop; kept in an object, each year would write them back to memory.
 */
export function sumEffectYears(
  effect: Float64Array,
  discount: Float64Array,
  from: number,
  to: number,
  out: EffectSums,
  series: number[] | null = null,
  sectorSum: Float64Array | null = null,
): EffectSums {
  let discountedTons = 0;
  let steadyTons = 0;
  let operatingDiscount = 0;
  for (let i = from; i < to; i++) {
    const tons = effect[i];
    const discountFactor = discount[i];
    discountedTons += tons * discountFactor;
    if (tons > steadyTons) steadyTons = tons;
    operatingDiscount += discountFactor;
    if (series !== null) series[i] = tons + 0; // + 0 turns a -0 (0 × a negative baseline) into 0
    if (sectorSum !== null) sectorSum[i] += tons;
  }
  out.discountedTons = discountedTons;
  out.steadyTons = steadyTons;
  out.operatingDiscount = operatingDiscount;
  return out;
}

/**
 * Writes the key figures of one action, from its effect series and cost schedule, into `out`.
 * The effect is 0 outside the operating years, so the discounted sums run over those only.
 */
export function actionFigures(
  settings: EconomicsSettings,
  action: Action,
  effect: Float64Array,
  costs: CostSchedule,
  out: ActionFigures = emptyFigures(),
): ActionFigures {
  const sums = sumEffectYears(effect, settings.discount, costs.operatingFrom, costs.operatingTo, emptySums());
  return figuresFromSums(settings, action, costs, sums, out);
}

/**
 * The figures once the operating years are summed (sumEffectYears), written into `out`.
 */
export function figuresFromSums(settings: EconomicsSettings, action: Action, costs: CostSchedule, sums: EffectSums, out: ActionFigures): ActionFigures {
  const { discountedTons, operatingDiscount } = sums;
  const npvSek = discountedNetCost(costs, settings.discount, operatingDiscount);
  // + 0 turns a -0 into 0, so that results compare and print cleanly.
  out.npvSek = npvSek + 0;
  out.discountedTons = discountedTons + 0;
  out.levelizedCostSekPerTon = levelizedCost(npvSek, discountedTons);
  out.annualizedCostSekPerTon = annualizedCost(settings, costs, action.lifetimeYears, sums.steadyTons);
  out.societalNpvSek = npvSek - settings.carbonValueSekPerTon * discountedTons - action.coBenefitSekPerYear * operatingDiscount + 0;
  return out;
}
