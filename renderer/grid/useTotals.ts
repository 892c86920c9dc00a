// The pinned rows under a sheet: the totals of its summed columns over the rows shown (after
// filters), and the rows a view pins under them (a funding gap). The totals follow every change
// of the rows shown in the same task, set on the grid directly rather than through a render of
// the page; after an edit only the changed rows move them (old values out, new in), so that a
// 10 000-row sheet is not summed again for one cell. Also counts the rows shown.
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { SheetColumn } from './columns';
import { ROW_COL, TOTALS } from './col-defs';

export const PINNED_ID = '__pinned';

export interface TotalsState<R> {
  counts: { shown: number; total: number };
  /** How many rows are pinned under the sheet. */
  pinnedCount: number;
  /** ag-grid's modelUpdated: rows shown changed (edit, filter, sort). */
  onModelUpdated(): void;
  /** Rows changed in place: the totals move by the difference. */
  moveBy(changed: readonly [R, R][]): void;
  /** Puts the totals and the view's pinned rows on the grid. */
  applyPinned(): void;
}

interface Context<R> {
  apiRef: RefObject<GridApi | null>;
  columns: readonly SheetColumn<R>[];
  rows(): readonly R[];
  bottomRows(): readonly R[] | undefined;
  rowNumbers: boolean;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function useTotals<R>(ctx: Context<R>): TotalsState<R> {
  const { apiRef, columns } = ctx;
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const sums = useMemo(() => columns.filter((c) => c.sum), [columns]);
  const totals = useRef<Record<string, number> | null>(null);
  /** Set when an edit has already moved the totals, so the model update that follows skips the sum. */
  const moved = useRef(false);
  const [counts, setCounts] = useState(() => ({ shown: ctx.rows().length, total: ctx.rows().length }));

  const applyPinned = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const out: unknown[] = [];
    if (totals.current) out.push({ [PINNED_ID]: 'totals', [TOTALS]: totals.current });
    const bottom = ctxRef.current.bottomRows();
    const cols = ctxRef.current.columns;
    bottom?.forEach((r, i) => out.push({ [PINNED_ID]: `bottom-${i}`, [TOTALS]: Object.fromEntries(cols.map((c) => [c.id, c.value(r)])) }));
    api.setGridOption('pinnedBottomRowData', out);
  }, [apiRef]);

  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const rows = ctxRef.current.rows();
    const shown = api.getDisplayedRowCount();
    setCounts((c) => (c.shown === shown && c.total === rows.length ? c : { shown, total: rows.length }));
    if (sums.length && moved.current) moved.current = false;
    else if (sums.length) {
      const out: Record<string, number> = {};
      for (const c of sums) out[c.id] = 0;
      const add = (row: R) => {
        for (const c of sums) {
          const v = c.value(row);
          if (isNumber(v)) out[c.id] += v;
        }
      };
      // Unfiltered, the rows shown are the rows given: a plain loop over them is several times
      // faster than walking the grid's nodes, and runs after every edit.
      if (api.isAnyFilterPresent()) api.forEachNodeAfterFilter((node) => node.data && add(node.data as R));
      else for (const row of rows) add(row);
      totals.current = out;
      applyPinned();
    }
    if (ctxRef.current.rowNumbers) api.refreshCells({ columns: [ROW_COL], suppressFlash: true });
  }, [apiRef, sums, applyPinned]);

  const moveBy = useCallback(
    (changed: readonly [R, R][]) => {
      const api = apiRef.current;
      const now = totals.current;
      if (!api || !now || !sums.length || api.isAnyFilterPresent()) return;
      const out = { ...now };
      for (const [before, after] of changed) {
        for (const c of sums) {
          const a = c.value(after);
          const b = c.value(before);
          if (isNumber(a)) out[c.id] += a;
          if (isNumber(b)) out[c.id] -= b;
        }
      }
      totals.current = out;
      moved.current = true;
      applyPinned();
    },
    [apiRef, sums, applyPinned],
  );

  return { counts, pinnedCount: (sums.length ? 1 : 0) + (ctx.bottomRows()?.length ?? 0), onModelUpdated, moveBy, applyPinned };
}
