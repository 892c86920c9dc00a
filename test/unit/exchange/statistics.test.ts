// The national emissions statistics, on a small hand-made table in the file's layout: sector
// suffixes (with the file's own spellings) to sector ids, totals checked, unknown columns said.
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../../shared/exchange/cells';
import { statisticsBaseline, statisticsLayout } from '../../../shared/exchange/statistics';

const c = (v: string | number | null): Cell | null => (v === null ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v });
const table = (rows: (string | number | null)[][]): Table => ({ name: 'Sheet1', rows: rows.map((r) => r.map(c)) });

const HEADER = [
  'Kommun',
  2019,
  2020,
  '2019_Transporter',
  '2020_Transporter',
  '2019_Egen uppärmning av bostäder och lokaler',
  '2020_Egen uppärmning av bostäder och lokaler',
  '2019_Avfall (inkl.avlopp)',
  '2020_Avfall (inkl.avlopp)',
];

describe('emissions statistics', () => {
  it('maps the file’s sector names to the default sectors and reads one municipality by name or code', () => {
    const t = table([HEADER, ['Ale', 60, 70, 50, 60, 10, 10, 0, 0], ['Östersund', 300.5, 250, 200, 150, 100, 99, 0.5, 1]]);
    for (const name of ['Östersund', 'Östersunds kommun', '2380']) {
      const r = statisticsBaseline(t, name);
      if (!r.ok) throw new Error(r.message);
      expect(r.value.municipality.code).toBe('2380');
      expect(r.value.row).toBe(3);
      expect(r.value.sectors).toEqual([
        {
          sectorId: 'transport',
          fileName: 'Transporter',
          points: [
            { year: 2019, tonsCo2e: 200 },
            { year: 2020, tonsCo2e: 150 },
          ],
        },
        {
          sectorId: 'heating',
          fileName: 'Egen uppärmning av bostäder och lokaler',
          points: [
            { year: 2019, tonsCo2e: 100 },
            { year: 2020, tonsCo2e: 99 },
          ],
        },
        {
          sectorId: 'waste',
          fileName: 'Avfall (inkl.avlopp)',
          points: [
            { year: 2019, tonsCo2e: 0.5 },
            { year: 2020, tonsCo2e: 1 },
          ],
        },
      ]);
      expect(r.value.totals.every((x) => x.ok)).toBe(true);
      expect(r.value.warnings).toEqual([]);
    }
  });

  it('warns when the sectors do not add up to the total, and reports an unknown sector instead of dropping it', () => {
    const t = table([
      [...HEADER, '2019_Sjöfart', '2020_Sjöfart'],
      ['Umeå', 400, 250, 200, 150, 100, 99, 0, 1, 90, 0],
    ]);
    const r = statisticsBaseline(t, 'Umeå');
    if (!r.ok) throw new Error(r.message);
    expect(r.value.totals.map((x) => x.ok)).toEqual([false, true]);
    expect(r.value.warnings).toEqual([
      'Sektorn "Sjöfart" (kolumnerna 2019_Sjöfart, 2020_Sjöfart) känns inte igen och läses inte in.',
      '2019: sektorerna summerar till 300 t, men filens total är 400 t (skillnad −100 t).',
    ]);
  });

  it('refuses a sheet of another layout, an unknown municipality and one the file lacks', () => {
    expect(statisticsLayout(table([['Kod', 'Namn']]))).toMatchObject({ ok: false });
    const t = table([HEADER, ['Ale', 1, 1, 1, 1, 0, 0, 0, 0]]);
    expect(statisticsBaseline(t, 'Atlantis')).toMatchObject({ ok: false, message: expect.stringMatching(/ingen av Sveriges 290 kommuner/) });
    expect(statisticsBaseline(t, '2480')).toMatchObject({ ok: false, message: 'Filen har ingen rad för Umeå (2480).' });
  });
});
