// The keyboard of a sheet, as a budget officer's spreadsheet has it. Typing replaces a cell's
// value and F2 edits it; Enter and Tab store the edit and move down or right *without* editing
// the next cell (Enter after a run of Tabs goes back to the column the run started in); Enter
// on the last row offers a new row. Arrows move, Shift+arrows and Ctrl+Shift+arrows select,
// Ctrl+arrows jump to the edge of the data, Ctrl+Home/End to the first and last cell, Alt+↓
// opens a list, Ctrl+D fills down, Delete empties, Esc cancels an edit or a block. The sheet is
// one Tab stop (the ARIA grid pattern): Tab from a cell leaves the grid, and Tab into it lands
// on the cell that had focus last.
import { useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Translate } from '../i18n/translate';
import type { SheetColumn } from './columns';
import type { SheetEditor } from './editors/TextCellEditor';
import { revealRow } from './reveal-row';
import { cornerOf, edgeStep, extendTo, isSingle, single, step, type CellPos, type Direction } from './selection';
import type { CellRangeState } from './useCellRange';
import type { Message } from './useRefusals';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const isFilled = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

export interface SheetKeys {
  onKeyDownCapture(e: React.KeyboardEvent): void;
  /** ag-grid's focusGridInnerElement: Tab into the grid lands on the last focused cell. */
  focusInside(fromBottom: boolean): boolean;
  /** The focus reached a body cell. */
  focused(at: CellPos): void;
  /** The pointer went down in the grid: a run of Tabs is over. */
  pointed(): void;
}

interface Context<R> {
  apiRef: RefObject<GridApi | null>;
  wrapper: RefObject<HTMLElement | null>;
  cells: CellRangeState<R>;
  /** Stores what an editor ended with (text typed, or a value chosen) in one cell. */
  commit(row: R, col: SheetColumn<R>, outcome: { text: string } | { value: unknown }): void;
  fillDown(): void;
  clear(): void;
  selectAll(): void;
  /** Esc on a cell: its refusal (and the text kept for it) is dropped. */
  forget(row: R, col: SheetColumn<R>): void;
  say(m: Message | null): void;
  t: Translate;
  /** Adds a row and focuses its cell in `colId` (Enter on the last row, asked twice). */
  addRow?(colId: string): void;
}

/** Whether an element is drawn (not in a closed <details>, not display: none). */
const visible = (el: HTMLElement) =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;

/** The elements a Tab can reach, in the page's order. */
function tabbables(): HTMLElement[] {
  const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
  return [...all].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && visible(el));
}

