// The follow-up figures of DESIGN §8 on small plans computed by hand.
import { describe, expect, it } from 'vitest';
import { followUp, observedTotals } from '../../../shared/followup';
import type { Plan } from '../../../shared/domain/types';
import { makeAction, makePlan } from '../calc/fixtures';

/**
 * A plan on 2020–2024: A-01 invests 1 000 kr a year over 2021–2022 (capex 2 000, 2 years), then
 * has 100 kr opex and 30 kr savings and avoids 10 t a year from 2023; A-02 is an idea (not in the
 * scenario) with capex 500 in 2020.
 */
function plan(fields: Partial<Plan> = {}): Plan {
  return makePlan({
    actions: [
      makeAction({ id: 'a1', startYear: 2021, implementationYears: 2, capexSek: 2000, opexSekPerYear: 100, savingsSekPerYear: 30, effectTonsPerYear: 10 }),
      makeAction({ id: 'a2', code: 'A-02', status: 'idea', startYear: 2020, capexSek: 500 }),
    ],
    ...fields,
  });
}
const current = (p: Plan) => ({ plan: p, scenarioId: 'decided', versionId: null });

describe('planned, actual and deviation per action and in total', () => {
  it('sums the planned series to Yf, the reported actuals to Yf, and keeps a figure nobody reported null', () => {
    const p = plan({
      actuals: [
        { actionId: 'a1', year: 2021, capexSek: 1200 },
        { actionId: 'a1', year: 2022, capexSek: 900, note: 'Slutfaktura' },
        { actionId: 'a1', year: 2023, capexSek: 50, opexSek: 80 },
      ],
    });
    const r = followUp(p, current(p), { year: 2022, currentYear: 2026 });
    expect(r.year).toBe(2022);
    expect(r.reference).toEqual({ versionId: null, scenarioId: 'decided' });
    const a1 = r.actions.find((a) => a.id === 'a1')!;
    // planned capex 2021 + 2022 = 1 000 + 1 000; reported 1 200 + 900 (2023 is after Yf).
    expect(a1.capex).toEqual({ planned: 2000, actual: 2100, deviation: 100 });
    // no opex planned before 2023, and none reported up to 2022: not reported is null, not 0.
    expect(a1.opex).toEqual({ planned: 0, actual: null, deviation: null });
    expect(a1.effect).toEqual({ planned: 0, actual: null, deviation: null });
    // a2 is planned "as if included": its 2020 capex counts for the action, not in the totals.
    expect(r.actions.find((a) => a.id === 'a2')!.capex).toEqual({ planned: 500, actual: null, deviation: null });
    expect(r.totals.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(r.totals.capex.planned).toEqual([0, 1000, 1000, 0, 0]);
    expect(r.totals.capex.actual).toEqual([null, 1200, 900, 50, null]);
    expect(r.totals.opex.actual).toEqual([null, null, null, 80, null]);
    expect(r.totals.effect.planned).toEqual([0, 0, 0, 10, 10]);
    expect(r.totals.sum.capex).toEqual({ planned: 2000, actual: 2100 });
    expect(r.totals.sum.opex).toEqual({ planned: 0, actual: null });
  });

  it('counts an action added after the version as planned 0, and says it was added', () => {
    const version = plan();
    const now = plan({
      actions: [...version.actions, makeAction({ id: 'a3', code: 'A-03', startYear: 2022, capexSek: 700 })],
      actuals: [{ actionId: 'a3', year: 2022, capexSek: 650, effectTonsCo2e: 4 }],
    });
    const r = followUp(now, { plan: version, scenarioId: 'decided', versionId: 'v1' }, { currentYear: 2026 });
    // Yf: the last year with an actual.
    expect(r.year).toBe(2022);
    expect(r.actions.find((a) => a.id === 'a3')).toEqual({
      id: 'a3',
      capex: { planned: 0, actual: 650, deviation: 650 },
      opex: { planned: 0, actual: null, deviation: null },
      savings: { planned: 0, actual: null, deviation: null },
      effect: { planned: 0, actual: 4, deviation: 4 },
    });
    // The planned totals are the version's: a3 is not in them; the actuals are all reported.
    expect(r.totals.capex.planned).toEqual([0, 1000, 1000, 0, 0]);
    expect(r.totals.capex.actual).toEqual([null, null, 650, null, null]);
    expect(r.changes).toEqual({ added: ['a3'], removed: [], changed: [] });
  });

  it('names what changed and what was removed since the version', () => {
    const version = plan();
    const now = plan({ actions: [{ ...version.actions[0], capexSek: 2500, tags: ['buss'] }] });
    const r = followUp(now, { plan: version, scenarioId: 'decided', versionId: 'v1' }, { year: 2022, currentYear: 2026 });
    expect(r.changes).toEqual({ added: [], removed: ['a2'], changed: [{ id: 'a1', fields: ['capexSek', 'tags'] }] });
    // The plan is the version's: 2 000 over two years, whatever the capex is now.
    expect(r.actions[0].capex.planned).toBe(2000);
  });

  it("takes the scenario's delay and cost factor for the planned series", () => {
    const p = plan({
      scenarios: [{ id: 'late', name: 'Sen', includeStatuses: ['decided'], include: [], exclude: [], delayYears: 1, effectFactor: 1, costFactor: 2 }],
    });
    const r = followUp(p, { plan: p, scenarioId: 'late', versionId: null }, { year: 2024, currentYear: 2026 });
    expect(r.totals.capex.planned).toEqual([0, 0, 2000, 2000, 0]);
    expect(r.actions[0].capex.planned).toBe(4000);
    expect(r.actions[0].opex.planned).toBe(200); // 2024 only, × 2
  });
});

describe('observed emissions and pace', () => {
  const sectors = [
    { id: 'transport', name: 'Transporter', isSink: false },
    { id: 'heating', name: 'Uppvärmning', isSink: false },
    { id: 'sinks', name: 'Kolsänkor', isSink: true },
  ];

  it('with no observed year: null observed series, Yf this year, and targets ahead without pace', () => {
    const p = plan({ sectors, targets: [{ id: 't', name: 'Mål', year: 2024, scope: 'gross', kind: 'absolute', tonsCo2e: 50 }] });
    const r = followUp(p, current(p), { currentYear: 2023 });
    expect(r.year).toBe(2023);
    expect(r.emissions.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(r.emissions.observedGross).toEqual([null, null, null, null, null]);
    expect(r.emissions.plannedGross).toEqual([0, 0, 0, 0, 0]);
    expect(r.targets).toEqual([{ id: 't', year: 2024, level: 50, lastObservedYear: null, observed: null, requiredPace: null, observedPace: null }]);
  });

  it('a year counts only when every sector with observations has a point in it (a sector missing its last point)', () => {
    const observed = [
      {
        sectorId: 'transport',
        points: [
          { year: 2015, tonsCo2e: 100 },
          { year: 2018, tonsCo2e: 90 },
          { year: 2020, tonsCo2e: 80 },
          { year: 2021, tonsCo2e: 70 },
        ],
      },
      // heating has no 2021 point: 2021 does not count.
      {
        sectorId: 'heating',
        points: [
          { year: 2015, tonsCo2e: 60 },
          { year: 2018, tonsCo2e: 50 },
          { year: 2020, tonsCo2e: 40 },
        ],
      },
      {
        sectorId: 'sinks',
        points: [
          { year: 2015, tonsCo2e: -20 },
          { year: 2018, tonsCo2e: -20 },
          { year: 2020, tonsCo2e: -30 },
          { year: 2021, tonsCo2e: -30 },
        ],
      },
    ];
    const totals = observedTotals(observed, sectors);
    expect(totals.years).toEqual([2015, 2018, 2020]);
    expect([totals.gross(2020), totals.net(2020), totals.gross(2021), totals.net(2021)]).toEqual([120, 90, null, null]);

    const p = plan({
      sectors,
      observedEmissions: observed,
      targets: [
        { id: 'gross', name: 'Halvering', year: 2024, scope: 'gross', kind: 'absolute', tonsCo2e: 60 },
        { id: 'net0', name: 'Nettonoll', year: 2024, scope: 'net', kind: 'netZero' },
        { id: 'past', name: 'Gammalt', year: 2020, scope: 'gross', kind: 'absolute', tonsCo2e: 1 },
      ],
    });
    const r = followUp(p, current(p), { currentYear: 2026 });
    expect(r.year).toBe(2021); // the last observed point, though the year does not count
    expect(r.emissions.years[0]).toBe(2015);
    expect(r.emissions.observedGross.slice(0, 7)).toEqual([160, null, null, 140, null, 120, null]);
    // L = 2020 (120 t gross); 60 t in 2024: 1 − (60/120)^(1/4); observed since F = 2015 (160 t): 1 − (120/160)^(1/5).
    const gross = r.targets.find((t) => t.id === 'gross')!;
    expect(gross.lastObservedYear).toBe(2020);
    expect(gross.observed).toBe(120);
    expect(gross.requiredPace).toBeCloseTo(1 - Math.pow(0.5, 1 / 4), 12);
    expect(gross.observedPace).toBeCloseTo(1 - Math.pow(120 / 160, 1 / 5), 12);
    // netZero: level 0, so no pace can reach it — null; observed on the net scope (90 t).
    expect(r.targets.find((t) => t.id === 'net0')).toEqual({
      id: 'net0',
      year: 2024,
      level: 0,
      lastObservedYear: 2020,
      observed: 90,
      requiredPace: null,
      observedPace: expect.closeTo(1 - Math.pow(90 / 140, 1 / 5), 12) as unknown as number,
    });
    // a target not after L is history, not a pace.
    expect(r.targets.map((t) => t.id)).toEqual(['gross', 'net0']);
  });

  it('has no observed pace without an earlier observed year within five years', () => {
    const p = plan({
      sectors,
      observedEmissions: [
        {
          sectorId: 'transport',
          points: [
            { year: 2010, tonsCo2e: 200 },
            { year: 2021, tonsCo2e: 100 },
          ],
        },
      ],
      targets: [{ id: 't', name: 'Mål', year: 2023, scope: 'gross', kind: 'absolute', tonsCo2e: 81 }],
    });
    const [t] = followUp(p, current(p), { year: 2022, currentYear: 2026 }).targets;
    expect(t).toMatchObject({ lastObservedYear: 2021, observed: 100, observedPace: null });
    expect(t.requiredPace).toBeCloseTo(0.1, 12); // 100 → 81 in two years: 10 % a year
  });
});
