// The chart builders on the sample plan: every series is the engine's figure, stacks add up to
// the totals the engine reports, tables hold the same numbers, and empty plans give a sentence.
import { describe, expect, it } from 'vitest';
import { actionSeries, createCalcContext } from '../../../shared/calc';
import { COST_BEARERS } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/types';
import { bearerTotals, coBenefitsPerYear, commitmentTotals, costsByBearer, linkedActionFigures } from '../../../renderer/charts/models/aggregates';
import { baselineModel } from '../../../renderer/charts/models/baseline-chart';
import { baselines } from '../../../renderer/charts/models/baselines';
import { coBenefitModel } from '../../../renderer/charts/models/co-benefits';
import { commitmentSummaryModel } from '../../../renderer/charts/models/commitment-summary';
import { comparisonModel } from '../../../renderer/charts/models/comparison';
import { costBearerModel } from '../../../renderer/charts/models/cost-bearers';
import { investmentModel } from '../../../renderer/charts/models/investment';
import { maccModel } from '../../../renderer/charts/models/macc';
import { sectorStackModel } from '../../../renderer/charts/models/sector-stack';
import { trajectoryModel } from '../../../renderer/charts/models/trajectory';
import { wedgeModel } from '../../../renderer/charts/models/wedge';
import { baselineBySector, calcOf, samplePlan, sv } from './fixtures';

const plan = samplePlan();
const calc = calcOf(plan, 'decided', 2030);
const near = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);
const sumAt = (series: { values: (number | null)[] }[], i: number) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0);

describe('trajectory', () => {
  const model = trajectoryModel({ plan, calc, scenarioName: 'Beslutade', locale: 'sv' });

  it('draws the engine’s baseline, gross and net series and the targets at their level', () => {
    expect(model.series.find((s) => s.id === 'baseline')?.values).toEqual(calc.emissions.baselineGross);
    expect(model.series.find((s) => s.id === 'gross')?.values).toEqual(calc.emissions.gross);
    expect(model.series.find((s) => s.id === 'net')?.values).toEqual(calc.emissions.net);
    const t2030 = model.series.find((s) => s.id === 'target:t2030')!;
    expect(t2030.kind).toBe('marker');
    expect(t2030.values[calc.years.indexOf(2030)]).toBe(calc.targets.find((t) => t.id === 't2030')!.level);
    expect(t2030.values.filter((v) => v !== null)).toHaveLength(1);
    expect(model.referenceLines?.map((l) => l.category)).toEqual(['2030', '2040']);
    expect(model.value.title).toBe('Utsläpp (t CO2e)');
  });

  it('has a table of the same numbers, years down the side', () => {
    expect(model.table.rows.map((r) => r.header)).toEqual(calc.years.map(String));
    const i = calc.years.indexOf(2030);
    expect(model.table.rows[i].cells[1]).toBe(sv(calc.emissions.gross[i]));
    expect(model.table.columns[0]).toBe('Basscenario (brutto) (t CO2e)');
    expect(model.table.rows[0].cells.at(-1)).toBe('–');
  });

  it('says what to do when the plan has no baseline, and notes missing targets', () => {
    const bare: Plan = { ...plan, baseline: [], targets: [] };
    const m = trajectoryModel({ plan: bare, calc: calcOf(bare), scenarioName: 'x', locale: 'sv' });
    expect(m.empty).toMatch(/inget basscenario/);
    expect(m.note).toMatch(/inga klimatmål/);
  });
});

