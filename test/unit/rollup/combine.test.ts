// The roll-up's pure steps (shared/rollup): the union of the plans' axes, series aligned with
// nulls outside a plan's own, totals over the non-null values of the counted plans, and the
// rule for two files of one municipality.
import { describe, expect, it } from 'vitest';
import { align, combine, countedIndexes, sumNonNull, unionYears } from '../../../shared/rollup';
import { figures } from './fixtures';

describe('unionYears and align', () => {
  it('take the union of the axes, ascending, and put null outside a plan’s own', () => {
    const a = figures('a', '0114', 2020, [1, 2, 3]);
    const b = figures('b', '0115', 2018, [5, 6]);
    expect(unionYears([a, b])).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(align([1, 2, 3], 2020, [2018, 2019, 2020, 2021, 2022])).toEqual([null, null, 1, 2, 3]);
    expect(align([5, 6], 2018, [2018, 2019, 2020, 2021, 2022])).toEqual([5, 6, null, null, null]);
  });

  it('leave out a year no plan covers (the union, not the span)', () => {
    expect(unionYears([figures('a', '0114', 2020, [1]), figures('b', '0115', 2023, [1])])).toEqual([2020, 2023]);
    expect(unionYears([])).toEqual([]);
  });
});

describe('sumNonNull', () => {
  it('adds the non-null values and is null where every series is null', () => {
    expect(
      sumNonNull(
        [
          [1, null, null],
          [2, 3, null],
        ],
        3,
      ),
    ).toEqual([3, 3, null]);
    expect(sumNonNull([], 2)).toEqual([null, null]);
    expect(sumNonNull([[0, -4]], 2)).toEqual([0, -4]);
  });
});

describe('countedIndexes', () => {
  it('counts, of two files of one municipality, the one saved last; others always', () => {
    const older = figures('gammal.klimat', '2480', 2020, [1], '2025-03-01T10:00:00.000Z');
    const newer = figures('ny.klimat', '2480', 2020, [1], '2025-03-02T09:00:00.000Z');
    const other = figures('annan.klimat', '2482', 2020, [1], '2020-01-01T00:00:00.000Z');
    expect([...countedIndexes([newer, other, older])].sort()).toEqual([0, 1]);
    expect([...countedIndexes([older, newer, other])].sort()).toEqual([1, 2]);
  });

  it('on the same save time, counts the later one in the list, whatever the order of the files', () => {
    const x = figures('x.klimat', '2480', 2020, [1]);
    const y = figures('y.klimat', '2480', 2020, [1]);
    expect([...countedIndexes([x, y])]).toEqual([1]);
    expect([...countedIndexes([y, x])]).toEqual([1]);
  });
});

describe('combine', () => {
  it('aligns every plan, sums the counted ones, flags duplicates and keeps the refused', () => {
    const a = figures('a.klimat', '0114', 2020, [10, 20, 30]);
    const b = figures('b.klimat', '0115', 2021, [1, 2, 3]);
    const dupOld = figures('c1.klimat', '0117', 2019, [100, 100], '2024-01-01T00:00:00.000Z');
    const dupNew = figures('c2.klimat', '0117', 2019, [7, 7], '2024-06-01T00:00:00.000Z');
    const refused = [{ file: 'trasig.klimat', reason: 'Filen är trasig.' }];
    const r = combine([a, b, dupOld, dupNew], refused);
    expect(r.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(r.plans.map((p) => [p.file, p.counted, p.duplicate])).toEqual([
      ['a.klimat', true, false],
      ['b.klimat', true, false],
      ['c1.klimat', false, true],
      ['c2.klimat', true, true],
    ]);
    expect(r.plans[1].emissions.gross).toEqual([null, null, 1, 2, 3]);
    expect(r.plans[2].emissions.gross).toEqual([100, 100, null, null, null]);
    // 2019: only c2 (c1 does not count); 2020: a + c2; 2021: a + b; 2022: a + b; 2023: b.
    expect(r.total.gross).toEqual([7, 17, 21, 32, 3]);
    expect(r.total.net).toEqual([6, 15, 19, 30, 2]);
    expect(r.total.baselineGross).toEqual([14, 34, 42, 64, 6]);
    expect(r.refused).toEqual(refused);
  });

  it('writes §11’s fields first, in §11’s order', () => {
    const r = combine([figures('a.klimat', '0114', 2020, [1])], []);
    expect(Object.keys(r)).toEqual(['years', 'plans', 'refused', 'total']);
    expect(Object.keys(r.plans[0]).slice(0, 11)).toEqual([
      'file',
      'municipalityCode',
      'municipality',
      'scenarioId',
      'counted',
      'emissions',
      'targets',
      'capexSek',
      'securedSek',
      'financingGapSek',
      'population',
    ]);
    expect(Object.keys(r.plans[0].emissions)).toEqual(['gross', 'net', 'baselineGross', 'baselineNet']);
    expect(Object.keys(r.total)).toEqual(['gross', 'net', 'baselineGross', 'baselineNet']);
  });

  it('gives nulls, not zeros, in a year no counted plan covers', () => {
    const old = figures('gammal.klimat', '0114', 2010, [5, 5], '2020-01-01T00:00:00.000Z');
    const current = figures('ny.klimat', '0114', 2020, [1], '2024-01-01T00:00:00.000Z');
    const r = combine([old, current], []);
    expect(r.years).toEqual([2010, 2011, 2020]);
    expect(r.total.gross).toEqual([null, null, 1]);
  });
});
