// Targets against the scenario (DESIGN §5, targets).
import type { TargetScope } from '../domain/ids';
import type { Target } from '../domain/types';
import { type Axis, yearIndex } from './axis';
import type { TargetResult } from './result';
import { type SectorTable, baselineScopeTotal } from './sectors';

/** The scenario's scope totals over the axis. */
export interface ScopeSeries {
  readonly gross: Float64Array;
  readonly net: Float64Array;
}

/** netZero is about what the atmosphere sees, so it is judged on the net scope whatever it names. */
export function targetScope(target: Target): TargetScope {
  return target.kind === 'netZero' ? 'net' : target.scope;
}

/** The tonnes the target allows in its year. */
export function targetLevel(target: Target, sectors: SectorTable): number {
  switch (target.kind) {
    case 'reduction':
      return (1 - (target.reduction ?? 0)) * targetReference(target, sectors);
    case 'absolute':
      return target.tonsCo2e ?? 0;
    case 'netZero':
      return 0;
  }
}

/** referenceTonsCo2e when given, else the baseline's scope total in the reference year. */
function targetReference(target: Target, sectors: SectorTable): number {
  if (target.referenceTonsCo2e !== undefined) return target.referenceTonsCo2e;
  if (target.referenceYear !== undefined) return baselineScopeTotal(sectors, target.scope, target.referenceYear);
  return 0;
}

export function evaluateTarget(target: Target, sectors: SectorTable, scenario: ScopeSeries, axis: Axis): TargetResult {
  const level = targetLevel(target, sectors) + 0;
  const i = yearIndex(axis, target.year);
  if (i < 0) return { id: target.id, year: target.year, level, scenario: null, gap: null, met: null };
  const value = scenario[targetScope(target)][i];
  const gap = value - level;
  return { id: target.id, year: target.year, level, scenario: value + 0, gap: gap + 0, met: gap <= 0 };
}

export function evaluateTargets(targets: readonly Target[], sectors: SectorTable, scenario: ScopeSeries, axis: Axis): TargetResult[] {
  return targets.map((target) => evaluateTarget(target, sectors, scenario, axis));
}