describe('stacks add up to the engine’s totals', () => {
  it('emissions by sector sum to the net line every year', () => {
    const m = sectorStackModel({ plan, calc, scenarioName: 'x', locale: 'sv' });
    const bars = m.series.filter((s) => s.kind === 'bar');
    expect(bars).toHaveLength(plan.sectors.length);
    calc.years.forEach((_, i) => near(sumAt(bars, i), calc.emissions.net[i]));
  });

  it('hidden sectors are merged into one series, so the stack still adds up', () => {
    const hidden: Plan = { ...plan, sectors: plan.sectors.map((s) => (s.id === 'waste' || s.id === 'productUse' ? { ...s, hidden: true } : s)) };
    const c = calcOf(hidden);
    const m = sectorStackModel({ plan: hidden, calc: c, scenarioName: 'x', locale: 'sv' });
    const bars = m.series.filter((s) => s.kind === 'bar');
    expect(bars.map((b) => b.id)).not.toContain('waste');
    expect(bars.find((b) => b.id === 'hidden')?.label).toBe('Dolda sektorer');
    c.years.forEach((_, i) => near(sumAt(bars, i), c.emissions.net[i]));
  });

  it('wedges per sector fill the space from the scenario up to the baseline', () => {
    const m = wedgeModel({ plan, calc, baselines: baselines(plan), mode: 'sector', scenarioName: 'x', locale: 'sv' });
    const stack = m.series.filter((s) => s.stack === 'wedges');
    calc.years.forEach((_, i) => near(sumAt(stack, i), calc.emissions.baselineNet[i]));
    expect(m.stacked).toBe('single');
  });

  it('wedges per action are the largest actions’ effects and the rest together', () => {
    const all = calcOf(plan, 'all');
    const m = wedgeModel({ plan, calc: all, baselines: baselines(plan), mode: 'action', scenarioName: 'x', locale: 'sv' });
    const wedges = m.series.filter((s) => s.kind === 'area');
    expect(wedges.at(-1)?.label).toMatch(/^Övriga åtgärder \(\d+ st\)$/);
    const effect = all.actions.filter((a) => a.included);
    calc.years.forEach((_, i) =>
      near(
        sumAt(wedges, i),
        effect.reduce((s, a) => s + a.effect[i], 0),
      ),
    );
  });

  it('money per year: capex and opex up, savings down, net as the line', () => {
    const m = investmentModel({ plan, calc, mode: 'component', scenarioName: 'x', locale: 'sv' });
    const bars = m.series.filter((s) => s.kind === 'bar');
    calc.years.forEach((_, i) => near(sumAt(bars, i), calc.costs.net[i] / 1000));
    const byBearer = costsByBearer(plan, calc);
    const b = investmentModel({ plan, calc, byBearer, mode: 'bearer', scenarioName: 'x', locale: 'sv' });
    const bBars = b.series.filter((s) => s.kind === 'bar');
    calc.years.forEach((_, i) => near(sumAt(bBars, i), calc.costs.net[i] / 1000));
    expect(m.value.title).toBe('Belopp per år (tkr)');
  });
});

describe('who pays', () => {
  it('splits the included actions’ costs by cost bearer, adding up to the engine’s costs', () => {
    const totals = bearerTotals(costsByBearer(plan, calc));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    near(
      totals.reduce((s, t) => s + t.capex, 0),
      sum(calc.costs.capex),
    );
    near(
      totals.reduce((s, t) => s + t.opex, 0),
      sum(calc.costs.opex),
    );
    near(
      totals.reduce((s, t) => s + t.savings, 0),
      sum(calc.costs.savings),
    );
    const m = costBearerModel({ plan, calc, totals, scenarioName: 'x', locale: 'sv' });
    expect(m.categories).toEqual(['Kommunen', 'Kommunala bolag', 'Näringsliv', 'Hushåll', 'Staten/regionen']);
    expect(m.horizontal).toBe(true);
    expect(m.table.rows[0].cells[0]).toBe(sv(totals[0].capex / 1000, 1));
    expect(COST_BEARERS).toHaveLength(m.categories.length);
  });

  it('says why when the scenario includes no action, or the plan has none', () => {
    const none: Plan = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, includeStatuses: [] })) };
    const c = calcOf(none);
    expect(costBearerModel({ plan: none, calc: c, totals: bearerTotals(costsByBearer(none, c)), scenarioName: 'x', locale: 'sv' }).empty).toMatch(
      /tar inte med någon åtgärd/,
    );
    const empty: Plan = { ...plan, actions: [], financing: [], scenarios: plan.scenarios.map((s) => ({ ...s, include: [], exclude: [] })) };
    const e = calcOf(empty);
    expect(investmentModel({ plan: empty, calc: e, mode: 'component', scenarioName: 'x', locale: 'sv' }).empty).toMatch(/inga åtgärder ännu/);
  });
});

describe('abatement cost curve', () => {
  it('lays the bars end to end in cost order, as wide as the effect in the year', () => {
    const m = maccModel({ plan, calc, year: 2030, scenarioName: 'x', locale: 'sv' });
    const bars = m.macc!.bars;
    const drawn = calc.macc!.filter((b) => b.tons > 0);
    expect(bars).toHaveLength(drawn.length);
    bars.forEach((b, i) => {
      near(b.x1 - b.x0, drawn[i].tons);
      expect(b.cost).toBe(drawn[i].costSekPerTon);
      if (i > 0) expect(b.x0).toBe(bars[i - 1].x1);
      expect(b.group).toBe(b.cost <= plan.plan.carbonValueSekPerTon ? 0 : 1);
    });
    expect(m.table.rows[0].cells).toEqual([sv(drawn[0].tons), sv(drawn[0].costSekPerTon), sv(drawn[0].tons)]);
    expect(m.macc!.carbonValue).toBe(7000);
  });

  it('is empty with a reason when no action has a price per tonne', () => {
    const noLife: Plan = { ...plan, actions: plan.actions.map(({ lifetimeYears: _l, ...a }) => a) };
    const c = calcOf(noLife, 'decided', 2030);
    expect(maccModel({ plan: noLife, calc: c, year: 2030, scenarioName: 'x', locale: 'sv' }).empty).toMatch(/livslängd/);
  });
});

