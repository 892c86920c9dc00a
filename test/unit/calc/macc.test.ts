import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { makeAxis } from '../../../shared/calc/axis';
import { maccBars } from '../../../shared/calc/macc';
import type { ActionResult } from '../../../shared/calc';
import { makeAction, makePlan, makeScenario } from './fixtures';

function row(id: string, cost: number | null, effect: number[], included = true): ActionResult {
  return {
    id,
    included,
    effect,
    npvSek: 0,
    discountedTons: 0,
    levelizedCostSekPerTon: null,
    annualizedCostSekPerTon: cost,
    societalNpvSek: 0,
  };
}

describe('MACC', () => {
  const axis = makeAxis(2020, 2022);
  const rows = [
    row('dear', 900, [1, 2, 3]),
    row('cheap', -50, [10, 20, 30]),
    row('no-price', null, [5, 5, 5]),
    row('not-in', 1, [7, 7, 7], false),
    row('tie', 900, [4, 4, 4]),
  ];

  it("lists the included actions with a price, cheapest first, ties in plan order, as wide as the year's effect", () => {
    expect(maccBars(rows, 2021, axis)).toEqual([
      { actionId: 'cheap', tons: 20, costSekPerTon: -50 },
      { actionId: 'dear', tons: 2, costSekPerTon: 900 },
      { actionId: 'tie', tons: 4, costSekPerTon: 900 },
    ]);
  });

  it('gives 0 t wide bars for a year off the axis', () => {
    expect(maccBars(rows, 2030, axis).map((b) => b.tons)).toEqual([0, 0, 0]);
  });

  it('is in the result only when a year is asked for', () => {
    const plan = makePlan({
      actions: [
        makeAction({ id: 'a', effectTonsPerYear: 10, lifetimeYears: 10, capexSek: 1000 }),
        makeAction({ id: 'b', effectTonsPerYear: 10, lifetimeYears: 10, capexSek: 100, status: 'idea' }),
      ],
      scenarios: [makeScenario()],
    });
    expect(calculate(plan, 'decided')).not.toHaveProperty('macc');
    // d = 0: CRF = 1/10, (1000 / 10) / 10 t
    expect(calculate(plan, 'decided', { maccYear: 2022 }).macc).toEqual([{ actionId: 'a', tons: 10, costSekPerTon: 10 }]);
  });
});
