// One action's luck in one draw (DESIGN §9): whether it happens, its effect and cost factors
// and its extra delay, each from its own uniform number of the action's stream.
import type { ResolvedRanges } from './ranges';
import { nextUniform, type Streams } from './prng';

/** What one draw makes of one action; reused from action to action. */
export interface ActionDraw {
  happens: boolean;
  /** fE ~ Triangular(effectLow, 1, effectHigh). */
  effectFactor: number;
  /** fC ~ Triangular(costLow, 1, costHigh). */
  costFactor: number;
  /** d ~ UniformInteger(0, delayMaxYears). */
  delayYears: number;
}

export function emptyDraw(): ActionDraw {
  return { happens: true, effectFactor: 1, costFactor: 1, delayYears: 0 };
}

/**
 * Draws the action whose stream starts at `at` into `out`. Always four uniforms, in this order,
 * whatever the ranges and whether it happens: each draw of an action then reads the same part
 * of its stream, and changing one range changes only what that range decides.
 */
export function drawAction(ranges: ResolvedRanges, streams: Streams, at: number, out: ActionDraw): ActionDraw {
  const uHappens = nextUniform(streams, at);
  const uEffect = nextUniform(streams, at);
  const uCost = nextUniform(streams, at);
  const uDelay = nextUniform(streams, at);
  // u < 1 always, so probability 1 always happens and 0 never does.
  out.happens = uHappens < ranges.probability;
  out.effectFactor = triangular(ranges.effectLow, ranges.effectHigh, uEffect);
  out.costFactor = triangular(ranges.costLow, ranges.costHigh, uCost);
  out.delayYears = uniformInteger(ranges.delayMaxYears, uDelay);
  return out;
}

/**
 * Triangular(low, 1, high) by its inverse distribution function at u ∈ [0, 1): the mode is 1,
 * as planned. With low = high = 1 it is exactly 1.
 */
export function triangular(low: number, high: number, u: number): number {
  const width = high - low;
  if (width <= 0) return 1;
  const below = (1 - low) / width; // the probability of a value under the mode
  return u < below ? low + Math.sqrt(u * width * (1 - low)) : high - Math.sqrt((1 - u) * width * (high - 1));
}

/** UniformInteger(0, max) at u ∈ [0, 1): each of the max + 1 values with probability 1/(max + 1). */
export function uniformInteger(max: number, u: number): number {
  return Math.floor(u * (max + 1));
}
