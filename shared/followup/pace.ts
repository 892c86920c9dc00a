// The pace per target (DESIGN §8): how fast emissions must now fall to reach each target of the
// reference, against how fast they have fallen lately.
import type { Target } from '../domain/types';
import { targetScope } from '../calc/targets';
import type { ObservedTotals } from './observed';
import type { TargetPace } from './types';

/** `1 − ratio^(1/years)`, or null when the ratio is not a positive finite number. */
function yearlyReduction(ratio: number, years: number): number | null {
  if (!(ratio > 0) || !Number.isFinite(ratio) || years <= 0) return null;
  const pace = 1 - Math.pow(ratio, 1 / years);
  return Number.isFinite(pace) ? pace + 0 : null;
}

/** F: the earliest year ≥ L − 5 with observed totals, before L; undefined when there is none. */
export function paceFromYear(observed: ObservedTotals, L: number): number | undefined {
  return observed.years.find((y) => y >= L - 5 && y < L);
}

export function targetPace(target: Target, level: number, observed: ObservedTotals, year: number): TargetPace | null {
  const scope = targetScope(target);
  const at = (y: number) => (scope === 'gross' ? observed.gross(y) : observed.net(y));
  const before = observed.years.filter((y) => y <= year);
  const L = before.length ? before[before.length - 1] : null;
  // Only targets still ahead: with year > L (or, with nothing observed, after the follow-up year).
  if (target.year <= (L ?? year)) return null;
  if (L === null) return { id: target.id, year: target.year, level, lastObservedYear: null, observed: null, requiredPace: null, observedPace: null };
  const obsL = at(L)!;
  const requiredPace = level <= 0 || obsL <= 0 ? null : yearlyReduction(level / obsL, target.year - L);
  const F = paceFromYear(observed, L);
  const observedPace = F === undefined ? null : yearlyReduction(obsL / at(F)!, L - F);
  return { id: target.id, year: target.year, level, lastObservedYear: L, observed: obsL, requiredPace, observedPace };
}