describe('comparison, baseline, commitments and co-benefits', () => {
  it('compares the scenarios’ net series against the baseline', () => {
    const all = calcOf(plan, 'all');
    const m = comparisonModel({
      plan,
      compared: [
        { name: 'A', calc },
        { name: 'B', calc: all },
      ],
      locale: 'sv',
    });
    expect(m.series.map((s) => s.values)).toEqual([calc.emissions.net, all.emissions.net, calc.emissions.baselineNet]);
    expect(comparisonModel({ plan, compared: [], locale: 'sv' }).empty).toMatch(/Välj två till fyra/);
  });

  it('draws the baseline per sector as the engine computes it', () => {
    const base = baselineBySector(plan);
    const m = baselineModel({ plan, baselines: baselines(plan), locale: 'sv' });
    for (const s of m.series.filter((x) => x.kind === 'bar')) base[s.id].forEach((v, i) => near(s.values[i]!, v));
    calc.years.forEach((_, i) => near(m.series.at(-1)!.values[i]!, calc.emissions.baselineNet[i]));
  });

  it('sums effect and capex of the linked, included actions per commitment', () => {
    const figures = linkedActionFigures(plan, calc, 2030);
    const totals = commitmentTotals(plan, figures);
    const ctx = createCalcContext(plan, 'decided');
    const i = calc.years.indexOf(2030);
    const finance = plan.actions.map((a, k) => ({ a, r: calc.actions[k] })).filter(({ a, r }) => r.included && a.commitments.includes('finance'));
    near(
      totals.find((t) => t.id === 'finance')!.effect,
      finance.reduce((s, { r }) => s + r.effect[i], 0),
    );
    near(
      totals.find((t) => t.id === 'finance')!.capex,
      finance.reduce((s, { a }) => s + Array.from(actionSeries(ctx, a).capex).reduce((x, y) => x + y, 0), 0),
    );
    const m = commitmentSummaryModel({ plan, calc, totals, year: 2030, scenarioName: 'x', locale: 'sv' });
    expect(m.categories[0]).toBe('1. Förstärkt styrning och ledning');
    expect(m.series[1].secondary).toBe(true);
    expect(m.value2?.title).toBe('Investeringar 2020–2045 (tkr)');
    const unlinked: Plan = { ...plan, actions: plan.actions.map((a) => ({ ...a, commitments: [] })) };
    const u = calcOf(unlinked);
    expect(
      commitmentSummaryModel({
        plan: unlinked,
        calc: u,
        totals: commitmentTotals(unlinked, linkedActionFigures(unlinked, u, 2030)),
        year: 2030,
        scenarioName: 'x',
        locale: 'sv',
      }).empty,
    ).toMatch(/Inga åtgärder är kopplade/);
  });

  it('counts monetised co-benefits in the operating years under the delay', () => {
    const delayed = calcOf(plan, 'delayed');
    const perYear = coBenefitsPerYear(plan, delayed);
    const scenario = plan.scenarios.find((s) => s.id === 'delayed')!;
    delayed.years.forEach((y, i) => {
      let expected = 0;
      plan.actions.forEach((a, k) => {
        if (!delayed.actions[k].included) return;
        const es = (a.effectStartYear ?? a.startYear + a.implementationYears) + scenario.delayYears;
        const ee = a.effectEndYear === undefined ? Infinity : a.effectEndYear + scenario.delayYears;
        if (y >= es && y <= ee) expected += a.coBenefitSekPerYear;
      });
      near(perYear[i], expected);
    });
    const m = coBenefitModel({ plan, calc: delayed, perYear, scenarioName: 'x', locale: 'sv' });
    expect(m.empty).toBeNull();
    const none: Plan = { ...plan, actions: plan.actions.map((a) => ({ ...a, coBenefitSekPerYear: 0 })) };
    const n = calcOf(none);
    expect(coBenefitModel({ plan: none, calc: n, perYear: coBenefitsPerYear(none, n), scenarioName: 'x', locale: 'sv' }).empty).toMatch(/värderat belopp/);
  });
});

describe('English', () => {
  it('titles, axes and tables follow the locale', () => {
    const m = trajectoryModel({ plan, calc, scenarioName: 'Decided', locale: 'en' });
    expect(m.title).toBe('Emissions trajectory: Decided');
    expect(m.value.title).toBe('Emissions (t CO2e)');
    expect(m.table.rowHeader).toBe('Year');
    expect(m.table.rows[0].cells[0]).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(calc.emissions.baselineGross[0]));
  });
});
