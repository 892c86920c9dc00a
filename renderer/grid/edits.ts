// Paste, fill down, clear and copy as plans of cell edits over the selected block. Pure: the
// grid hands in its displayed rows and columns, and stores the plan in one API call.
import { copyText, isEditable, isUnreadable, sameValue, type SheetColumn } from './columns';
import type { Rect } from './selection';

export interface CellEdit<R> {
  row: R;
  column: SheetColumn<R>;
  value: unknown;
}

/** The cells of one row a paste adds after the last row. */
export type NewRow<R> = { column: SheetColumn<R>; value: unknown }[];

/** The displayed rows and columns, in the order the user sees them. */
export interface Sheet<R> {
  rowCount: number;
  rowAt(index: number): R | undefined;
  columns: readonly SheetColumn<R>[];
}

export interface PastePlan<R> {
  edits: CellEdit<R>[];
  newRows: NewRow<R>[];
  /** Cells that landed on read-only columns or rows or beyond the last column, and empty cells of fields that cannot be empty. */
  skipped: number;
  /** Pasted rows below the last row (added only when the user agrees). */
  extraRows: number;
}

function cellEdit<R>(col: SheetColumn<R>, row: R, value: unknown): CellEdit<R> | null {
  if (!isEditable(col, row)) return null;
  return sameValue(col.value(row), value) ? null : { row, column: col, value };
}

/**
 * Where the clipboard's `cells` go when pasted at `target`: from its top-left cell on, or,
 * for a single copied cell, into every cell of the selected block (as Excel does). Rows past
 * the end become new rows when `addRows`, else they are left out.
 */
export function planPaste<R>(cells: string[][], target: Rect, sheet: Sheet<R>, addRows: boolean): PastePlan<R> {
  const plan: PastePlan<R> = { edits: [], newRows: [], skipped: 0, extraRows: 0 };
  const one = cells.length === 1 && cells[0].length === 1;
  const height = one ? target.bottom - target.top + 1 : cells.length;
  const width = one ? target.right - target.left + 1 : Math.max(...cells.map((r) => r.length));
  for (let i = 0; i < height; i++) {
    const r = target.top + i;
    const row = sheet.rowAt(r);
    if (!row) plan.extraRows++;
    const added: NewRow<R> = [];
    for (let j = 0; j < width; j++) {
      const text = one ? cells[0][0] : cells[i][j];
      if (text === undefined) continue;
      const col = sheet.columns[target.left + j];
      // Read-only columns, and empty cells for fields that cannot be empty (a sector, a
      // status), are left as they are.
      if (!col?.edit || (text.trim() === '' && col.edit.cleared === undefined)) {
        plan.skipped++;
        continue;
      }
      const value = col.edit.parse(text);
      if (row) {
        const e = cellEdit(col, row, value);
        if (e) plan.edits.push(e);
        else if (!isEditable(col, row)) plan.skipped++;
      } else if (addRows) added.push({ column: col, value });
    }
    if (!row && addRows) plan.newRows.push(added);
  }
  return plan;
}

/** Ctrl+D: the top cell of each selected column copied down; one selected row takes the row above. */
export function planFillDown<R>(rect: Rect, sheet: Sheet<R>): CellEdit<R>[] {
  const from = rect.top === rect.bottom ? rect.top - 1 : rect.top;
  const source = sheet.rowAt(from);
  if (!source) return [];
  const out: CellEdit<R>[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const col = sheet.columns[c];
    if (!col?.edit) continue;
    const value = col.value(source);
    for (let r = from + 1; r <= rect.bottom; r++) {
      const row = sheet.rowAt(r);
      const e = row && cellEdit(col, row, value);
      if (e) out.push(e);
    }
  }
  return out;
}

/** Delete: every editable cell of the block that can be emptied, emptied. */
export function planClear<R>(rect: Rect, sheet: Sheet<R>): CellEdit<R>[] {
  const out: CellEdit<R>[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = sheet.rowAt(r);
    if (!row) continue;
    for (let c = rect.left; c <= rect.right; c++) {
      const col = sheet.columns[c];
      if (!col?.edit || col.edit.cleared === undefined) continue;
      const e = cellEdit(col, row, col.edit.cleared);
      if (e) out.push(e);
    }
  }
  return out;
}

/** Ctrl+C: the block as rows of clipboard texts. */
export function copyCells<R>(rect: Rect, sheet: Sheet<R>): string[][] {
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = sheet.rowAt(r);
    if (!row) continue;
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const col = sheet.columns[c];
      line.push(col ? copyText(col, col.value(row)) : '');
    }
    out.push(line);
  }
  return out;
}

/**
 * Whether a pasted block of more than one column does not fit the sheet from `target`: it has
 * a header row naming the sheet's columns, it is wider than the columns left, or one of its
 * columns holds mostly what the column under it cannot read (words in a number column). Such
 * a block is better mapped column by column than pasted as it lies.
 */
export function pasteMisfit<R>(cells: string[][], target: Rect, sheet: Sheet<R>, headerKey: (text: string) => string): 'header' | 'columns' | null {
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (width < 2) return null;
  const headers = new Set(sheet.columns.map((c) => headerKey(c.header)));
  const named = cells[0].filter((text) => text.trim() !== '' && headers.has(headerKey(text))).length;
  if (named >= 2) return 'header';
  if (target.left + width > sheet.columns.length) return 'columns';
  for (let j = 0; j < width; j++) {
    const col = sheet.columns[target.left + j];
    if (!col?.edit) continue;
    let filled = 0;
    let unreadable = 0;
    for (const row of cells) {
      const text = row[j] ?? '';
      if (text.trim() === '') continue;
      filled++;
      if (isUnreadable(col.edit.parse(text))) unreadable++;
    }
    if (filled >= 2 && unreadable > 0 && unreadable * 2 >= filled) return 'columns';
  }
  return null;
}

/** The headers of the columns a block of `width` columns pasted at `left` lies over, as a TSV line. */
export function headerLine<R>(sheet: Sheet<R>, left: number, width: number): string {
  return Array.from({ length: width }, (_, j) => sheet.columns[left + j]?.header ?? '').join('\t');
}
