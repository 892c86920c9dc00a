// Actions from a sheet: new rows and updates by code or id, every problem by row and column,
// the same schema and rules as the API.
import { describe, expect, it } from 'vitest';
import type { Action, Sector } from '../../../shared/domain/types';
import type { Cell, Table } from '../../../shared/exchange/cells';
import { actionImport, type ActionImportContext } from '../../../shared/exchange/import-actions';
import { financingImport } from '../../../shared/exchange/import-financing';
import { suggestMapping } from '../../../shared/exchange/match';
import type { ImportMode } from '../../../shared/exchange/rows';

const sectors: Sector[] = [
  { id: 'transport', name: 'Transporter', isSink: false },
  { id: 'electricityHeat', name: 'El och fjärrvärme', isSink: false },
  { id: 'sinks', name: 'Kolsänkor', isSink: true },
];

const existing: Action = {
  id: 'a1',
  code: 'T-01',
  name: 'Elbussar',
  sectorId: 'transport',
  owner: 'Tekniska nämnden',
  costBearer: 'municipality',
  status: 'decided',
  startYear: 2025,
  implementationYears: 2,
  rampYears: 0,
  effectKind: 'absolute',
  effectTonsPerYear: 100,
  capexSek: 1_000_000,
  opexSekPerYear: 0,
  savingsSekPerYear: 0,
  costOverrides: [{ year: 2026, capexSek: 5 }],
  coBenefits: { health: 1 },
  coBenefitSekPerYear: 0,
  commitments: [],
  tags: ['buss'],
  notes: '',
};

let ids = 0;
const ctx = (actions: Action[] = [existing]): ActionImportContext => ({
  sectors,
  actions,
  defaultStartYear: 2026,
  newId: () => `new-${++ids}`,
  axis: { startYear: 2020, endYear: 2045 },
});

function sheet(rows: (string | number | null)[][]): Table {
  return {
    name: 'Blad1',
    rows: rows.map((r) => r.map((v): Cell | null => (v === null || v === '' ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v }))),
  };
}

function run(rows: (string | number | null)[][], mode: ImportMode = 'upsert', c = ctx()) {
  const table = sheet(rows);
  const headers = rows[0].map(String);
  const r = actionImport(table, { headerRow: 1, columns: suggestMapping(headers, 'actions'), unit: 'tkr', mode }, c);
  r.step(1_000_000);
  return r.result();
}

