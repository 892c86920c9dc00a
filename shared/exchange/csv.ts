// The CSV dialect Swedish Excel reads and writes: semicolon between cells, decimal comma, CRLF
// between rows, UTF-8 with a byte-order mark (without it Excel guesses the ANSI code page and
// breaks å, ä and ö). Reading is lenient: `;`, `,` or tab, with or without Excel's `sep=` line.
// Pure: bytes are decoded in Node (electron/exchange/decode.ts).

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

function quote(cell: string, sep: string): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as CSV text, BOM first, CRLF after every row (as Excel writes it). */
export function formatCsv(rows: readonly (readonly string[])[], sep = CSV_SEPARATOR): string {
  let out = CSV_BOM;
  for (const row of rows) out += `${row.map((c) => quote(c, sep)).join(sep)}\r\n`;
  return out;
}

/**
 * A number as Swedish Excel reads it from CSV: decimal comma, no digit groups (a space inside a
 * number makes Excel take it as text), and every digit, so that nothing is lost on the way back.
 */
export function formatCsvNumber(v: number): string {
  return String(v).replace('.', ',');
}

export type CsvSeparator = ';' | ',' | '\t';

/** The separator of a file: Excel's `sep=` line if any, else the one the first row uses most. */
export function detectSeparator(text: string): CsvSeparator {
  const hint = /^sep=(.)\r?\n/.exec(text);
  if (hint && (hint[1] === ';' || hint[1] === ',' || hint[1] === '\t')) return hint[1] as CsvSeparator;
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as CsvSeparator] += 1;
  }
  // A tie goes to the semicolon: Swedish files use it, and their numbers hold commas.
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/**
 * The rows of a CSV text (RFC 4180 quoting; a quoted cell may hold separators, quotes and line
 * breaks). A trailing line break makes no empty row. With `maxRows`, reading stops at the row
 * after it (`overLimit`), so a file of millions of line breaks is never held as rows.
 */
export function parseCsv(input: string, known?: CsvSeparator, maxRows = Infinity): { separator: CsvSeparator; rows: string[][]; overLimit?: true } {
  let text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const separator = known ?? detectSeparator(text);
  const hint = /^sep=.\r?\n/.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      if (rows.length > maxRows) return { separator, rows, overLimit: true };
      row = [];
      cell = '';
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += c;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { separator, rows };
}
