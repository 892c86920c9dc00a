// Auto-matching: Swedish and English headers in any order and case, units in the header, a
// title row above the headers, and which kind of rows a sheet holds.
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../../shared/exchange/cells';
import { ACTION_COLUMNS, FINANCING_COLUMNS, headerOf } from '../../../shared/exchange/columns';
import { headerKey } from '../../../shared/exchange/headers';
import { findHeaderRow, guessKind, headersOf, suggestMapping, suggestUnit } from '../../../shared/exchange/match';

const s = (v: string): Cell => ({ t: 's', v });
const table = (name: string, rows: string[][]): Table => ({ name, rows: rows.map((r) => r.map((v) => (v ? s(v) : null))) });

describe('header matching', () => {
  it('takes the unit off a header and says which money unit it names', () => {
    expect(headerKey('Investering (tkr)')).toEqual({ key: 'investering', moneyUnit: 'tkr' });
    expect(headerKey('Drift, mnkr/år')).toEqual({ key: 'drift', moneyUnit: 'mnkr' });
    expect(headerKey('Belopp [MSEK]')).toEqual({ key: 'belopp', moneyUnit: 'mnkr' });
    expect(headerKey('  EFFEKT (t/år) ')).toEqual({ key: 'effekt', moneyUnit: null });
    expect(headerKey('Åtgärd (kod)')).toEqual({ key: 'åtgärd (kod)', moneyUnit: null });
  });

  it('matches the usual variants of a header: the words after units and "per år" are taken out', () => {
    expect(headerKey('Drift per år (tkr)')).toEqual({ key: 'drift', moneyUnit: 'tkr' });
    expect(headerKey('Besparing per år (tkr)')).toEqual({ key: 'besparing', moneyUnit: 'tkr' });
    expect(headerKey('Investering, tkr')).toEqual({ key: 'investering', moneyUnit: 'tkr' });
    expect(headerKey('Effekt t/år')).toEqual({ key: 'effekt', moneyUnit: null });
    expect(headerKey('Årlig besparing, mnkr')).toEqual({ key: 'besparing', moneyUnit: 'mnkr' });
    // A header that is only a unit word keeps it: "År" is the year column.
    expect(headerKey('År')).toEqual({ key: 'år', moneyUnit: null });
    const headers = ['Åtgärd', 'Drift per år (tkr)', 'Besparing per år (tkr)', 'Investering, tkr', 'Effekt t/år', 'Effekt från år'];
    expect(suggestMapping(headers, 'actions')).toEqual(['name', 'opexSekPerYear', 'savingsSekPerYear', 'capexSek', 'effectTonsPerYear', 'effectStartYear']);
    expect(suggestUnit(headers, suggestMapping(headers, 'actions'), 'actions', 'mnkr')).toBe('tkr');
  });

  it('matches every header the export writes, in Swedish and in English, to its own field', () => {
    for (const defs of [ACTION_COLUMNS, FINANCING_COLUMNS]) {
      const kind = defs === ACTION_COLUMNS ? 'actions' : 'financing';
      for (const locale of ['sv', 'en'] as const) {
        const headers = defs.map((d) => headerOf(d, 'mnkr', locale));
        expect(suggestMapping(headers, kind)).toEqual(defs.map((d) => d.field));
      }
    }
  });

  it('matches other names in another order, and gives a field to its first column only', () => {
    const headers = ['Benämning', 'KOSTNADSBÄRARE', 'Investeringsutgift (mnkr)', 'Okänd kolumn', 'Nämnd', 'Namn', 'Driftkostnad, mnkr/år'];
    expect(suggestMapping(headers, 'actions')).toEqual(['name', 'costBearer', 'capexSek', null, 'owner', null, 'opexSekPerYear']);
    expect(suggestUnit(headers, suggestMapping(headers, 'actions'), 'actions', 'tkr')).toBe('mnkr');
    expect(suggestUnit(['Investering (kr)', 'Drift (tkr)'], ['capexSek', 'opexSekPerYear'], 'actions', 'mnkr')).toBe('mnkr');
  });

  it('finds the header row below a title', () => {
    const t = table('Blad1', [
      ['Åtgärder 2026 – underlag till budget'],
      [],
      ['Kod', 'Namn', 'Sektor', 'Investering (tkr)'],
      ['A-1', 'Test', 'Transporter', '10'],
    ]);
    expect(findHeaderRow(t, 'actions')).toBe(3);
    expect(headersOf(t, 3)).toEqual(['Kod', 'Namn', 'Sektor', 'Investering (tkr)']);
  });

  it('tells actions from financing by the sheet’s name or its columns', () => {
    expect(guessKind(table('Finansiering', [['x']]))).toBe('financing');
    expect(guessKind(table('Blad1', [['År', 'Finansieringskälla', 'Belopp', 'Status']]))).toBe('financing');
    expect(guessKind(table('Blad1', [['Kod', 'Namn', 'Sektor', 'Status']]))).toBe('actions');
  });
});
