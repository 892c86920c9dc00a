// A grid that behaves like a spreadsheet, on ag-grid's Community API: a block of cells is
// selected with shift+click, shift+arrows or a drag; Ctrl+C copies it as TSV, Ctrl+V pastes TSV
// from Excel or LibreOffice (Swedish forms through shared/format), Ctrl+D fills down, Delete
// clears; typing starts an edit in the column's own editor. Every change goes through the
// view's writer (one API call, one undo step); a refusal is shown at its cells with Node's
// Swedish sentence and the stored values stay. Column groups can be shown and hidden (the
// choice is remembered), and a pinned row sums the numeric columns of the rows shown.
// Reused by every grid of the app: the views only describe their columns and their writer.
import { type ReactNode, type Ref, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellClassParams,
  CellEditRequestEvent,
  CellMouseOverEvent,
  GridApi,
  GridReadyEvent,
} from 'ag-grid-community';
import { formatNumber } from '../../shared/format/number';
import { formatTsv, parseTsv } from '../../shared/format/tsv';
import { ConfirmDialog } from '../document/dialogs/ConfirmDialog';
import { useStatusValue } from '../document/documentStore';
import { useI18n } from '../i18n/I18nProvider';
import { isEditable, sameValue, type ColumnGroup, type SheetColumn } from './columns';
import { copyCells, planClear, planFillDown, planPaste, type CellEdit, type NewRow, type Sheet } from './edits';
import { agLocaleText, buildColDefs, isPinned, ROW_COL, TOTALS } from './colDefs';
import { ColumnPicker, QuickFilter, RefusalMessage } from './SheetParts';
import { registerGridModules } from './modules';
import { contains, extendTo, isSingle, rectCols, rectOf, rectRows, single, step, type CellPos, type CellRange, type Direction } from './selection';
import { gridTheme } from './theme';
import { useHiddenGroups } from './useHiddenGroups';
import type { CellProblem, SheetWriter } from './writer';
import './grid.css';

registerGridModules();

export interface SheetGridHandle {
  /** Focuses a row's cell (the first editable column when none is named), now or once the row arrives. */
  focusCell(rowId: string, colId?: string): void;
  /** The ids of the rows the selected block covers (at least the focused row). */
  selectedRowIds(): string[];
}

export interface SheetGridProps<R> {
  /** Names the grid for remembered choices (hidden column groups). */
  id: string;
  /** The grid's accessible name. */
  label: string;
  rows: readonly R[];
  rowId(row: R): string;
  /** How messages name a row besides its number: its code or name. */
  rowLabel?(row: R): string;
  columns: readonly SheetColumn<R>[];
  groups?: readonly ColumnGroup[];
  /** Absent: a read-only grid (copy still works). */
  writer?: SheetWriter<R>;
  /** A pasted block longer than the table may add rows (the user is asked). */
  canAddRows?: boolean;
  /** Rows pinned under the totals (e.g. a funding gap), in the same columns. */
  bottomRows?: readonly R[];
  /** Label of the totals row, in the first column (default "Summa"). */
  totalsLabel?: string;
  /** The word for the rows in the status line: "åtgärder". */
  noun: string;
  quickFilter?: boolean;
  rowNumbers?: boolean;
  /** Column filters and sorting (default on). */
  filters?: boolean;
  /** The keyboard hint in the status line (default on; a view with several grids shows it once). */
  keysHint?: boolean;
  /** The grid as tall as its rows (small grids: a panel, a matrix). */
  autoHeight?: boolean;
  /** Buttons of the view, shown left of the column picker. */
  toolbar?: ReactNode;
  onFocusRow?(rowId: string | null): void;
  handle?: Ref<SheetGridHandle>;
  className?: string;
}

type Tone = 'error' | 'info';
interface Message {
  tone: Tone;
  text: string;
  lines?: string[];
}

const PINNED_ID = '__pinned';
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const MAX_LINES = 12;
/** Heights of the theme (theme.ts), for grids as tall as their rows. */
const HEADER_PX = 32;
const ROW_PX = 30;


const rowClass = (p: { node: { rowPinned?: unknown } }) => (p.node.rowPinned ? 'sheet-row--totals' : undefined);
const cellKey = (rowId: string, colId: string) => `${rowId}\u0000${colId}`;

