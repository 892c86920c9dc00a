// Small plans for the uncertainty tests: one sector with a flat baseline and actions whose
// effect is easy to reason about, so that the simulation can be checked against closed forms.
import type { Action, Plan, Target, UncertaintyRanges } from '../../../shared/domain/types';
import { makeAction, makePlan, makeScenario } from '../calc/fixtures';

/** No uncertainty at all: every range a point. */
export const CERTAIN_RANGES: Required<UncertaintyRanges> = {
  effectLow: 1,
  effectHigh: 1,
  costLow: 1,
  costHigh: 1,
  delayMaxYears: 0,
  probability: 1,
};

/** `ranges` over a certain action: only what the test names varies. */
export const ranges = (fields: UncertaintyRanges): UncertaintyRanges => ({ ...CERTAIN_RANGES, ...fields });

export const BASELINE_TONS = 1000;

/** An absolute target in `year` at `tons`, on the gross scope. */
export const target = (id: string, year: number, tons: number): Target => ({
  id,
  name: id,
  year,
  scope: 'gross',
  kind: 'absolute',
  tonsCo2e: tons,
});

/** A plan on 2020–2030 with one transport baseline of 1 000 t a year and the given actions. */
export function flatPlan(actions: Action[], targets: Target[] = [], fields: Partial<Plan> = {}): Plan {
  return makePlan(
    {
      baseline: [{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: BASELINE_TONS }], annualChange: 0 }],
      actions,
      targets,
      scenarios: [makeScenario()],
      ...fields,
    },
    { endYear: 2030 },
  );
}

/** A decided action that avoids `tons` a year from 2020 on, with the given uncertainty. */
export function effectAction(id: string, tons: number, uncertainty: UncertaintyRanges, fields: Partial<Action> = {}): Action {
  return makeAction({ id, code: id, effectStartYear: 2020, effectTonsPerYear: tons, uncertainty, ...fields });
}

/** |observed − expected| within 4 standard errors of a share estimated from n draws. */
export function withinFourSigma(observed: number, expected: number, n: number): boolean {
  const sigma = Math.sqrt((expected * (1 - expected)) / n);
  return Math.abs(observed - expected) <= 4 * sigma + 1e-12;
}
