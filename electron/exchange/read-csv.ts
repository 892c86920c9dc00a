// A CSV file (already checked by file-kind.ts) as one table of text cells: decoded (UTF-8 with
// or without BOM, UTF-16, Windows-1252), split with the file's own separator, and with the
// export's formula neutralising undone.
import { parseCsv } from '../../shared/exchange/csv';
import type { Table } from '../../shared/exchange/cells';
import { restore } from '../../shared/exchange/neutralise';
import { MAX_CELLS, MAX_COLUMNS, MAX_SHEET_ROWS, TOO_MANY_CELLS, TOO_MANY_COLUMNS, tooManyRowsMessage } from '../../shared/exchange/limits';
import { decodeText } from './decode';
import { FileRefused } from './file-kind';

export function readCsv(bytes: Buffer, fileName: string): Table {
  const { text } = decodeText(bytes);
  const { rows, overLimit } = parseCsv(text, undefined, MAX_SHEET_ROWS);
  if (overLimit) throw new FileRefused(tooManyRowsMessage(null));
  let filled = 0;
  for (const r of rows) {
    if (r.length > MAX_COLUMNS) throw new FileRefused(TOO_MANY_COLUMNS);
    for (const v of r) if (v !== '' && ++filled > MAX_CELLS) throw new FileRefused(TOO_MANY_CELLS);
  }
  return {
    name: fileName.replace(/\.[^.]*$/, '') || 'CSV',
    rows: rows.map((r) => r.map((v) => (v === '' ? null : { t: 's' as const, v: restore(v) }))),
  };
}
