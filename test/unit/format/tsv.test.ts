import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../../shared/format/tsv';
import { parseMoneySek } from '../../../shared/format/parse';

describe('parseTsv', () => {
  it('reads rows and cells as Excel copies them (CRLF, trailing break)', () => {
    expect(parseTsv('a\tb\r\n1\t2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('keeps empty cells, also at the end of a row', () => {
    expect(parseTsv('1\t\t3\n\t\t\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
  });
  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"två\nrader"\t"sa ""hej"""\n')).toEqual([['a\tb', 'två\nrader', 'sa "hej"']]);
  });
  it('gives nothing for an empty clipboard and one cell for one value', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('1 234,5')).toEqual([['1 234,5']]);
  });
  it('round-trips through formatTsv', () => {
    const rows = [
      ['Elbussar', '1 234,5', ''],
      ['a\tb', 'x"y', 'rad\nbrytning'],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
    expect(
      formatTsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a\tb\r\nc\td');
  });
});

describe('parseMoneySek', () => {
  it('reads the value in the plan unit and stores whole kronor', () => {
    expect(parseMoneySek('1 234,5', 'tkr')).toBe(1_234_500); // 1234.5 × 1000
    expect(parseMoneySek('12', 'mnkr')).toBe(12_000_000);
    expect(parseMoneySek('500', 'kr')).toBe(500);
  });
  it('lets a suffix override the unit, with any space before it', () => {
    expect(parseMoneySek('2,5 mnkr', 'tkr')).toBe(2_500_000);
    expect(parseMoneySek('750 tkr', 'mnkr')).toBe(750_000);
    expect(parseMoneySek('1\u00a0200 kr', 'tkr')).toBe(1_200);
    expect(parseMoneySek('3 MSEK', 'kr')).toBe(3_000_000);
  });
  it('reads non-breaking and thin spaces and the minus sign', () => {
    expect(parseMoneySek('1\u202f234,5', 'tkr')).toBe(1_234_500);
    expect(parseMoneySek('\u22125', 'tkr')).toBe(-5_000);
  });
  it('rounds to whole kronor and refuses what is not a number', () => {
    expect(parseMoneySek('0,0004', 'tkr')).toBe(0); // 0.4 kr → 0
    expect(parseMoneySek('0,0006', 'tkr')).toBe(1); // 0.6 kr → 1
    expect(parseMoneySek('abc', 'tkr')).toBeNull();
    expect(parseMoneySek('tkr', 'tkr')).toBeNull();
  });
});
