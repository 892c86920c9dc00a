// Översikt's headline figures from the engine's result.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/types';
import { gapInYear, headline } from '../../../renderer/views/overview/headline';
import { calcOf, samplePlan } from './fixtures';

const plan = samplePlan();

describe('headline figures', () => {
  it('gives each target’s gap in tonnes and as a share of the scenario’s emissions that year', () => {
    const calc = calcOf(plan);
    const h = headline(plan, calc);
    expect(h.gaps.map((g) => g.target.year)).toEqual([2030, 2040, 2040]);
    const g2030 = gapInYear(h.gaps, 2030)!;
    const engine = calc.targets.find((t) => t.id === 't2030')!;
    expect(g2030.result.gap).toBe(engine.gap);
    expect(g2030.share).toBeCloseTo(engine.gap! / engine.scenario!, 12);
    expect(gapInYear(h.gaps, 2050)).toBeUndefined();
  });

  it('sums capex, NPV of the included actions and financing secured against the cost', () => {
    const calc = calcOf(plan);
    const h = headline(plan, calc);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(h.capexSek).toBeCloseTo(sum(calc.costs.capex), 6);
    expect(h.npvSek).toBeCloseTo(sum(calc.actions.filter((a) => a.included).map((a) => a.npvSek)), 6);
    expect(h.securedSek).toBeCloseTo(sum(calc.financing.secured), 6);
    expect(h.neededSek).toBeCloseTo(sum(calc.financing.cost), 6);
    expect(h.budget).toEqual(calc.carbonBudget);
  });

  it('has no share where the scenario emits nothing, and no budget when the plan has none', () => {
    const { carbonBudget: _b, ...rest } = plan;
    const bare: Plan = { ...rest, baseline: [] };
    const h = headline(bare, calcOf(bare));
    expect(h.budget).toBeNull();
    expect(h.gaps.every((g) => g.share === null)).toBe(true);
  });
});
