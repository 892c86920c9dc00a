// A CSV file (already checked by file-kind.ts) as one table of text cells: decoded (UTF-8 with
// or without BOM, UTF-16, Windows-1252), split with the file's own separator, and with the
// export's formula neutralising undone.
import { parseCsv } from '../../shared/exchange/csv';
import type { Table } from '../../shared/exchange/cells';
import { restore } from '../../shared/exchange/neutralise';
import { decodeText } from './decode';

export function readCsv(bytes: Buffer, fileName: string): Table {
  const { text } = decodeText(bytes);
  const { rows } = parseCsv(text);
  return {
    name: fileName.replace(/\.[^.]*$/, '') || 'CSV',
    rows: rows.map((r) => r.map((v) => (v === '' ? null : { t: 's' as const, v: restore(v) }))),
  };
}
