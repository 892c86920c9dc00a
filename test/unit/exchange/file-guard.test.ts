// The checks before a file is read: size, what it really is, and zip bombs — an archive that
// declares more than the cap. (One that lies about its sizes is caught while it is unpacked:
// test/integration/xlsx-limits.test.ts.)
import { describe, expect, it } from 'vitest';
import { checkImportFile, FileRefused } from '../../../electron/exchange/file-kind';
import { MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES } from '../../../shared/exchange/limits';
import { decodeText, detectEncoding } from '../../../electron/exchange/decode';
import { xlsxLike, zip } from './zip';

const refusal = (bytes: Buffer) => {
  try {
    checkImportFile(bytes, 'fil.xlsx');
  } catch (e) {
    if (e instanceof FileRefused) return e.message;
    throw e;
  }
  return 'godtogs';
};

describe('import file checks', () => {
  it('takes a workbook-shaped archive as xlsx and text as CSV', () => {
    expect(checkImportFile(zip(xlsxLike()), 'a.xlsx')).toBe('xlsx');
    expect(checkImportFile(Buffer.from('Kod;Namn\nA;B\n'), 'a.csv')).toBe('csv');
  });

  it('refuses an archive that declares more than it may unpack to, before unpacking anything', () => {
    const big = zip(xlsxLike([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('x'), declaredSize: MAX_UNPACKED_BYTES + 1 }]));
    expect(refusal(big)).toMatch(/zip-bomb/);
  });

  it('names what a file is when it is not a workbook', () => {
    expect(refusal(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]))).toMatch(/äldre Excel-fil \(\.xls\)/);
    expect(refusal(zip([{ name: 'word/document.xml', data: Buffer.from('x') }]))).toMatch(/Word-dokument/);
    expect(
      refusal(
        zip([
          { name: 'mimetype', data: Buffer.from('x') },
          { name: 'content.xml', data: Buffer.from('x') },
        ]),
      ),
    ).toMatch(/OpenDocument/);
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/skadat eller avkortat/);
    expect(refusal(Buffer.from([0, 1, 2, 3, 0, 0, 255]))).toMatch(/varken en Excel-arbetsbok/);
    expect(refusal(Buffer.alloc(0))).toMatch(/tom/);
  });

  it('refuses a file over the size limit by its size', () => {
    expect(refusal(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41))).toMatch(/högst 25 MB/);
  });
});

describe('CSV text encodings', () => {
  it('reads UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    const text = 'Åtgärd;Hälsa\nÖversvämning;2';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
    expect(decodeText(Buffer.from(text)).text).toBe(text);
    expect(decodeText(Buffer.from(`\ufeff${text}`, 'utf16le')).text).toBe(text);
    const latin = Buffer.from(text, 'latin1');
    expect(detectEncoding(latin)).toBe('windows-1252');
    expect(decodeText(latin).text).toBe(text);
  });

  it('reads Windows-1252 with its own table: € – … ’ and the quotes survive (not C1 controls)', () => {
    // What Swedish Excel writes for "Kostnad 5 €–10 € … ’citat’ ”x”": 0x80, 0x96, 0x85, 0x92, 0x94.
    const bytes = Buffer.from([
      ...Buffer.from('Kostnad 5 ', 'latin1'),
      0x80,
      0x96,
      ...Buffer.from('10 ', 'latin1'),
      0x80,
      0x20,
      0x85,
      0x20,
      0x91,
      ...Buffer.from('citat', 'latin1'),
      0x92,
      0x20,
      0x94,
      0x78,
      0x94,
      0x3b,
      0xe5,
    ]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('Kostnad 5 €–10 € … ‘citat’ ”x”;å');
  });
});
