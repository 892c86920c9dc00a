// The rows reach the grid as changes: after an edit in a 10 000-row plan only the changed rows
// (new objects; unchanged rows keep theirs) go in as a transaction, instead of the grid
// comparing every row; rows added, deleted or moved give the grid the whole list. Also focuses
// a row's cell on request, now or once the row arrives (a new row made by a call).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import type { SheetColumn } from './columns';
import { revealRow } from './reveal-row';

export interface GridRows<R> {
  /** The rows the grid element starts with. */
  firstRows: readonly R[];
  /** Rows that changed before the grid was ready go in when it is. */
  onReady(e: GridReadyEvent): void;
  onRowDataUpdated(): void;
  /** Focuses a row's cell (the first editable column when none is named). */
  focusCell(rowId: string, colId?: string): void;
}

interface Context<R> {
  apiRef: RefObject<GridApi | null>;
  rows: readonly R[];
  rowId(row: R): string;
  displayed: RefObject<SheetColumn<R>[]>;
  wrapper: RefObject<HTMLElement | null>;
  /** Rows changed in place (before, after): the totals move by them. */
  changedInPlace(changed: [R, R][]): void;
}

export function useGridRows<R>(ctx: Context<R>): GridRows<R> {
  const { apiRef, rows } = ctx;
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const [firstRows] = useState(rows);
  const latest = useRef(rows);
  latest.current = rows;
  const applied = useRef(rows);
  const pendingFocus = useRef<{ rowId: string; colId?: string } | null>(null);

  // A layout effect: the grid takes the changed rows before the browser paints, not a frame later.
  useLayoutEffect(() => {
    const api = apiRef.current;
    const prev = applied.current;
    if (!api || prev === rows) return;
    applied.current = rows;
    const rowId = ctxRef.current.rowId;
    const update: R[] = [];
    const changed: [R, R][] = [];
    let whole = prev.length !== rows.length;
    for (let i = 0; !whole && i < rows.length; i++) {
      if (prev[i] === rows[i]) continue;
      if (rowId(prev[i]) !== rowId(rows[i])) whole = true;
      else {
        update.push(rows[i]);
        changed.push([prev[i], rows[i]]);
      }
    }
    if (whole) api.setGridOption('rowData', rows as R[]);
    else if (update.length) {
      api.applyTransaction({ update });
      // ag-grid tells of the new model a task later; the totals row should not wait for it.
      ctxRef.current.changedInPlace(changed);
    }
  }, [apiRef, rows]);

  function onReady(e: GridReadyEvent) {
    if (latest.current !== applied.current) {
      applied.current = latest.current;
      e.api.setGridOption('rowData', latest.current as R[]);
    }
  }

  function focusNode(api: GridApi, rowIndex: number, colId?: string) {
    const displayed = ctxRef.current.displayed.current;
    const col = colId ?? displayed.find((c) => c.edit)?.id ?? displayed[0]?.id;
    if (!col) return;
    api.ensureIndexVisible(rowIndex);
    api.ensureColumnVisible(col);
    // A row scrolled into view is drawn a frame or two later: focus its cell once it is there.
    let tries = 10;
    const attempt = () => {
      api.setFocusedCell(rowIndex, col);
      const el = document.activeElement;
      const there = el instanceof HTMLElement && el.getAttribute('col-id') === col && el.closest('.ag-row')?.getAttribute('row-index') === String(rowIndex);
      if (!there && --tries > 0) requestAnimationFrame(attempt);
      else revealRow(ctxRef.current.wrapper.current, rowIndex);
    };
    requestAnimationFrame(attempt);
  }

  function onRowDataUpdated() {
    const want = pendingFocus.current;
    const api = apiRef.current;
    if (!want || !api) return;
    const node = api.getRowNode(want.rowId);
    if (!node || node.rowIndex === null) return;
    pendingFocus.current = null;
    focusNode(api, node.rowIndex, want.colId);
  }

  function focusCell(rowId: string, colId?: string) {
    const api = apiRef.current;
    const node = api?.getRowNode(rowId);
    if (api && node && node.rowIndex !== null) focusNode(api, node.rowIndex, colId);
    else pendingFocus.current = { rowId, colId };
  }

  return { firstRows, onReady, onRowDataUpdated, focusCell };
}
