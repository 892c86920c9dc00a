// Everything fixed for one plan snapshot and one scenario, computed once: the axis, the
// discount factors and every sector's baseline series. Cheap to build (sectors × years), so a
// view can keep one per snapshot and ask for single actions' series without a full calculation.
import type { Plan, Scenario } from '../domain/types';
import { type Axis, makeAxis } from './axis';
import { type EconomicsSettings, discountFactors, recoveryFactors } from './economics';
import { findScenario } from './scenario';
import { type SectorTable, sectorTable } from './sectors';

export interface CalcContext extends EconomicsSettings {
  readonly plan: Plan;
  readonly scenario: Scenario;
  readonly axis: Axis;
  readonly sectors: SectorTable;
}

/** @throws CalcError when the plan has no scenario `scenarioId`. */
export function createCalcContext(plan: Plan, scenarioId: string): CalcContext {
  const scenario = findScenario(plan, scenarioId);
  const settings = plan.plan;
  const axis = makeAxis(settings.startYear, settings.endYear);
  return {
    plan,
    scenario,
    axis,
    sectors: sectorTable(plan, axis),
    discount: discountFactors(axis, settings.discountRate, settings.priceBaseYear),
    discountRate: settings.discountRate,
    recoveryFactors: recoveryFactors(settings.discountRate),
    carbonValueSekPerTon: settings.carbonValueSekPerTon,
  };
}
