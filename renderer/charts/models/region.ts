// The roll-up's charts (DESIGN §11): emissions stacked by municipality, the region's baseline
// against its scenario, and emissions per inhabitant. A region may hold hundreds of plans, so a
// chart draws the largest few one by one and the rest together; its table says the same, and
// the Region view's own tables list every plan.
import type { Locale } from '../../../shared/format/number';
import { POPULATION_YEAR } from '../../../shared/reference/population';
import { perInhabitant, sumNonNull, type RollupPlan, type RollupResult, type YearSeries } from '../../../shared/rollup';
import { withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, Series } from '../model';
import { ROLE_STYLES, SERIES_COLORS, seriesStyle } from '../palette';
import { milestoneLines, withSeriesTable, yearLabels } from './common';

/** Municipalities drawn one by one; the rest form one series (one colour each, then repeats). */
export const TOP_MUNICIPALITIES = SERIES_COLORS.length - 1;

const tons = { kind: 'tons' } as const;

const counted = (r: RollupResult): RollupPlan[] => r.plans.filter((p) => p.counted);

const sumOf = (xs: YearSeries): number => xs.reduce<number>((s, v) => s + (v ?? 0), 0);

/** The scenario's gross emissions of each counted plan, stacked; the largest emitters apart. */
export function regionStackModel(r: RollupResult, locale: Locale): ChartModel {
  const text = chartText(locale);
  const plans = [...counted(r)].sort((a, b) => sumOf(b.emissions.gross) - sumOf(a.emissions.gross));
  const top = plans.length > TOP_MUNICIPALITIES + 1 ? plans.slice(0, TOP_MUNICIPALITIES) : plans;
  const rest = plans.slice(top.length);
  const series: Series[] = top.map((p, k) => ({
    id: `plan:${p.file}`,
    label: p.municipality,
    kind: 'bar',
    values: p.emissions.gross,
    stack: 'plans',
    style: seriesStyle(k),
  }));
  if (rest.length) {
    series.push({
      id: 'others',
      label: fill(text['chart.series.otherMunicipalities'], { count: rest.length }),
      kind: 'bar',
      values: sumNonNull(
        rest.map((p) => p.emissions.gross),
        r.years.length,
      ),
      stack: 'plans',
      style: seriesStyle(top.length),
    });
  }
  return withSeriesTable(
    {
      id: 'region-stack',
      title: text['chart.region.stack.title'],
      summary: text['chart.region.stack.summary'],
      stacked: true,
      categories: yearLabels(r.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], tons, locale), quantity: tons },
      series,
      empty: plans.length ? null : text['chart.empty.noPlans'],
      note: rest.length ? fill(text['chart.note.regionTop'], { count: top.length }) : undefined,
    },
    locale,
  );
}

/** The region's sums: baseline and scenario, gross and (when any plan has sinks) net. */
export function regionTotalModel(r: RollupResult, locale: Locale): ChartModel {
  const text = chartText(locale);
  const { total } = r;
  const netDiffers = total.net.some((v, i) => v !== total.gross[i]) || total.baselineNet.some((v, i) => v !== total.baselineGross[i]);
  const series: Series[] = [
    { id: 'baselineGross', label: text['chart.series.baselineGross'], kind: 'line', values: total.baselineGross, style: ROLE_STYLES.baseline },
    {
      id: 'gross',
      label: fill(text['chart.series.scenarioGross'], { name: text['chart.series.region'] }),
      kind: 'line',
      values: total.gross,
      style: ROLE_STYLES.scenario,
    },
  ];
  if (netDiffers) {
    series.push(
      {
        id: 'baselineNet',
        label: text['chart.series.baselineNet'],
        kind: 'line',
        values: total.baselineNet,
        style: { ...ROLE_STYLES.baseline, color: '#7b5b2e', dash: [2, 4], point: 'triangle' },
      },
      {
        id: 'net',
        label: fill(text['chart.series.scenarioNet'], { name: text['chart.series.region'] }),
        kind: 'line',
        values: total.net,
        style: ROLE_STYLES.net,
      },
    );
  }
  return withSeriesTable(
    {
      id: 'region-total',
      title: text['chart.region.total.title'],
      summary: text['chart.region.total.summary'],
      categories: yearLabels(r.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], tons, locale), quantity: tons },
      series,
      referenceLines: milestoneLines(r.years, locale),
      empty: counted(r).length ? null : text['chart.empty.noPlans'],
    },
    locale,
  );
}

/** Gross emissions per inhabitant: the region, and the most populous municipalities. */
export function regionPerInhabitantModel(r: RollupResult, locale: Locale): ChartModel {
  const text = chartText(locale);
  const per = perInhabitant(r);
  const population = new Map(r.plans.map((p) => [p.file, p.population ?? 0]));
  const ranked = [...per.plans].sort((a, b) => (population.get(b.file) ?? 0) - (population.get(a.file) ?? 0));
  const shown = ranked.slice(0, TOP_MUNICIPALITIES);
  const quantity = { kind: 'tonsPerPerson' } as const;
  const series: Series[] = [
    { id: 'region', label: text['chart.series.region'], kind: 'line', values: per.region, style: ROLE_STYLES.net },
    ...shown.map((p, k): Series => ({ id: `plan:${p.file}`, label: p.municipality, kind: 'line', values: p.values, style: seriesStyle(k) })),
  ];
  return withSeriesTable(
    {
      id: 'region-per-inhabitant',
      title: fill(text['chart.region.perInhabitant.title'], { year: POPULATION_YEAR }),
      summary: text['chart.region.perInhabitant.summary'],
      categories: yearLabels(r.years),
      categoryTitle: text['chart.year'],
      value: { title: withUnit(text['chart.axis.emissions'], quantity, locale), quantity },
      series,
      referenceLines: milestoneLines(r.years, locale),
      empty: counted(r).length === 0 ? text['chart.empty.noPlans'] : per.plans.length === 0 ? text['chart.empty.noPopulation'] : null,
      note: ranked.length > shown.length ? fill(text['chart.note.perInhabitantTop'], { count: shown.length }) : undefined,
    },
    locale,
  );
}
