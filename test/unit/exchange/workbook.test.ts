// Pieces of the council workbook: the budget years of Per nämnd, and how a row names a sector
// or source so that the importer finds the same one again.
import { describe, expect, it } from 'vitest';
import { namer } from '../../../electron/exchange/action-cells';
import { budgetYearsOf } from '../../../electron/exchange/workbook/context';
import { readValue } from '../../../shared/exchange/values';
import { samplePlan } from '../../support/documents';

describe('Per nämnd', () => {
  it('takes the coming budget year and two plan years, inside the plan period', () => {
    const plan = samplePlan(); // 2020–2045
    expect(budgetYearsOf(plan, 2027)).toEqual([2027, 2028, 2029]);
    expect(budgetYearsOf(plan, 2010)).toEqual([2020, 2021, 2022]);
    expect(budgetYearsOf(plan, 2045)).toEqual([2043, 2044, 2045]);
    const short = { ...plan, plan: { ...plan.plan, startYear: 2025, endYear: 2026 } };
    expect(budgetYearsOf(short, 2030)).toEqual([2025, 2026]);
  });
});

describe('naming sectors and sources in a row', () => {
  it('writes the name when it is unique, else the id, and the importer reads back the same sector', () => {
    const sectors = [
      { id: 'transport', name: 'Transporter', isSink: false },
      { id: 'a', name: 'Sjöfart', isSink: false },
      { id: 'b', name: 'sjöfart ', isSink: false },
      { id: 'c', name: 'transport', isSink: false },
    ];
    const name = namer(sectors);
    expect(sectors.map((s) => name(s.id))).toEqual(['Transporter', 'a', 'b', 'c']);
    for (const s of sectors) {
      const r = readValue({ t: 's', v: name(s.id) }, 'sector', { unit: 'kr', sectors, sources: [] });
      expect(r).toEqual({ ok: true, value: s.id });
    }
  });
});
