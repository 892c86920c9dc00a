// Renders sheet models into an xlsx with exceljs' streaming writer (a 10 000-action workbook in
// about a second, where the in-memory writer takes twice as long). It gives way to the event
// loop every few hundred rows, so that a progress query or a cancel is answered meanwhile.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralise } from '../../shared/exchange/neutralise';
import type { OutCell, SheetModel, Styled } from './sheet-model';

export type Progress = (done: number, total: number) => Promise<void>;

const YIELD_EVERY = 500;
const FIT_COLUMNS = 12;
/** The workbook's own font, named: a bare "bold" makes some readers fall back to a serif face. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11, bold: true };

const isStyled = (c: OutCell): c is Styled => c !== null && typeof c === 'object';

/**
 * XML turns a carriage return into a line feed when it is read, and cannot hold most other
 * control characters at all; OOXML writes them as `_xHHHH_` (and a literal `_xHHHH_` with its
 * underscore escaped), which Excel, LibreOffice and exceljs decode. So a name survives exactly.
 */
function xstring(s: string): string {
  return s
    .replace(/_(x[0-9A-F]{4}_)/g, '_x005F_$1')
    .replace(/[\x00-\x08\x0B-\x1F]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function plain(c: OutCell): string | number | null {
  const v = isStyled(c) ? c.v : c;
  return typeof v === 'string' ? (v === '' ? null : xstring(neutralise(v))) : v;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel, tick: () => Promise<void>): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.header ? [{ state: 'frozen', ySplit: sheet.header, xSplit: 0 }] : [],
    // Printed for a meeting: A4 landscape; a narrow sheet as wide as the page (a wide one, like
    // the action list, would shrink to nothing and prints across pages instead).
    pageSetup:
      sheet.columns.length <= FIT_COLUMNS
        ? { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : { paperSize: 9, orientation: 'landscape' },
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width, style: c.fmt ? { numFmt: c.fmt } : {} }));
  const boldRows = new Set(sheet.boldRows ?? []);
  if (sheet.header) boldRows.add(sheet.header);
  for (const [i, cells] of sheet.rows.entries()) {
    const row = ws.addRow(cells.map(plain));
    cells.forEach((c, j) => {
      if (!isStyled(c)) return;
      const cell = row.getCell(j + 1);
      if (c.fmt) cell.numFmt = c.fmt;
      if (c.bold) cell.font = BOLD;
    });
    if (boldRows.has(i + 1)) row.font = BOLD;
    row.commit();
    await tick();
  }
  if (sheet.header && sheet.filter && sheet.columns.length) {
    ws.autoFilter = { from: { row: sheet.header, column: 1 }, to: { row: sheet.header, column: sheet.columns.length } };
  }
  ws.commit();
}

/**
 * exceljs' bundled archiver calls the deprecated Buffer() constructor when the writer starts
 * (DEP0005): a warning about a library, not about the user's file, that would otherwise land on
 * the CLI's stderr. Silenced for that one synchronous call only.
 */
function quietly<T>(fn: () => T): T {
  const before = process.noDeprecation;
  process.noDeprecation = true;
  try {
    return fn();
  } finally {
    process.noDeprecation = before;
  }
}

/** Writes the sheets as one workbook to `stream`; `progress` is called as rows are written. */
export async function writeXlsx(sheets: SheetModel[], stream: Writable, progress?: Progress): Promise<void> {
  const wb = quietly(() => new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true }));
  wb.creator = 'Klimatinvesteringsplan';
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  const tick = async () => {
    done += 1;
    if (done % YIELD_EVERY === 0) {
      await new Promise((r) => setImmediate(r));
      await progress?.(done, total);
    }
  };
  for (const sheet of sheets) await writeSheet(wb, sheet, tick);
  await wb.commit();
  await progress?.(total, total);
}
