// Everything fixed for one plan snapshot and one scenario, computed once: the axis, the
// discount factors and every sector's baseline series. Cheap to build (sectors × years), so a
// view can keep one per snapshot and ask for single actions' series without a full calculation.
import type { Baseline, Plan, PlanSettings, Scenario, Sector } from '../domain/types';
import { type Axis, makeAxis } from './axis';
import { type EconomicsSettings, discountFactors, recoveryFactors } from './economics';
import { findScenario } from './scenario';
import { type SectorTable, sectorTable } from './sectors';

/**
 * The part of a context fixed by the plan's settings, sectors and baseline alone, whatever the
 * scenario and the actions. For a few actions it is most of a calculation's work, so a caller
 * that calculates many variants of one plan (the uncertainty draws) makes it once.
 */
export interface PlanFrame extends EconomicsSettings {
  readonly axis: Axis;
  readonly sectors: SectorTable;
  /** The objects it was made from: it serves only a plan that holds these very three. */
  readonly madeFrom: readonly [PlanSettings, readonly Sector[], readonly Baseline[]];
}

export interface CalcContext extends EconomicsSettings {
  readonly plan: Plan;
  readonly scenario: Scenario;
  readonly axis: Axis;
  readonly sectors: SectorTable;
}

export function planFrame(plan: Plan): PlanFrame {
  const settings = plan.plan;
  const axis = makeAxis(settings.startYear, settings.endYear);
  return {
    axis,
    sectors: sectorTable(plan, axis),
    discount: discountFactors(axis, settings.discountRate, settings.priceBaseYear),
    discountRate: settings.discountRate,
    recoveryFactors: recoveryFactors(settings.discountRate),
    carbonValueSekPerTon: settings.carbonValueSekPerTon,
    madeFrom: [settings, plan.sectors, plan.baseline],
  };
}

/** Whether `frame` was made from this plan's own settings, sectors and baseline objects. */
function fits(frame: PlanFrame, plan: Plan): boolean {
  const [settings, sectors, baseline] = frame.madeFrom;
  return settings === plan.plan && sectors === plan.sectors && baseline === plan.baseline;
}

/**
 * The context of one plan and scenario. A `frame` of the same plan's settings, sectors and
 * baseline is reused; one of any other plan is ignored (the snapshot is immutable: an edit of
 * those makes new objects).
 * @throws CalcError when the plan has no scenario `scenarioId`.
 */
export function createCalcContext(plan: Plan, scenarioId: string, frame?: PlanFrame): CalcContext {
  const scenario = findScenario(plan, scenarioId);
  const f = frame && fits(frame, plan) ? frame : planFrame(plan);
  return {
    plan,
    scenario,
    axis: f.axis,
    sectors: f.sectors,
    discount: f.discount,
    discountRate: f.discountRate,
    recoveryFactors: f.recoveryFactors,
    carbonValueSekPerTon: f.carbonValueSekPerTon,
  };
}
