// The Region view's charts: the largest municipalities apart and the rest together (a stack
// still adds up to the region's total), the region's baseline and scenario, and emissions per
// inhabitant for the region and the most populous municipalities.
import { describe, expect, it } from 'vitest';
import { regionPerInhabitantModel, regionStackModel, regionTotalModel, TOP_MUNICIPALITIES } from '../../../renderer/charts/models/region';
import { combine, perInhabitant } from '../../../shared/rollup';
import { figures } from '../rollup/fixtures';

/** Twelve municipalities, the i-th emitting 10·(i+1) t a year, with a population of 100·(12−i). */
const twelve = () =>
  combine(
    Array.from({ length: 12 }, (_, i) =>
      figures(`p${i}.klimat`, String(114 + i).padStart(4, '0'), 2020 + (i % 2), [10 * (i + 1), 10 * (i + 1)], undefined, 100 * (12 - i)),
    ),
    [],
  );

describe('region charts', () => {
  it('stack the largest emitters one by one and the others together, adding up to the total', () => {
    const r = twelve();
    const m = regionStackModel(r, 'sv');
    expect(m.series).toHaveLength(TOP_MUNICIPALITIES + 1);
    expect(m.series[0].label).toBe('Kommun 0125'); // the largest emitter first
    expect(m.series.at(-1)!.label).toBe('Övriga kommuner (3 st)');
    expect(m.note).toMatch(/de 9 kommuner med störst utsläpp/);
    r.years.forEach((_, y) => {
      const stacked = m.series.reduce((s, x) => s + (x.values[y] ?? 0), 0);
      expect(stacked).toBe(r.total.gross[y]);
    });
    expect(m.table.rows).toHaveLength(r.years.length);
  });

  it('draws every municipality when there are no more than the colours', () => {
    const r = combine([figures('a.klimat', '0114', 2020, [1]), figures('b.klimat', '0115', 2020, [2])], []);
    expect(regionStackModel(r, 'sv').series.map((s) => s.label)).toEqual(['Kommun 0115', 'Kommun 0114']);
    expect(regionStackModel(combine([], []), 'sv').empty).toBe('Ingen plan räknas i sammanställningen ännu.');
  });

  it('show the region’s baseline and scenario, net only when it differs from gross', () => {
    const r = twelve();
    const m = regionTotalModel(r, 'en');
    expect(m.series.map((s) => s.id)).toEqual(['baselineGross', 'gross', 'baselineNet', 'net']);
    expect(m.series[1].values).toEqual(r.total.gross);
    const same = { ...r, total: { ...r.total, net: r.total.gross, baselineNet: r.total.baselineGross } };
    expect(regionTotalModel(same, 'sv').series.map((s) => s.id)).toEqual(['baselineGross', 'gross']);
  });

  it('show emissions per inhabitant for the region and the most populous municipalities', () => {
    const r = twelve();
    const m = regionPerInhabitantModel(r, 'sv');
    expect(m.series[0].values).toEqual(perInhabitant(r).region);
    expect(m.series.slice(1).map((s) => s.label)).toEqual(Array.from({ length: TOP_MUNICIPALITIES }, (_, i) => `Kommun ${String(114 + i).padStart(4, '0')}`));
    expect(m.value.title).toBe('Utsläpp (t CO2e per invånare)');
    expect(m.table.rows[1].header).toBe('2021');
    const region2021 = perInhabitant(r).region[1]!;
    expect(m.table.rows[1].cells[0]).toBe(new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(region2021));
    const none = combine([figures('x.klimat', '9999', 2020, [1], undefined, null)], []);
    expect(regionPerInhabitantModel(none, 'sv').empty).toBe('Ingen av planerna gäller en kommun med känd folkmängd.');
  });
});