export function useSheetKeys<R>(ctx: Context<R>): SheetKeys {
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  /** The column a run of Tabs started in: Enter goes back to it on the next row. */
  const tabStart = useRef<number | null>(null);
  /** The last row where Enter offered a new row: a second Enter there adds it. */
  const offered = useRef<number | null>(null);
  const last = useRef<CellPos | null>(null);

  const api = () => ctxRef.current.apiRef.current;

  function moveTo(to: CellPos): void {
    const grid = api();
    const col = ctxRef.current.cells.displayed.current[to.col];
    if (!grid || !col) return;
    grid.ensureIndexVisible(to.row);
    grid.ensureColumnVisible(col.id);
    grid.setFocusedCell(to.row, col.id);
    revealRow(ctxRef.current.wrapper.current, to.row);
  }

  function extendBlock(to: CellPos): void {
    const { cells } = ctxRef.current;
    const grid = api();
    const at = cells.focusedPos();
    if (!grid || !at) return;
    cells.setRange(extendTo(cells.range.current ?? single(at), to));
    grid.ensureIndexVisible(to.row);
    const col = cells.displayed.current[to.col];
    if (col) grid.ensureColumnVisible(col.id);
  }

  /** Ends the edit in progress, storing what the editor holds; returns the cell it was in. */
  function endEdit(): CellPos | null {
    const grid = api();
    const { cells, commit } = ctxRef.current;
    const editing = grid?.getEditingCells()[0];
    if (!grid || !editing?.column || editing.rowIndex === null) return null;
    const col = cells.colIndex.current.get(editing.column.getColId());
    const row = grid.getDisplayedRowAtIndex(editing.rowIndex)?.data as R | undefined;
    const editor = grid.getCellEditorInstances()[0] as Partial<SheetEditor> | undefined;
    if (editor?.outcome && row !== undefined && col !== undefined) {
      const outcome = editor.outcome();
      // Stored from here, in this task: the grid's own request would come a task later.
      grid.stopEditing(true);
      if (outcome) commit(row, cells.displayed.current[col], outcome);
    } else grid.stopEditing(false);
    return col === undefined ? null : { row: editing.rowIndex, col };
  }

  function enterFrom(at: CellPos, up: boolean): void {
    const grid = api();
    if (!grid) return;
    const col = tabStart.current ?? at.col;
    tabStart.current = null;
    if (up) {
      offered.current = null;
      moveTo({ row: Math.max(0, at.row - 1), col });
      return;
    }
    const lastRow = grid.getDisplayedRowCount() - 1;
    if (at.row < lastRow) {
      offered.current = null;
      moveTo({ row: at.row + 1, col });
      return;
    }
    const { addRow, say, t, cells } = ctxRef.current;
    if (!addRow) return;
    const colId = cells.displayed.current[col]?.id;
    if (offered.current === at.row && colId) {
      offered.current = null;
      say(null);
      addRow(colId);
    } else {
      offered.current = at.row;
      moveTo({ row: at.row, col });
      say({ tone: 'info', text: t('grid.lastRow') });
    }
  }

  /** Tab out of the grid: to the next (or previous) element of the page outside it. */
  function leave(backwards: boolean): void {
    const wrapper = ctxRef.current.wrapper.current;
    if (!wrapper) return;
    const outside = tabbables().filter((el) => !wrapper.contains(el));
    const after = (el: HTMLElement) => !!(wrapper.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const candidates = backwards ? outside.filter((el) => !after(el)).reverse() : outside.filter(after);
    // The first that really takes the focus (one inside a closed part of the page does not).
    for (const el of candidates) {
      el.focus();
      if (document.activeElement === el) return;
    }
  }

  function onKeyDownCapture(e: React.KeyboardEvent): void {
    const grid = api();
    const { cells } = ctxRef.current;
    const target = e.target instanceof Element ? e.target : null;
    // The list of check boxes (commitments, tags) and ag-grid's filter menus keep their own keys.
    if (!grid || !target || target.closest('.sheet-multi, .ag-filter, .ag-menu')) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (grid.getEditingCells().length > 0) {
      if ((e.key === 'Enter' || e.key === 'Tab') && !ctrl && !e.altKey) {
        handled();
        const at = endEdit();
        if (!at) return;
        if (e.key === 'Enter') enterFrom(at, e.shiftKey);
        else tab(at, e.shiftKey);
      }
      return;
    }
    if (e.key === 'Tab' && !ctrl && !e.altKey && target.closest('.ag-cell, .ag-header-cell, .ag-header-group-cell')) {
      handled();
      leave(e.shiftKey);
      return;
    }
    if (!target.closest('.ag-cell')) return;
    const at = cells.focusedPos();
    if (!at) return;
    const rows = grid.getDisplayedRowCount();
    const cols = cells.displayed.current.length;
    const arrow = ARROWS[e.key];
    if (arrow) tabStart.current = null;
    if (e.key === 'Enter' && !ctrl && !e.altKey) {
      handled();
      enterFrom(at, e.shiftKey);
    } else if (arrow && ctrl && !e.altKey) {
      handled();
      const filled = (p: CellPos) => {
        const row = grid.getDisplayedRowAtIndex(p.row)?.data as R | undefined;
        const col = cells.displayed.current[p.col];
        return row !== undefined && !!col && isFilled(col.value(row));
      };
      const from = e.shiftKey ? (cells.range.current?.focus ?? at) : at;
      const to = edgeStep(from, arrow, rows, cols, filled);
      if (e.shiftKey) extendBlock(to);
      else moveTo(to);
    } else if (arrow && e.shiftKey && !e.altKey) {
      handled();
      const from = cells.range.current?.focus ?? at;
      extendBlock(step(from, arrow, rows, cols));
    } else if ((e.key === 'Home' || e.key === 'End') && ctrl && !e.altKey) {
      handled();
      const to = cornerOf(e.key === 'End', rows, cols);
      if (e.shiftKey) extendBlock(to);
      else moveTo(to);
    } else if (e.key === 'ArrowDown' && e.altKey && !ctrl) {
      handled();
      const col = cells.displayed.current[at.col];
      if (col?.edit && col.edit.editor !== 'text') grid.startEditingCell({ rowIndex: at.row, colKey: col.id });
    } else if (ctrl && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd') {
      handled();
      ctxRef.current.fillDown();
    } else if (ctrl && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'a') {
      handled();
      ctxRef.current.selectAll();
    } else if (!ctrl && !e.altKey && e.key === 'Delete') {
      handled();
      ctxRef.current.clear();
    } else if (e.key === 'Escape') {
      const r = cells.range.current;
      if (r && !isSingle(r)) cells.setRange(single(at));
      const row = grid.getDisplayedRowAtIndex(at.row)?.data as R | undefined;
      const col = cells.displayed.current[at.col];
      if (row !== undefined && col) ctxRef.current.forget(row, col);
    }
  }

  function tab(at: CellPos, backwards: boolean): void {
    const cols = ctxRef.current.cells.displayed.current.length;
    if (!backwards && tabStart.current === null) tabStart.current = at.col;
    offered.current = null;
    moveTo({ row: at.row, col: Math.max(0, Math.min(cols - 1, at.col + (backwards ? -1 : 1))) });
  }

  function focusInside(_fromBottom: boolean): boolean {
    const grid = api();
    const { cells } = ctxRef.current;
    const rows = grid?.getDisplayedRowCount() ?? 0;
    if (!grid || rows === 0 || cells.displayed.current.length === 0) return false;
    const to = last.current && last.current.row < rows && last.current.col < cells.displayed.current.length ? last.current : { row: 0, col: 0 };
    moveTo(to);
    return true;
  }

  function focused(at: CellPos): void {
    last.current = at;
    if (offered.current !== null && offered.current !== at.row) offered.current = null;
  }

  function pointed(): void {
    tabStart.current = null;
  }

  return { onKeyDownCapture, focusInside, focused, pointed };
}
