// The selected block of a sheet and where things are in it: the displayed columns in order, the
// focused cell, the block made by the pointer (click, shift+click, drag) and by the keyboard
// (shift+arrows, Ctrl+A). The block lives in a ref: the cell class rules read it, and changing
// it refreshes only the columns concerned instead of re-rendering the grid.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { CellClassParams, CellMouseOverEvent, GridApi } from 'ag-grid-community';
import type { SheetColumn } from './columns';
import { isPinned } from './col-defs';
import type { Sheet } from './edits';
import { contains, extendTo, isSingle, rectCols, rectOf, rectRows, single, type CellPos, type CellRange, type Rect } from './selection';

export interface CellRangeState<R> {
  /** The displayed columns, left to right (the grid's own order after moves and hiding). */
  displayed: RefObject<SheetColumn<R>[]>;
  colIndex: RefObject<Map<string, number>>;
  range: RefObject<CellRange | null>;
  /** The size of a block of more than one cell, for the status line. */
  selection: { rows: number; cols: number } | null;
  syncColumns(): void;
  /** The displayed rows and columns as the edit planners see them. */
  sheet(): Sheet<R>;
  /** Whether a cell is inside a block of more than one cell (a cell class rule). */
  inRange(p: CellClassParams): boolean;
  setRange(next: CellRange | null): void;
  focusedPos(): CellPos | null;
  /** The selected block; a block the focus has left gives way to the focused cell. */
  selectedRect(): Rect | null;
  /** The displayed position of a body cell element (not a pinned row). */
  cellPos(target: EventTarget | null): CellPos | null;
  onPointerDownCapture(e: React.PointerEvent): void;
  onMouseDownCapture(e: React.MouseEvent): void;
  onCellMouseOver(e: CellMouseOverEvent): void;
  /** The keyboard moved the focus to `at`: a new block, unless `at` is an end of the block the mouse made. */
  focusMoved(at: CellPos): void;
}

export function useCellRange<R>(apiRef: RefObject<GridApi | null>, byId: ReadonlyMap<string, SheetColumn<R>>): CellRangeState<R> {
  const range = useRef<CellRange | null>(null);
  const colIndex = useRef(new Map<string, number>());
  const displayed = useRef<SheetColumn<R>[]>([]);
  const dragging = useRef(false);
  const [selection, setSelection] = useState<{ rows: number; cols: number } | null>(null);

  const syncColumns = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const cols = api
      .getAllDisplayedColumns()
      .map((c) => byId.get(c.getColId()))
      .filter((c): c is SheetColumn<R> => !!c);
    displayed.current = cols;
    colIndex.current = new Map(cols.map((c, i) => [c.id, i]));
  }, [apiRef, byId]);

  const sheet = useCallback((): Sheet<R> => {
    const api = apiRef.current!;
    return {
      rowCount: api.getDisplayedRowCount(),
      rowAt: (i) => api.getDisplayedRowAtIndex(i)?.data as R | undefined,
      columns: displayed.current,
    };
  }, [apiRef]);

  const inRange = useCallback((p: CellClassParams) => {
    const r = range.current;
    if (!r || isSingle(r) || isPinned(p) || p.node.rowIndex === null) return false;
    const c = colIndex.current.get(p.column.getColId());
    return c !== undefined && contains(rectOf(r), p.node.rowIndex, c);
  }, []);

  const setRange = useCallback(
    (next: CellRange | null) => {
      const api = apiRef.current;
      const before = range.current;
      range.current = next;
      setSelection(next && !isSingle(next) ? { rows: rectRows(rectOf(next)), cols: rectCols(rectOf(next)) } : null);
      if (!api) return;
      const touched = new Set<number>();
      for (const r of [before, next]) {
        if (!r || isSingle(r)) continue;
        const rect = rectOf(r);
        for (let c = rect.left; c <= rect.right; c++) touched.add(c);
      }
      if (touched.size === 0) return;
      const cols = [...touched].map((c) => displayed.current[c]?.id).filter((c): c is string => !!c);
      api.refreshCells({ columns: cols, suppressFlash: true });
    },
    [apiRef],
  );

  const focusedPos = useCallback((): CellPos | null => {
    const f = apiRef.current?.getFocusedCell();
    if (!f || f.rowPinned || f.rowIndex === null) return null;
    const col = colIndex.current.get(f.column.getColId());
    return col === undefined ? null : { row: f.rowIndex, col };
  }, [apiRef]);

  const selectedRect = useCallback(() => {
    const at = focusedPos();
    let r = range.current;
    if (at && (!r || !contains(rectOf(r), at.row, at.col))) r = single(at);
    return r ? rectOf(r) : null;
  }, [focusedPos]);

  const cellPos = useCallback((target: EventTarget | null): CellPos | null => {
    const cell = target instanceof Element ? target.closest('.ag-cell') : null;
    const rowEl = cell?.closest('.ag-row');
    if (!cell || !rowEl || rowEl.classList.contains('ag-row-pinned')) return null;
    const row = Number(rowEl.getAttribute('row-index'));
    const col = colIndex.current.get(cell.getAttribute('col-id') ?? '');
    return Number.isInteger(row) && col !== undefined ? { row, col } : null;
  }, []);

  // The pointer sets the block at once, from the cell under it: shift+click extends the block
  // from its anchor, a click starts a new one (and a drag from there extends it). On
  // pointerdown, which comes before the grid moves the focus there.
  function onPointerDownCapture(e: React.PointerEvent) {
    const at = cellPos(e.target);
    if (!at || e.button !== 0) return;
    if (e.shiftKey && range.current) setRange(extendTo(range.current, at));
    else {
      setRange(single(at));
      dragging.current = true;
    }
  }

  function onMouseDownCapture(e: React.MouseEvent) {
    // No text selection on shift+click.
    if (e.shiftKey && cellPos(e.target)) e.preventDefault();
  }

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  function onCellMouseOver(e: CellMouseOverEvent) {
    if (!dragging.current || !range.current || e.node.rowPinned || e.rowIndex === null) return;
    if (!((e.event as MouseEvent | null)?.buttons ?? 0)) {
      dragging.current = false;
      return;
    }
    const col = colIndex.current.get(e.column.getColId());
    if (col === undefined) return;
    const r = range.current;
    if (r.focus.row !== e.rowIndex || r.focus.col !== col) setRange(extendTo(r, { row: e.rowIndex, col }));
  }

  function focusMoved(at: CellPos) {
    const r = range.current;
    const onEnd = r && ((r.focus.row === at.row && r.focus.col === at.col) || (r.anchor.row === at.row && r.anchor.col === at.col));
    if (!onEnd) setRange(single(at));
  }

  return {
    displayed,
    colIndex,
    range,
    selection,
    syncColumns,
    sheet,
    inRange,
    setRange,
    focusedPos,
    selectedRect,
    cellPos,
    onPointerDownCapture,
    onMouseDownCapture,
    onCellMouseOver,
    focusMoved,
  };
}
