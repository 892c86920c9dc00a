// An xlsx workbook (already checked by file-kind.ts) read as a stream of rows, with the caps of
// shared/exchange/limits.ts enforced while it is parsed: a sheet of 24 million empty rows is
// refused after 200 000 of them, never held. exceljs parses (its streaming WorkbookReader and
// WorksheetReader); the archive's entries come from zip-guard.ts, unpacked as streams in the
// order the parse needs them (workbook, relations, styles, shared strings, then the sheets), so
// nothing is spooled to temp files. This keeps what an import needs: values, whether a number
// is formatted as a percentage, and formulas as formulas (never their cached results; see
// shared/exchange/values.ts). It runs in the read worker's process (read-worker.ts).
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '../../shared/exchange/cells';
import { MAX_CELLS, MAX_COLUMNS, MAX_SHEET_ROWS, TOO_MANY_CELLS, TOO_MANY_COLUMNS, tooManyRowsMessage } from '../../shared/exchange/limits';
import { restore } from '../../shared/exchange/neutralise';
import { FileRefused } from './file-kind';
import { entryText, zipEntries, type UnpackBudget, type ZipEntry } from './zip-guard';

// exceljs' ValueType (declared as an ambient enum in its types).
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 };

type ExcelCell = ExcelJS.Cell;

/** OOXML's escapes of characters XML cannot carry (`_x000D_` is CR); exceljs' streaming reader leaves them. */
const unescapeOoxml = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function text(s: string): Cell | null {
  return s === '' ? null : { t: 's', v: restore(unescapeOoxml(s)) };
}

function convert(cell: ExcelCell): Cell | null {
  const v = cell.value as unknown;
  switch (cell.type as number) {
    case T.Null:
    case T.Merge:
      return null;
    case T.Number:
      return { t: 'n', v: v as number, percent: /%/.test(cell.numFmt ?? '') || undefined };
    case T.String:
    case T.SharedString:
      return text(v as string);
    case T.RichText:
      return text(((v as ExcelJS.CellRichTextValue).richText ?? []).map((r) => r.text ?? '').join(''));
    case T.Hyperlink:
      return text(String((v as ExcelJS.CellHyperlinkValue).text ?? ''));
    case T.Date:
      return Number.isNaN((v as Date).getTime()) ? null : { t: 'd', v: (v as Date).toISOString().slice(0, 10) };
    case T.Boolean:
      return { t: 'b', v: v as boolean };
    case T.Formula:
      return { t: 'f', formula: cell.formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '' };
    case T.Error:
      return { t: 'e', v: String((v as ExcelJS.CellErrorValue).error ?? '#FEL') };
    default:
      return v === null || v === undefined ? null : text(String(v));
  }
}

/** What the workbook reader hands on: a sheet begins, a row of it (0-based index) with cells. */
export interface RowSink {
  sheet(name: string, hidden: boolean): void | Promise<void>;
  /** May return a promise to hold the reading back (the output is full). */
  row(index: number, cells: (Cell | null)[]): void | Promise<void>;
}

/** exceljs 4.4's streaming reader, as far as this module drives it (its parts are not in the typings). */
interface StreamingReader {
  model: { sheets?: { id: number; name: string; state?: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<{ index: number; text: unknown }>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: WorksheetReader }>;
}
interface WorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

/** A zip path as a relation names it: relative to xl/, or absolute from the archive's root. */
const zipPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/** Reads every sheet of the workbook in its order, row by row into `sink`; refuses past the caps. */
export async function readXlsxRows(bytes: Buffer, sink: RowSink): Promise<void> {
  const entries = new Map<string, ZipEntry>(zipEntries(bytes).map((e) => [e.name, e]));
  const budget: UnpackBudget = { used: 0 };
  const open = (name: string) => {
    const e = entries.get(name);
    return e ? entryText(bytes, e, budget) : null;
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
    worksheets: 'emit',
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as StreamingReader;

  const rels = open('xl/_rels/workbook.xml.rels');
  const book = open('xl/workbook.xml');
  if (!rels || !book) throw new FileRefused('Filen är ett zip-arkiv men ingen hel Excel-arbetsbok (xl/workbook.xml saknas).');
  await reader._parseRels(rels);
  await reader._parseWorkbook(book);
  const styles = open('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  reader.sharedStrings = await sharedStrings(reader, open('xl/sharedStrings.xml'));
  const cells = { count: 0 };

  for (const sheet of reader.model.sheets ?? []) {
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    const stream = target ? open(zipPath(target)) : null;
    if (!stream) continue;
    for (const { value: ws } of reader._parseWorksheet(stream, String(sheet.id))) {
      ws.name = sheet.name;
      await sink.sheet(sheet.name, (sheet.state ?? 'visible') !== 'visible');
      await readRows(ws, sheet.name, sink, cells);
    }
  }
}

/** The shared strings, no more of them than cells a workbook may have. */
async function sharedStrings(reader: StreamingReader, entry: Readable | null): Promise<unknown[]> {
  const out: unknown[] = [];
  if (!entry) return out;
  for await (const { text: t } of reader._parseSharedStrings(entry)) {
    if (out.length >= MAX_CELLS) throw new FileRefused(TOO_MANY_CELLS);
    out.push(t);
  }
  return out;
}

async function readRows(ws: WorksheetReader, name: string, sink: RowSink, cells: { count: number }): Promise<void> {
  let seen = 0;
  let last = 0;
  for await (const row of ws) {
    seen += 1;
    // A row without its number follows the one before (as Excel reads it).
    const number = Number.isInteger(row.number) && row.number > 0 ? row.number : last + 1;
    last = number;
    if (seen > MAX_SHEET_ROWS || number > MAX_SHEET_ROWS) throw new FileRefused(tooManyRowsMessage(name));
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const c = convert(cell);
      if (c === null) return;
      if (col > MAX_COLUMNS) throw new FileRefused(TOO_MANY_COLUMNS);
      if (++cells.count > MAX_CELLS) throw new FileRefused(TOO_MANY_CELLS);
      out[col - 1] = c;
    });
    if (!out.length) continue;
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    const held = sink.row(number - 1, out);
    if (held) await held;
  }
}
