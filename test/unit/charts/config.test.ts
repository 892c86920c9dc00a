// The chart.js configuration made from a model: sv-SE ticks and tooltips with units, axis
// titles, a legend that shows each series' pattern, dash or shape, no animation.
import type { ChartConfiguration, LegendItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { toChartConfig } from '../../../renderer/charts/config';
import type { SeriesStyle } from '../../../renderer/charts/model';
import { maccModel } from '../../../renderer/charts/models/macc';
import { investmentModel } from '../../../renderer/charts/models/investment';
import { trajectoryModel } from '../../../renderer/charts/models/trajectory';
import { calcOf, samplePlan, sv } from './fixtures';

const plan = samplePlan();
const calc = calcOf(plan, 'decided', 2030);
/** Stands in for a canvas pattern: the tests check which style a fill came from. */
const fillOf = (s: SeriesStyle) => `fill(${s.color},${s.pattern})`;

/** chart.js options are deeply optional unions; the tests read them as plain objects. */
type Opts = Record<string, any>;
const optionsOf = (c: ChartConfiguration) => c.options as Opts;

describe('chart configuration', () => {
  const model = trajectoryModel({ plan, calc, scenarioName: 'Beslutade', locale: 'sv' });
  const config = toChartConfig(model, { locale: 'sv', fillOf });
  const o = optionsOf(config);

  it('never animates, so an edit redraws in place', () => {
    expect(o.animation).toBe(false);
    expect(o.maintainAspectRatio).toBe(false);
  });

  it('titles both axes, units included, and formats ticks in sv-SE', () => {
    expect(o.scales.x.title).toMatchObject({ display: true, text: 'År' });
    expect(o.scales.y.title).toMatchObject({ display: true, text: 'Utsläpp (t CO2e)' });
    expect(o.scales.y.ticks.callback(250000)).toBe(sv(250000));
    expect(o.scales.y.ticks.callback(0.5)).toBe('0,5');
    expect(o.scales.y.beginAtZero).toBe(true);
  });

  it('says the series, value and unit in tooltips', () => {
    const i = calc.years.indexOf(2030);
    const label = o.plugins.tooltip.callbacks.label({ datasetIndex: 1, raw: calc.emissions.gross[i] });
    expect(label).toBe(`Beslutade (brutto): ${sv(calc.emissions.gross[i])} t CO2e`);
    expect(o.plugins.tooltip.filter({ raw: null })).toBe(false);
  });

  it('has a legend that shows dashes for lines and shapes for markers', () => {
    const items: LegendItem[] = o.plugins.legend.labels.generateLabels({ isDatasetVisible: () => true });
    expect(items.map((i) => i.text)).toEqual(model.series.map((s) => s.label));
    expect(items[0]).toMatchObject({ pointStyle: 'line', lineDash: model.series[0].style.dash });
    const marker = items.find((i) => i.text.startsWith('Mål 2030'))!;
    expect(marker.pointStyle).toBe('triangle');
    expect(o.plugins.legend.position).toBe('bottom');
  });

  it('draws the 2030 and 2040 lines and shows the title only in saved images', () => {
    expect(o.plugins.klimatReferenceLines.lines.map((l: { category: string }) => l.category)).toEqual(['2030', '2040']);
    expect(o.plugins.title.display).toBe(false);
    expect(optionsOf(toChartConfig(model, { locale: 'sv', fillOf, showTitle: true })).plugins.title).toMatchObject({ display: true, text: model.title });
  });

  it('fills bars with their pattern and stacks them', () => {
    const m = investmentModel({ plan, calc, mode: 'component', scenarioName: 'x', locale: 'sv' });
    const c = toChartConfig(m, { locale: 'sv', fillOf });
    expect(c.type).toBe('bar');
    const capex = c.data.datasets[0] as Opts;
    expect(capex.backgroundColor).toBe(fillOf(m.series[0].style));
    expect(capex.stack).toBe('money');
    expect(optionsOf(c).scales.y.stacked).toBe(true);
    expect(optionsOf(c).scales.y.title.text).toBe('Belopp per år (tkr)');
  });

  it('lays out the abatement cost curve on two linear axes with its own bars', () => {
    const m = maccModel({ plan, calc, year: 2030, scenarioName: 'x', locale: 'sv' });
    const c = optionsOf(toChartConfig(m, { locale: 'sv', fillOf }));
    expect(c.scales.x.type).toBe('linear');
    expect(c.scales.x.title.text).toBe('Minskning år 2030 (t CO2e)');
    expect(c.scales.y.title.text).toBe('Kostnad per ton (kr/t CO2e)');
    expect(c.plugins.klimatMacc.bars).toBe(m.macc!.bars);
    const bar = m.macc!.bars[0];
    expect(c.plugins.klimatMacc.tooltip(0)).toEqual([bar.label, `${sv(bar.x1 - bar.x0)} t CO2e`, `${sv(bar.cost)} kr/t CO2e`]);
    // The axes reach the cheapest bar below zero and the carbon value above.
    expect(c.scales.y.suggestedMin).toBe(Math.min(0, ...m.macc!.bars.map((b) => b.cost)));
    expect(c.scales.y.suggestedMax).toBeGreaterThanOrEqual(7000);
  });
});
