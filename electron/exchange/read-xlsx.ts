// An xlsx workbook (already checked by file-kind.ts) as plain tables of cells. exceljs reads
// it; this keeps what an import needs: values, whether a number is formatted as a percentage,
// and formulas as formulas (never their cached results; see shared/exchange/values.ts).
import ExcelJS from 'exceljs';
import type { Cell, Table } from '../../shared/exchange/cells';
import { restore } from '../../shared/exchange/neutralise';

// exceljs' ValueType (declared as an ambient enum in its types).
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 };

type ExcelCell = ExcelJS.Cell;

function text(s: string): Cell | null {
  return s === '' ? null : { t: 's', v: restore(s) };
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
      return text(((v as ExcelJS.CellRichTextValue).richText ?? []).map((r) => r.text).join(''));
    case T.Hyperlink:
      return text(String((v as ExcelJS.CellHyperlinkValue).text ?? ''));
    case T.Date:
      return { t: 'd', v: (v as Date).toISOString().slice(0, 10) };
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

function tableOf(ws: ExcelJS.Worksheet): Table {
  const rows: (Cell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = convert(cell);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return { name: ws.name, rows, hidden: ws.state !== 'visible' || undefined };
}

/** Every sheet of the workbook, in its order. */
export async function readXlsx(bytes: Buffer): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(tableOf);
}
