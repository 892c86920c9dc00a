// Baseline points pasted from a spreadsheet: columns or rows, a header skipped, bad cells named.
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../shared/format/tsv';
import { mergePoints, pointsFromRows } from '../../../renderer/views/targets/baseline-paste';

describe('baseline paste', () => {
  it('reads two columns of year and tonnes, Swedish number style, header skipped', () => {
    const rows = parseTsv('År\tUtsläpp\r\n2022\t145 000\r\n2023\t139\u00a0500,5\r\n');
    expect(pointsFromRows(rows, 'sv')).toEqual({
      ok: true,
      points: [
        { year: 2022, tonsCo2e: 145000 },
        { year: 2023, tonsCo2e: 139500.5 },
      ],
    });
  });

  it('reads years across two rows, as statistics sheets lay them out', () => {
    const rows = parseTsv('2020\t2021\t2022\n−40 000\t−39 500\t−39 000\n');
    expect(pointsFromRows(rows, 'sv')).toEqual({
      ok: true,
      points: [
        { year: 2020, tonsCo2e: -40000 },
        { year: 2021, tonsCo2e: -39500 },
        { year: 2022, tonsCo2e: -39000 },
      ],
    });
  });

  it('names the row and cell that is not a number', () => {
    expect(pointsFromRows(parseTsv('2022\t145000\n2023\tmycket\n'), 'sv')).toEqual({ ok: false, row: 2, cell: 'mycket' });
    expect(pointsFromRows(parseTsv('2022\t145000\nx\t1\n'), 'sv')).toEqual({ ok: false, row: 2, cell: 'x' });
  });

  it('merges pasted points into the existing ones, a pasted year replacing its point', () => {
    const merged = mergePoints(
      [
        { year: 2019, tonsCo2e: 10 },
        { year: 2021, tonsCo2e: 20 },
      ],
      [
        { year: 2021, tonsCo2e: 25 },
        { year: 2020, tonsCo2e: 15 },
      ],
    );
    expect(merged).toEqual([
      { year: 2019, tonsCo2e: 10 },
      { year: 2020, tonsCo2e: 15 },
      { year: 2021, tonsCo2e: 25 },
    ]);
  });
});
