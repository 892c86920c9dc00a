// The renderer's engine cache: a scenario's result is reused while nothing it depends on
// changed, and recomputed when its scenario or a part of the plan it reads did.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/types';
import { cachedCalc, defaultYear } from '../../../renderer/views/scenarios/calc-cache';
import { sensitivityCell } from '../../../renderer/views/scenarios/useSensitivity';
import { calcOf, samplePlan } from './fixtures';

describe('engine cache', () => {
  const plan = samplePlan();

  it('reuses a result when another scenario changed, as the plan store patches it', () => {
    const first = cachedCalc(plan, 'decided')!;
    const edited: Plan = { ...plan, scenarios: plan.scenarios.map((s) => (s.id === 'all' ? { ...s, delayYears: 3 } : s)) };
    expect(cachedCalc(edited, 'decided')).toBe(first);
    expect(cachedCalc(edited, 'all')).toEqual(calcOf(edited, 'all'));
  });

  it('recomputes when the scenario, the actions or the MACC year change', () => {
    const first = cachedCalc(plan, 'decided')!;
    const delayed: Plan = { ...plan, scenarios: plan.scenarios.map((s) => (s.id === 'decided' ? { ...s, delayYears: 2 } : s)) };
    const again = cachedCalc(delayed, 'decided')!;
    expect(again).not.toBe(first);
    expect(again.targets).toEqual(calcOf(delayed).targets);
    const fewer: Plan = { ...delayed, actions: delayed.actions.slice(1) };
    expect(cachedCalc(fewer, 'decided')!.actions).toHaveLength(plan.actions.length - 1);
    expect(cachedCalc(fewer, 'decided', 2030)!.macc).toBeDefined();
    expect(cachedCalc(plan, 'no-such-scenario')).toBeNull();
  });

  it('runs a sensitivity cell as the scenario with that delay and effect factor', () => {
    const scenario = plan.scenarios.find((s) => s.id === 'decided')!;
    const variant: Plan = { ...plan, scenarios: [{ ...scenario, delayYears: 2, effectFactor: 0.8 }] };
    expect(sensitivityCell(plan, scenario, 2, 0.8)).toEqual(calcOf(variant).targets);
    expect(sensitivityCell(plan, scenario, 0, 1)).toEqual(calcOf(plan).targets);
  });

  it('takes 2030 as the default year when the axis has it, else the nearest end', () => {
    expect(defaultYear(plan)).toBe(2030);
    expect(defaultYear({ ...plan, plan: { ...plan.plan, startYear: 2031, endYear: 2050 } })).toBe(2031);
    expect(defaultYear({ ...plan, plan: { ...plan.plan, startYear: 2010, endYear: 2025 } })).toBe(2025);
  });
});