function inEditor(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, textarea, select, [contenteditable="true"], .ag-popup-editor, .sheet-multi');
}

export function SheetGrid<R>(props: SheetGridProps<R>) {
  const { id, label, rows, columns, groups = [], writer, noun, handle } = props;
  const { t, locale } = useI18n();
  const statusReadOnly = useStatusValue((s) => s?.readOnly ?? false);
  const readOnly = !writer || statusReadOnly;
  const descId = useId();
  const apiRef = useRef<GridApi | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;

  // Selection and refusals live in refs: the cell class rules read them, and changing them
  // refreshes only the cells concerned instead of re-rendering the grid.
  const rangeRef = useRef<CellRange | null>(null);
  const colIndex = useRef(new Map<string, number>());
  const displayed = useRef<SheetColumn<R>[]>([]);
  const refused = useRef(new Map<string, string>());
  const dragging = useRef(false);
  const pendingFocus = useRef<{ rowId: string; colId?: string } | null>(null);

  const [selection, setSelection] = useState<{ rows: number; cols: number } | null>(null);
  const [counts, setCounts] = useState({ shown: rows.length, total: rows.length });
  const totalsRef = useRef<Record<string, number> | null>(null);
  /** The last value an editor stored itself (on Enter or Tab), so the grid's late request does not store it twice. */
  const lastCommit = useRef<{ key: string; value: unknown } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [ask, setAsk] = useState<{ extra: number; run(addRows: boolean): void } | null>(null);
  const [quick, setQuick] = useState('');
  const [hidden, toggleGroup] = useHiddenGroups(id, groups);

  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const sums = useMemo(() => columns.filter((c) => c.sum), [columns]);

  // ------------------------------------------------------------------------------------------
  // Positions

  const syncColumns = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const cols = api
      .getAllDisplayedColumns()
      .map((c) => byId.get(c.getColId()))
      .filter((c): c is SheetColumn<R> => !!c);
    displayed.current = cols;
    colIndex.current = new Map(cols.map((c, i) => [c.id, i]));
  }, [byId]);

  const sheet = useCallback((): Sheet<R> => {
    const api = apiRef.current!;
    return {
      rowCount: api.getDisplayedRowCount(),
      rowAt: (i) => api.getDisplayedRowAtIndex(i)?.data as R | undefined,
      columns: displayed.current,
    };
  }, []);

  const inRange = useCallback((p: CellClassParams) => {
    const r = rangeRef.current;
    if (!r || isSingle(r) || isPinned(p) || p.node.rowIndex === null) return false;
    const c = colIndex.current.get(p.column.getColId());
    return c !== undefined && contains(rectOf(r), p.node.rowIndex, c);
  }, []);

  const setRange = useCallback((next: CellRange | null) => {
    const api = apiRef.current;
    const before = rangeRef.current;
    rangeRef.current = next;
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
  }, []);

  const focusedPos = useCallback((): CellPos | null => {
    const f = apiRef.current?.getFocusedCell();
    if (!f || f.rowPinned || f.rowIndex === null) return null;
    const col = colIndex.current.get(f.column.getColId());
    return col === undefined ? null : { row: f.rowIndex, col };
  }, []);

  // ------------------------------------------------------------------------------------------
  // Storing

  const describeCell = useCallback(
    (p: CellProblem<R>): string => {
      const column = p.column?.header ?? '';
      if (p.row !== undefined) {
        const node = apiRef.current?.getRowNode(propsRef.current.rowId(p.row));
        const n = node?.rowIndex != null ? formatNumber(node.rowIndex + 1, locale) : '–';
        return t('grid.cell', { row: n, label: propsRef.current.rowLabel?.(p.row) ?? '', column });
      }
      if (p.newRow !== undefined) return t('grid.cellNew', { row: p.newRow + 1, column });
      return '';
    },
    [t, locale],
  );

  const showRefusals = useCallback(
    (problems: CellProblem<R>[], cells: number) => {
      const api = apiRef.current;
      const old = [...refused.current.keys()];
      refused.current = new Map();
      for (const p of problems) {
        if (p.row !== undefined && p.column) refused.current.set(cellKey(propsRef.current.rowId(p.row), p.column.id), p.message);
      }
      if (api && (old.length || refused.current.size)) api.refreshCells({ suppressFlash: true });
      if (problems.length === 0) return;
      const lines = problems.map((p) => {
        const where = describeCell(p);
        return where ? `${where}: ${p.message}` : p.message;
      });
      if (cells === 1 && problems.length === 1) {
        const where = describeCell(problems[0]);
        setMessage({ tone: 'error', text: where ? t('grid.refusedOne', { cell: where, message: problems[0].message }) : problems[0].message });
        return;
      }
      const shown = lines.slice(0, MAX_LINES);
      if (lines.length > MAX_LINES) shown.push(t('grid.refusedMore', { count: lines.length - MAX_LINES }));
      const text = problems.length === 1 ? t('grid.refusedSingle') : t('grid.refusedMany', { count: formatNumber(problems.length, locale) });
      setMessage({ tone: 'error', text, lines: shown });
    },
    [describeCell, t, locale],
  );

  /** Stores the edits as one step; `done` is the message for success. */
  const store = useCallback(
    async (edits: CellEdit<R>[], newRows: NewRow<R>[], done?: string) => {
      const w = propsRef.current.writer;
      if (!w || readOnlyRef.current) {
        setMessage({ tone: 'info', text: t('grid.readOnly') });
        return;
      }
      if (edits.length === 0 && newRows.length === 0) {
        if (done) setMessage({ tone: 'info', text: t('grid.nothing') });
        return;
      }
      const problems = await w.commit(edits, newRows);
      showRefusals(problems, edits.length + newRows.reduce((n, r) => n + r.length, 0));
      if (problems.length === 0) setMessage(done ? { tone: 'info', text: done } : null);
    },
    [showRefusals, t],
  );

  // ------------------------------------------------------------------------------------------
  // Keyboard, mouse and clipboard

  /** The selected block; a block the focus has left (the grid moved it) gives way to the focused cell. */
  const selectedRect = useCallback(() => {
    const at = focusedPos();
    let r = rangeRef.current;
    if (at && (!r || !contains(rectOf(r), at.row, at.col))) r = single(at);
    return r ? rectOf(r) : null;
  }, [focusedPos]);

  const fillDown = useCallback(() => {
    const rect = selectedRect();
    if (!rect) return;
    const edits = planFillDown(rect, sheet());
    void store(edits, [], t('grid.filled', { count: edits.length }));
  }, [selectedRect, sheet, store, t]);

  const clear = useCallback(() => {
    const rect = selectedRect();
    if (!rect) return;
    const edits = planClear(rect, sheet());
    void store(edits, [], edits.length > 1 ? t('grid.cleared', { count: edits.length }) : undefined);
  }, [selectedRect, sheet, store, t]);

  const extend = useCallback(
    (dir: Direction) => {
      const api = apiRef.current;
      const at = focusedPos();
      if (!api || !at) return;
      const r = rangeRef.current ?? single(at);
      const to = step(r.focus, dir, api.getDisplayedRowCount(), displayed.current.length);
      setRange(extendTo(r, to));
      api.ensureIndexVisible(to.row);
      const col = displayed.current[to.col];
      if (col) api.ensureColumnVisible(col.id);
    },
    [focusedPos, setRange],
  );

  function onKeyDownCapture(e: React.KeyboardEvent) {
    const api = apiRef.current;
    if (!api || inEditor(e.target) || api.getEditingCells().length > 0) return;
    if (!(e.target instanceof Element) || !e.target.closest('.ag-cell, .ag-row')) return;
    if (!focusedPos()) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.shiftKey && !ctrl && !e.altKey && ARROWS[e.key]) {
      handled();
      extend(ARROWS[e.key]);
    } else if (ctrl && !e.shiftKey && !e.altKey && key === 'd') {
      handled();
      fillDown();
    } else if (ctrl && !e.shiftKey && !e.altKey && key === 'a') {
      handled();
      const n = api.getDisplayedRowCount();
      if (n > 0) setRange({ anchor: { row: 0, col: 0 }, focus: { row: n - 1, col: displayed.current.length - 1 } });
    } else if (!ctrl && !e.altKey && e.key === 'Delete') {
      handled();
      clear();
    } else if (e.key === 'Escape' && rangeRef.current && !isSingle(rangeRef.current)) {
      const at = focusedPos();
      if (at) setRange(single(at));
    }
  }

  /** The displayed position of a body cell element (not a pinned row), from its DOM attributes. */
  function cellPos(target: EventTarget | null): CellPos | null {
    const cell = target instanceof Element ? target.closest('.ag-cell') : null;
    const rowEl = cell?.closest('.ag-row');
    if (!cell || !rowEl || rowEl.classList.contains('ag-row-pinned')) return null;
    const row = Number(rowEl.getAttribute('row-index'));
    const col = colIndex.current.get(cell.getAttribute('col-id') ?? '');
    return Number.isInteger(row) && col !== undefined ? { row, col } : null;
  }

  // The pointer sets the block at once, from the cell under it: shift+click extends the block
  // from its anchor, a click starts a new one (and a drag from there extends it). On
  // pointerdown, which comes before the grid moves the focus there.
  function onPointerDownCapture(e: React.PointerEvent) {
    const at = cellPos(e.target);
    if (!at || e.button !== 0) return;
    if (e.shiftKey && rangeRef.current) setRange(extendTo(rangeRef.current, at));
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

  function onCopy(e: React.ClipboardEvent) {
    if (!apiRef.current || inEditor(e.target) || apiRef.current.getEditingCells().length > 0) return;
    const rect = selectedRect();
    if (!rect) return;
    const cells = copyCells(rect, sheet());
    e.clipboardData.setData('text/plain', formatTsv(cells));
    e.preventDefault();
    if (cells.length * (cells[0]?.length ?? 0) > 1) setMessage({ tone: 'info', text: t('grid.copied', { rows: cells.length, cols: cells[0]?.length ?? 0 }) });
  }

  function onPaste(e: React.ClipboardEvent) {
    if (!apiRef.current || inEditor(e.target) || apiRef.current.getEditingCells().length > 0) return;
    const rect = selectedRect();
    if (!rect) return;
    e.preventDefault();
    const cells = parseTsv(e.clipboardData.getData('text/plain'));
    if (cells.length === 0) return;
    paste(cells, rect);
  }

  const paste = useCallback(
    (cells: string[][], rect: ReturnType<typeof rectOf>) => {
      const run = (addRows: boolean) => {
        setAsk(null);
        const plan = planPaste(cells, rect, sheet(), addRows);
        const count = plan.edits.length + plan.newRows.reduce((n, r) => n + r.length, 0);
        let done = plan.newRows.length ? t('grid.pastedRows', { count, rows: plan.newRows.length }) : t('grid.pasted', { count });
        if (plan.skipped) done += ` ${plan.skipped === 1 ? t('grid.skippedOne') : t('grid.skipped', { count: plan.skipped })}`;
        void store(plan.edits, plan.newRows, done);
      };
      const probe = planPaste(cells, rect, sheet(), false);
      if (probe.extraRows > 0 && propsRef.current.canAddRows && !readOnlyRef.current) setAsk({ extra: probe.extraRows, run });
      else run(false);
    },
    [sheet, store, t],
  );

  // ------------------------------------------------------------------------------------------
  // Grid events

  const applyPinned = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const out: unknown[] = [];
    if (totalsRef.current) out.push({ [PINNED_ID]: 'totals', [TOTALS]: totalsRef.current });
    const { bottomRows, columns: cols } = propsRef.current;
    bottomRows?.forEach((r, i) => out.push({ [PINNED_ID]: `bottom-${i}`, [TOTALS]: Object.fromEntries(cols.map((c) => [c.id, c.value(r)])) }));
    api.setGridOption('pinnedBottomRowData', out);
  }, []);


  const onGridReady = useCallback(
    (e: GridReadyEvent) => {
      apiRef.current = e.api;
      // Rows that changed before the grid was ready.
      if (latestRows.current !== appliedRows.current) {
        appliedRows.current = latestRows.current;
        e.api.setGridOption('rowData', latestRows.current as R[]);
      }
      syncColumns();
      applyPinned();
    },
    [syncColumns, applyPinned],
  );

  // The focus is followed from the DOM (focusin on the cell), not from ag-grid's cellFocused
  // event: that comes a task later, after a quick shift+click may already have happened.
  function onFocusIn(e: React.FocusEvent) {
    const api = apiRef.current;
    const at = cellPos(e.target);
    if (!api || !at) return;
    // The keyboard moved the focus (arrows, Tab, Enter): a new block, unless the focus is on
    // an end of the block the mouse has just made.
    const r = rangeRef.current;
    const onEnd = r && ((r.focus.row === at.row && r.focus.col === at.col) || (r.anchor.row === at.row && r.anchor.col === at.col));
    if (!onEnd) setRange(single(at));
    const row = api.getDisplayedRowAtIndex(at.row)?.data as R | undefined;
    propsRef.current.onFocusRow?.(row ? propsRef.current.rowId(row) : null);
  }

  function onCellMouseOver(e: CellMouseOverEvent) {
    if (!dragging.current || !rangeRef.current || e.node.rowPinned || e.rowIndex === null) return;
    if (!((e.event as MouseEvent | null)?.buttons ?? 0)) {
      dragging.current = false;
      return;
    }
    const col = colIndex.current.get(e.column.getColId());
    if (col === undefined) return;
    const r = rangeRef.current;
    if (r.focus.row !== e.rowIndex || r.focus.col !== col) setRange(extendTo(r, { row: e.rowIndex, col }));
  }

  /**
   * Stores one cell's edit. An edit the text editor stored itself (Enter, Tab) is remembered,
   * so that the grid's own request for the same edit, which comes a task later, is dropped.
   */
  function commitCell(row: R, col: SheetColumn<R>, value: unknown, fromEditor: boolean) {
    const key = cellKey(propsRef.current.rowId(row), col.id);
    const last = lastCommit.current;
    if (!fromEditor) {
      lastCommit.current = null;
      if (last?.key === key && sameValue(last.value, value)) return;
    }
    if (sameValue(col.value(row), value)) return;
    if (fromEditor) lastCommit.current = { key, value };
    void store([{ row, column: col, value }], []);
  }

  // ag-grid tells of an edit in a later task (its grid events are asynchronous); the text
  // editor stores on Enter and Tab at once, so that the value is on its way before the grid
  // moves on. Other ends of an edit (a click elsewhere, a list editor) come here.
  function onCellEditRequest(e: CellEditRequestEvent) {
    const col = byId.get(e.column.getColId());
    if (!col?.edit || !e.data) return;
    const value = col.edit.editor === 'text' ? col.edit.parse(String(e.newValue ?? '')) : e.newValue;
    commitCell(e.data as R, col, value, false);
  }

  const editorCommit = useRef((row: unknown, colId: string, text: string) => {
    const col = byId.get(colId);
    if (col?.edit && row) commitCell(row as R, col, col.edit.parse(text), true);
  });
  editorCommit.current = (row, colId, text) => {
    const col = byId.get(colId);
    if (col?.edit && row) commitCell(row as R, col, col.edit.parse(text), true);
  };

  // The totals follow every change of the rows shown (edits, filters) in the same task, set on
  // the grid directly rather than through a render of the page.
  const onModelUpdated = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const shown = api.getDisplayedRowCount();
    const total = propsRef.current.rows.length;
    setCounts((c) => (c.shown === shown && c.total === total ? c : { shown, total }));
    // Right after an edit the totals were already moved by the changed rows (see the rows
    // effect); summing 10 000 rows again would only repeat it.
    if (sums.length && totalsMoved.current) totalsMoved.current = false;
    else if (sums.length) {
      const out: Record<string, number> = {};
      for (const c of sums) out[c.id] = 0;
      const add = (row: R) => {
        for (const c of sums) {
          const v = c.value(row);
          if (typeof v === 'number' && Number.isFinite(v)) out[c.id] += v;
        }
      };
      // Unfiltered, the rows shown are the rows given: a plain loop over them is several times
      // faster than walking the grid's nodes, and runs after every edit.
      if (api.isAnyFilterPresent()) api.forEachNodeAfterFilter((node) => node.data && add(node.data as R));
      else for (const row of propsRef.current.rows) add(row);
      totalsRef.current = out;
      applyPinned();
    }
    if (propsRef.current.rowNumbers) api.refreshCells({ columns: [ROW_COL], suppressFlash: true });
  }, [sums, applyPinned]);

  /** The totals moved by changed rows (old values out, new in), unless a filter hides rows. */
  const totalsMoved = useRef(false);
  const moveTotals = useRef((_changed: [R, R][]) => {});
  moveTotals.current = (changed) => {
    const api = apiRef.current;
    const totals = totalsRef.current;
    if (!api || !totals || !sums.length || api.isAnyFilterPresent()) return;
    const out = { ...totals };
    for (const [before, after] of changed) {
      for (const c of sums) {
        const a = c.value(after);
        const b = c.value(before);
        if (typeof a === 'number' && Number.isFinite(a)) out[c.id] += a;
        if (typeof b === 'number' && Number.isFinite(b)) out[c.id] -= b;
      }
    }
    totalsRef.current = out;
    totalsMoved.current = true;
    applyPinned();
  };

  function onRowDataUpdated() {
    const want = pendingFocus.current;
    const api = apiRef.current;
    if (!want || !api) return;
    const node = api.getRowNode(want.rowId);
    if (!node || node.rowIndex === null) return;
    pendingFocus.current = null;
    focusNode(api, node.rowIndex, want.colId);
  }

  function focusNode(api: GridApi, rowIndex: number, colId?: string) {
    const col = colId ?? displayed.current.find((c) => c.edit)?.id ?? displayed.current[0]?.id;
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
    };
    requestAnimationFrame(attempt);
  }

  function collapse() {
    const at = focusedPos();
    setRange(at ? single(at) : null);
  }

  useImperativeHandle(
    handle,
    () => ({
      focusCell(rowId, colId) {
        const api = apiRef.current;
        const node = api?.getRowNode(rowId);
        if (api && node && node.rowIndex !== null) focusNode(api, node.rowIndex, colId);
        else pendingFocus.current = { rowId, colId };
      },
      selectedRowIds() {
        const rect = selectedRect();
        if (!rect || !apiRef.current) return [];
        const out: string[] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row = apiRef.current.getDisplayedRowAtIndex(r)?.data as R | undefined;
          if (row) out.push(propsRef.current.rowId(row));
        }
        return out;
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selectedRect],
  );

  // ------------------------------------------------------------------------------------------
  // Columns

  const colDefs = useMemo(
    () =>
      buildColDefs<R>({
        columns,
        groups,
        hidden,
        locale,
        t,
        rowNumbers: !!props.rowNumbers,
        filters: props.filters !== false,
        inRange,
        editable: (col, row) => !readOnlyRef.current && isEditable(col, row),
        refusal: (row, col) => refused.current.get(cellKey(propsRef.current.rowId(row), col.id)),
        totalsLabel: () => propsRef.current.totalsLabel ?? t('grid.totals'),
        commitNow: (row, colId, text) => editorCommit.current(row, colId, text),
      }),
    [columns, groups, hidden, locale, t, inRange, props.filters, props.rowNumbers],
  );

  const localeText = useMemo(() => agLocaleText(t), [t]);

  useEffect(applyPinned, [applyPinned, props.bottomRows, columns]);
  const pinnedCount = (sums.length ? 1 : 0) + (props.bottomRows?.length ?? 0);
  const getRowId = useCallback((p: { data: unknown }) => {
    const pinnedId = (p.data as Record<string, unknown>)[PINNED_ID];
    return typeof pinnedId === 'string' ? `${PINNED_ID}${pinnedId}` : propsRef.current.rowId(p.data as R);
  }, []);

  useEffect(() => {
    syncColumns();
  }, [syncColumns, colDefs]);

  // The rows reach the grid as changes: after an edit in a 10 000-row plan only the changed rows
  // (new objects; unchanged rows keep theirs) go in as a transaction, instead of the grid
  // comparing every row. Rows added, deleted or moved give the grid the whole list.
  const [firstRows] = useState(rows);
  const latestRows = useRef(rows);
  latestRows.current = rows;
  const appliedRows = useRef(rows);
  // A layout effect: the grid takes the changed rows before the browser paints, not a frame later.
  useLayoutEffect(() => {
    const api = apiRef.current;
    const prev = appliedRows.current;
    if (!api || prev === rows) return;
    appliedRows.current = rows;
    const rowId = propsRef.current.rowId;
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
      moveTotals.current(changed);
    }
  }, [rows]);

  // Event handlers read the latest render through this ref, so the grid element below only
  // changes with its data, columns or filter: a render of the page for another reason (focus,
  // messages) leaves ag-grid alone.
  const on = useRef({ onCellMouseOver, onCellEditRequest, onRowDataUpdated, collapse });
  on.current = { onCellMouseOver, onCellEditRequest, onRowDataUpdated, collapse };
  const gridElement = useMemo(
    () => (
      <AgGridReact
        theme={gridTheme}
        columnDefs={colDefs}
        rowData={firstRows as R[]}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={(e) => on.current.onCellEditRequest(e)}
        quickFilterText={quick}
        localeText={localeText}
        onGridReady={onGridReady}
        onCellMouseOver={(e) => on.current.onCellMouseOver(e)}
        onModelUpdated={onModelUpdated}
        onRowDataUpdated={() => on.current.onRowDataUpdated()}
        onSortChanged={() => on.current.collapse()}
        onFilterChanged={() => on.current.collapse()}
        onDisplayedColumnsChanged={syncColumns}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={250}
        animateRows={false}
        suppressAnimationFrame
        // Rows are virtualised; columns are not: a row's cells are all in the DOM, so a screen
        // reader reads whole rows, and sideways scrolling never waits for cells to render.
        suppressColumnVirtualisation
        suppressDragLeaveHidesColumns
        getRowClass={rowClass}
      />
    ),
    [colDefs, firstRows, getRowId, quick, localeText, onGridReady, onModelUpdated, syncColumns],
  );

  const hideable = groups.filter((g) => g.hideable);
  // As tall as header, rows, pinned rows and the sideways scroll bar: small grids show all.
  const fitHeight = (groups.length ? 2 : 1) * HEADER_PX + (rows.length + pinnedCount) * ROW_PX + 20;
  const countText =
    counts.shown === counts.total
      ? t('grid.countAll', { total: formatNumber(counts.total, locale), noun })
      : t('grid.count', { shown: formatNumber(counts.shown, locale), total: formatNumber(counts.total, locale), noun });

  return (
    <div className={props.className ? `sheet ${props.className}` : 'sheet'}>
      {(props.toolbar || props.quickFilter || hideable.length > 0) && (
        <div className="sheet-toolbar">
          {props.toolbar}
          <span className="sheet-toolbar__gap" />
          {props.quickFilter && <QuickFilter value={quick} onChange={setQuick} />}
          {hideable.length > 0 && <ColumnPicker groups={hideable} hidden={hidden} onToggle={toggleGroup} />}
        </div>
      )}
      {message?.tone === 'error' && <RefusalMessage text={message.text} lines={message.lines} onDismiss={() => setMessage(null)} />}
      <div
        className="sheet-grid"
        style={props.autoHeight ? { height: fitHeight, flex: 'none' } : undefined}
        role="region"
        aria-label={label}
        aria-describedby={descId}
        onKeyDownCapture={onKeyDownCapture}
        onPointerDownCapture={onPointerDownCapture}
        onMouseDownCapture={onMouseDownCapture}
        onFocus={onFocusIn}
        onCopy={onCopy}
        onPaste={onPaste}
      >
        {gridElement}
      </div>
      <p id={descId} className="sheet-status">
        <span>{countText}</span>
        {selection && <span>{t('grid.selection', { rows: formatNumber(selection.rows, locale), cols: selection.cols })}</span>}
        {message?.tone === 'info' && <span aria-live="polite">{message.text}</span>}
        {props.keysHint !== false && <span className="sheet-status__keys">{t('grid.keys')}</span>}
      </p>
      {ask && (
        <ConfirmDialog
          title={t('grid.extraTitle')}
          onClose={() => setAsk(null)}
          choices={[
            { label: t('grid.cancel'), onChoose: () => setAsk(null), safe: true },
            { label: t('grid.extraSkip'), onChoose: () => ask.run(false) },
            { label: t('grid.extraAdd', { count: ask.extra }), onChoose: () => ask.run(true), primary: true },
          ]}
        >
          <p>{t('grid.extraBody', { count: ask.extra })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
