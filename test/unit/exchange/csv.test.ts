// The CSV dialect: what Swedish Excel writes and reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, detectSeparator, formatCsv, formatCsvNumber, parseCsv } from '../../../shared/exchange/csv';

describe('CSV', () => {
  it('writes a BOM, semicolons, CRLF, and quotes only cells that need it', () => {
    expect(
      formatCsv([
        ['Kod', 'Namn'],
        ['T-01', 'Buss; el'],
        ['T-02', 'Sa "hej"\nrad två'],
      ]),
    ).toBe(`${CSV_BOM}Kod;Namn\r\nT-01;"Buss; el"\r\nT-02;"Sa ""hej""\nrad två"\r\n`);
  });

  it('writes numbers with a decimal comma and every digit, without digit groups', () => {
    expect(formatCsvNumber(1234567)).toBe('1234567');
    expect(formatCsvNumber(1234.567)).toBe('1234,567');
    expect(formatCsvNumber(0.125)).toBe('0,125');
  });

  it('detects the separator: semicolon, comma, tab, or Excel’s sep= line', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('"a,b";c\n')).toBe(';');
    expect(detectSeparator('sep=,\na;b')).toBe(',');
    expect(parseCsv('sep=,\r\na,b\r\n1,2\r\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted cells with separators, quotes and line breaks, with or without BOM', () => {
    const { rows, separator } = parseCsv(`${CSV_BOM}Kod;Namn\r\nA;"x; ""y""\r\nz"\r\nB;\r\n`);
    expect(separator).toBe(';');
    expect(rows).toEqual([
      ['Kod', 'Namn'],
      ['A', 'x; "y"\r\nz'],
      ['B', ''],
    ]);
  });

  it('reads back every table it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'å', ';', ',', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        expect(parseCsv(formatCsv(table), ';').rows).toEqual(table);
      }),
    );
  });
});
