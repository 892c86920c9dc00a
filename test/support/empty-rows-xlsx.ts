// The worst workbook of the attack in issue 16: a few hundred kilobytes whose one sheet is
// 24 000 000 empty rows (about 290 MB unpacked, under the unpack cap). Made as a stream, so the
// unpacked sheet is never held by the test or the bench either.
import { createDeflateRaw } from 'node:zlib';
import { workbookEntries, zip } from '../unit/exchange/zip';

export const EMPTY_ROWS = 24_000_000;
export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** Deflates `head`, `unit` × `times`, `tail` as a stream. */
async function deflateRepeated(head: string, unit: string, times: number, tail: string): Promise<{ packed: Buffer; size: number }> {
  const out: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((r) => z.on('end', r));
  const perChunk = 100_000;
  const chunk = Buffer.from(unit.repeat(perChunk));
  z.write(head);
  for (let left = times; left > 0; left -= perChunk) {
    const part = left >= perChunk ? chunk : chunk.subarray(0, left * unit.length);
    if (!z.write(part)) await new Promise((r) => z.once('drain', r));
  }
  z.end(tail);
  await done;
  return { packed: Buffer.concat(out), size: Buffer.byteLength(head) + unit.length * times + Buffer.byteLength(tail) };
}

/** The workbook's bytes and what its sheet unpacks to. */
export async function emptyRowsWorkbook(rows = EMPTY_ROWS): Promise<{ bytes: Buffer; unpacked: number }> {
  const sheet = await deflateRepeated(SHEET_HEAD, '<row></row>\n', rows, SHEET_TAIL);
  const bytes = zip(workbookEntries('Blad1', { name: 'xl/worksheets/sheet1.xml', data: sheet.packed, packed: true, declaredSize: sheet.size }));
  return { bytes, unpacked: sheet.size };
}