describe('action import', () => {
  it('adds new rows with defaults and updates the row with the same code, touching only mapped fields', () => {
    const r = run([
      ['Kod', 'Namn', 'Sektor', 'Investering (tkr)', 'Effektandel (%)'],
      ['T-01', 'Elbussar i stadstrafiken', 'Transporter', 2000, null],
      ['N-1', 'Solceller', 'El och fjärrvärme', '1 234,5', '12,5'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.updates).toHaveLength(1);
    const next = r.updates[0].next;
    expect(next).toMatchObject({ id: 'a1', name: 'Elbussar i stadstrafiken', capexSek: 2_000_000, owner: 'Tekniska nämnden', tags: ['buss'] });
    expect(next.costOverrides).toEqual([{ year: 2026, capexSek: 5 }]);
    expect(r.adds).toHaveLength(1);
    expect(r.adds[0]).toMatchObject({
      code: 'N-1',
      sectorId: 'electricityHeat',
      capexSek: 1_234_500,
      effectKind: 'share',
      effectShare: 0.125,
      status: 'idea',
      startYear: 2026,
    });
    expect(r.adds[0].effectTonsPerYear).toBeUndefined();
    expect(r.outcomes.map((o) => [o.row, o.op])).toEqual([
      [2, 'update'],
      [3, 'add'],
    ]);
  });

  it('reports a row that changes nothing as unchanged', () => {
    const r = run([
      ['Kod', 'Namn', 'Investering (tkr)'],
      ['T-01', 'Elbussar', 1000],
    ]);
    expect(r.outcomes).toEqual([{ row: 2, op: 'unchanged', id: 'a1', code: 'T-01', name: 'Elbussar' }]);
    expect(r.updates).toEqual([]);
  });

  it('lists every problem by row and column: unknown sector and status, bad numbers, duplicate codes, missing name', () => {
    const r = run([
      ['Kod', 'Namn', 'Sektor', 'Status', 'Investering (tkr)', 'Startår'],
      ['B-1', 'Okänd sektor', 'Sjöfart', 'Beslutad', 1, 2026],
      ['B-2', 'Dåligt tal', 'Transporter', 'Beslutad', '12,3,4', 2026],
      ['B-1', 'Dubblett', 'Transporter', 'Beslutad', 1, 2026],
      ['B-4', 'Okänd status', 'Transporter', 'Klar snart', 1, 2026],
      ['B-5', null, 'Transporter', 'Beslutad', -5, 1980],
    ]);
    const where = r.problems.map((p) => `${p.row}${p.column}`);
    expect(where).toEqual(['2C', '3E', '4A', '5D', '6B', '6E', '6F']);
    expect(r.problems[0].message).toMatch(/Sektorn "Sjöfart" finns inte i planen/);
    expect(r.problems[1].message).toMatch(/"12,3,4" är inte ett tal/);
    expect(r.problems[2].message).toBe('Koden "B-1" finns redan på rad 2.');
    expect(r.problems[3].message).toMatch(/Statusen "Klar snart" finns inte/);
    expect(r.problems[4]).toMatchObject({ header: 'Namn', message: 'Namnet saknas.' });
    expect(r.problems[5].message).toMatch(/Investeringen måste vara/);
    expect(r.problems[6].message).toMatch(/Startåret måste vara ett år mellan 1990 och 2100/);
    expect(r.problemCount).toBe(7);
    expect(r.adds).toHaveLength(0);
  });

  it('in add mode refuses a code or id the plan already has', () => {
    const r = run(
      [
        ['Kod', 'Namn', 'Id'],
        ['T-01', 'Ny med gammal kod', null],
        ['X-1', 'Ny med gammalt id', 'a1'],
      ],
      'add',
    );
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'A'],
      [3, 'C'],
    ]);
    expect(r.problems[0].message).toMatch(/finns redan i planen \(Elbussar\)/);
  });

  it('applies the API’s rules across fields: a share on a sink, years outside the plan', () => {
    const r = run([
      ['Namn', 'Sektor', 'Effekttyp', 'Effektandel (%)', 'Startår'],
      ['Sänka som andel', 'Kolsänkor', 'Andel av sektorn', 10, 2030],
      ['För tidigt', 'Transporter', null, null, 2010],
    ]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'D'],
      [3, 'E'],
    ]);
    expect(r.problems[1].message).toMatch(/utanför planperioden 2020–2045/);
  });

  it('reports a sheet without known columns once, as a problem of the whole sheet', () => {
    const r = run([
      ['Post', 'Belopp 2026'],
      ['Investering', 100],
    ]);
    expect(r.problems[0]).toMatchObject({ row: 0, column: '' });
    expect(r.problems[0].message).toMatch(/Inga kolumner i bladet känns igen/);
  });
});

describe('financing import', () => {
  it('names the source by name and the action by code, and lists unknown ones', () => {
    const table = sheet([
      ['År', 'Källa', 'Belopp (mnkr)', 'Status', 'Åtgärd (kod)'],
      [2026, 'Klimatklivet', '1,5', 'Säkrad', 'T-01'],
      [2027, 'Okänd källa', 1, 'Sökt', null],
      [2027, 'Klimatklivet', 1, 'Möjlig', 'Z-9'],
    ]);
    const headers = ['År', 'Källa', 'Belopp (mnkr)', 'Status', 'Åtgärd (kod)'];
    const r = financingImport(
      table,
      { headerRow: 1, columns: suggestMapping(headers, 'financing'), unit: 'mnkr', mode: 'add' },
      {
        sources: [{ id: 'kk', name: 'Klimatklivet', kind: 'stateGrant' }],
        actions: [existing],
        entries: [],
        defaultYear: 2026,
        newId: () => `f-${++ids}`,
      },
    );
    r.step(100);
    const out = r.result();
    expect(out.adds).toHaveLength(1);
    expect(out.adds[0]).toMatchObject({ sourceId: 'kk', actionId: 'a1', year: 2026, amountSek: 1_500_000, status: 'secured' });
    expect(out.problems.map((p) => `${p.row}${p.column}`)).toEqual(['3B', '4E']);
  });
});
