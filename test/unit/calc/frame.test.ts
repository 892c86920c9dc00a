// calculate(plan, id, { frame }) equals calculate(plan, id), and a frame of another plan is ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, planFrame } from '../../../shared/calc';
import { planArb } from './arbitraries';

describe('the plan frame', () => {
  it('gives exactly the result without it, for variants that share settings, sectors and baseline', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const frame = planFrame(plan);
        const variant = { ...plan, actions: plan.actions.slice(1) };
        for (const s of plan.scenarios) {
          expect(calculate(plan, s.id, { frame })).toEqual(calculate(plan, s.id));
          expect(calculate(variant, s.id, { frame })).toEqual(calculate(variant, s.id));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is ignored for a plan with other settings', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const frame = planFrame(plan);
        const other = { ...plan, plan: { ...plan.plan, discountRate: plan.plan.discountRate / 2, endYear: plan.plan.endYear + 1 } };
        const id = plan.scenarios[0].id;
        expect(calculate(other, id, { frame })).toEqual(calculate(other, id));
      }),
      { numRuns: 50 },
    );
  });
});
