import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { makeAxis } from '../../../shared/calc/axis';
import { emptyCostSeries } from '../../../shared/calc/costs';
import { entriesFinancing, financingSeries } from '../../../shared/calc/financing';
import { financingSlots } from '../../../shared/calc/financing-links';
import type { FinancingEntry, FinancingSource } from '../../../shared/domain/types';
import { makeAction, makePlan, makeScenario } from './fixtures';

const axis = makeAxis(2020, 2022);
const sources: FinancingSource[] = [
  { id: 'budget', name: 'Kommunbudget', kind: 'municipalBudget' },
  { id: 'klimatklivet', name: 'Klimatklivet', kind: 'stateGrant' },
  { id: 'eu', name: 'EU-fond', kind: 'euFund' },
];
let nextId = 0;
function entry(fields: Partial<FinancingEntry>): FinancingEntry {
  return { id: `f${nextId++}`, actionId: null, sourceId: 'budget', year: 2020, amountSek: 0, status: 'secured', ...fields };
}

describe('financing', () => {
  const entries = [
    entry({ amountSek: 100 }), // no action: counts
    entry({ actionId: 'in', sourceId: 'klimatklivet', year: 2021, amountSek: 40, status: 'applied' }),
    entry({ actionId: 'in', sourceId: 'klimatklivet', year: 2021, amountSek: 5, status: 'secured' }),
    entry({ actionId: 'out', amountSek: 1000 }), // its action is not included
    entry({ year: 2019, amountSek: 7 }), // off the axis
    entry({ year: 2022, amountSek: 3, status: 'potential' }),
  ];
  const costs = emptyCostSeries(3);
  costs.capex.set([50, 0, 0]);
  costs.opex.set([0, 20, 20]);
  costs.savings.set([0, 999, 999]); // savings are not a cost to finance
  // Actions in slots 0 ('out', left out) and 1 ('in', included).
  const actions = [makeAction({ id: 'out' }), makeAction({ id: 'in' })];
  const f = financingSeries(sources, entries, financingSlots(actions, entries), Uint8Array.from([0, 1]), costs, axis);

  it('sums the counting entries per status and year', () => {
    expect(Array.from(f.secured)).toEqual([100, 5, 0]);
    expect(Array.from(f.applied)).toEqual([0, 40, 0]);
    expect(Array.from(f.potential)).toEqual([0, 0, 3]);
  });

  it('sets cost = capex + opex of the included actions and gap = cost − secured', () => {
    expect(Array.from(f.cost)).toEqual([50, 20, 20]);
    expect(Array.from(f.gap)).toEqual([50 - 100, 20 - 5, 20]);
  });

  it('keeps a series for every source, all statuses together, zeros where it has no entries', () => {
    expect([...f.bySource.keys()]).toEqual(['budget', 'klimatklivet', 'eu']);
    expect(Array.from(f.bySource.get('budget')!)).toEqual([100, 0, 3]);
    expect(Array.from(f.bySource.get('klimatklivet')!)).toEqual([0, 45, 0]);
    expect(Array.from(f.bySource.get('eu')!)).toEqual([0, 0, 0]);
  });

  it("is not moved by the scenario's delay, while the costs are", () => {
    const plan = makePlan(
      {
        financingSources: sources,
        actions: [makeAction({ id: 'in', startYear: 2020, capexSek: 80 })],
        financing: [entry({ actionId: 'in', year: 2020, amountSek: 80 })],
        scenarios: [makeScenario({ delayYears: 1 })],
      },
      { endYear: 2022 },
    );
    const result = calculate(plan, 'decided');
    expect(result.financing.secured).toEqual([80, 0, 0]);
    expect(result.financing.cost).toEqual([0, 80, 0]);
    expect(result.financing.gap).toEqual([-80, 80, 0]);
    expect(result.financing.bySource).toEqual({ budget: [80, 0, 0], klimatklivet: [0, 0, 0], eu: [0, 0, 0] });
  });

  it('counts a subset of the entries as the calculation counted them (a view of one status)', () => {
    const plan = makePlan(
      {
        financingSources: sources,
        actions: [makeAction({ id: 'idea', status: 'idea' }), makeAction({ id: 'decided', status: 'decided' })],
        financing: [
          entry({ actionId: 'decided', sourceId: 'eu', year: 2021, amountSek: 30, status: 'applied' }),
          entry({ actionId: 'idea', sourceId: 'eu', year: 2021, amountSek: 500, status: 'applied' }), // its action is left out
          entry({ actionId: null, sourceId: 'budget', year: 2022, amountSek: 4, status: 'applied' }),
          entry({ actionId: 'decided', sourceId: 'eu', year: 2021, amountSek: 9, status: 'secured' }), // not shown
        ],
        scenarios: [makeScenario({ includeStatuses: ['decided'] })],
      },
      { endYear: 2022 },
    );
    const result = calculate(plan, 'decided');
    const applied = plan.financing.filter((e) => e.status === 'applied');
    const f = entriesFinancing(plan, applied, result.actions, axis);
    expect(Array.from(f.bySource.get('eu')!)).toEqual([0, 30, 0]);
    expect(Array.from(f.bySource.get('budget')!)).toEqual([0, 0, 4]);
    expect(Array.from(f.applied)).toEqual([0, 30, 4]);
  });
});
