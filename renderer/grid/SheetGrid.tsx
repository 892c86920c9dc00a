// A grid that behaves like a spreadsheet, on ag-grid's Community API, reused by every grid of
// the app: the views only describe their columns and their writer. The parts live in hooks:
// the selected block (useCellRange), the keyboard (useSheetKeys), copy and paste
// (useClipboard), refusals and notes (useRefusals), the pinned totals (useTotals), the rows
// handed to the grid (useGridRows), and the one call that stores (useSheetStore). Column
// groups can be shown and hidden (the choice is remembered).
import { type ReactNode, type Ref, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, GridApi, GridReadyEvent } from 'ag-grid-community';
import { formatNumber } from '../../shared/format/number';
import { ConfirmDialog } from '../document/dialogs/ConfirmDialog';
import { useStatusValue } from '../document/document-store';
import { useI18n } from '../i18n/I18nProvider';
import { isEditable, sameValue, type ColumnGroup, type SheetColumn } from './columns';
import { agLocaleText, buildColDefs } from './col-defs';
import { planClear, planFillDown } from './edits';
import { registerGridModules } from './modules';
import { single } from './selection';
import { ColumnPicker, QuickFilter, SheetMessage } from './SheetParts';
import { gridTheme } from './theme';
import { useCellRange } from './useCellRange';
import { useClipboard } from './useClipboard';
import { useGridRows } from './useGridRows';
import { useHiddenGroups } from './useHiddenGroups';
import { useRefusals } from './useRefusals';
import { useSheetKeys } from './useSheetKeys';
import { useSheetStore } from './useSheetStore';
import { PINNED_ID, useTotals } from './useTotals';
import type { SheetWriter } from './writer';
import './grid.css';

registerGridModules();

export interface SheetGridHandle {
  /** Focuses a row's cell (the first editable column when none is named), now or once the row arrives. */
  focusCell(rowId: string, colId?: string): void;
  /** The ids of the rows the selected block covers (at least the focused row). */
  selectedRowIds(): string[];
  /** Says something in the grid's status line (what a view did to its rows). */
  say(text: string): void;
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
  /** Adds a row and focuses its cell in `colId` (Enter twice on the last row). */
  onAddRow?(colId: string): void;
  /** A pasted block whose columns do not fit: the view offers a column mapping instead. */
  onMisfitPaste?(tsv: string): void;
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

/** Heights of the theme (theme.ts), for grids as tall as their rows. */
const HEADER_PX = 32;
const ROW_PX = 30;

const rowClass = (p: { node: { rowPinned?: unknown } }) => (p.node.rowPinned ? 'sheet-row--totals' : undefined);

export function SheetGrid<R>(props: SheetGridProps<R>) {
  const { id, label, rows, columns, groups = [], writer, noun, handle } = props;
  const { t, locale } = useI18n();
  const statusReadOnly = useStatusValue((s) => s?.readOnly ?? false);
  const readOnly = !writer || statusReadOnly;
  const descId = useId();
  const apiRef = useRef<GridApi | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;
  const [quick, setQuick] = useState('');
  const [hidden, toggleGroup] = useHiddenGroups(id, groups);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);

  const cells = useCellRange<R>(apiRef, byId);
  const refusals = useRefusals<R>({ apiRef, rowId: (r) => propsRef.current.rowId(r), rowLabel: (r) => propsRef.current.rowLabel?.(r) ?? '', t, locale });
  const say = refusals.setMessage;
  const totals = useTotals<R>({
    apiRef,
    columns,
    rows: () => propsRef.current.rows,
    bottomRows: () => propsRef.current.bottomRows,
    rowNumbers: !!props.rowNumbers,
  });
  const gridRows = useGridRows<R>({
    apiRef,
    rows,
    rowId: (r) => propsRef.current.rowId(r),
    displayed: cells.displayed,
    wrapper,
    changedInPlace: totals.moveBy,
  });
  const store = useSheetStore<R>({
    writer: () => propsRef.current.writer,
    readOnly: () => readOnlyRef.current,
    rowId: (r) => propsRef.current.rowId(r),
    refusals,
    say,
    t,
    locale,
  });

  /** One cell's edit, from an editor: what was typed (parsed by the column) or chosen. */
  const commitCell = useCallback(
    (row: R, col: SheetColumn<R>, outcome: { text: string } | { value: unknown }) => {
      if (!col.edit) return;
      const value = 'text' in outcome ? col.edit.parse(outcome.text) : outcome.value;
      if (sameValue(col.value(row), value)) {
        refusals.forget(propsRef.current.rowId(row), col.id);
        return;
      }
      void store([{ row, column: col, value }], [], 'text' in outcome ? { typed: { row, col, text: outcome.text } } : {});
    },
    [store, refusals],
  );

  const fillDown = () => {
    const rect = cells.selectedRect();
    if (!rect) return;
    const edits = planFillDown(rect, cells.sheet());
    void store(edits, [], { done: t('grid.filled', { count: edits.length }) });
  };

  const clear = () => {
    const rect = cells.selectedRect();
    if (!rect) return;
    const edits = planClear(rect, cells.sheet());
    void store(edits, [], edits.length > 1 ? { done: t('grid.cleared', { count: edits.length }) } : {});
  };

  const keys = useSheetKeys<R>({
    apiRef,
    wrapper,
    cells,
    commit: commitCell,
    fillDown,
    clear,
    selectAll: () => {
      const n = apiRef.current?.getDisplayedRowCount() ?? 0;
      if (n > 0) cells.setRange({ anchor: { row: 0, col: 0 }, focus: { row: n - 1, col: cells.displayed.current.length - 1 } });
    },
    forget: (row, col) => refusals.forget(propsRef.current.rowId(row), col.id),
    say,
    t,
    addRow: props.onAddRow && !readOnly ? (colId) => propsRef.current.onAddRow?.(colId) : undefined,
  });

  const clipboard = useClipboard<R>({
    apiRef,
    cells,
    store: (edits, newRows, done) => void store(edits, newRows, { done }),
    say,
    t,
    canAddRows: () => !!propsRef.current.canAddRows && !readOnlyRef.current,
    onMisfit: props.onMisfitPaste && !readOnly ? (tsv) => propsRef.current.onMisfitPaste?.(tsv) : undefined,
  });

  // ------------------------------------------------------------------------------------------
  // Grid events

  const onGridReady = useCallback(
    (e: GridReadyEvent) => {
      apiRef.current = e.api;
      gridRows.onReady(e);
      cells.syncColumns();
      totals.applyPinned();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cells.syncColumns, totals.applyPinned],
  );

  // The focus is followed from the DOM (focusin on the cell), not from ag-grid's cellFocused
  // event: that comes a task later, after a quick shift+click may already have happened.
  function onFocusIn(e: React.FocusEvent) {
    const api = apiRef.current;
    const at = cells.cellPos(e.target);
    if (!api || !at) return;
    cells.focusMoved(at);
    keys.focused(at);
    const row = api.getDisplayedRowAtIndex(at.row)?.data as R | undefined;
    propsRef.current.onFocusRow?.(row ? propsRef.current.rowId(row) : null);
  }

  // An edit ended by the grid itself (a click elsewhere, a click in a list): Enter and Tab are
  // stored by useSheetKeys before the grid hears of them.
  function onCellEditRequest(e: CellEditRequestEvent) {
    const col = byId.get(e.column.getColId());
    if (!col?.edit || !e.data) return;
    commitCell(e.data as R, col, col.edit.editor === 'text' ? { text: String(e.newValue ?? '') } : { value: e.newValue });
  }

  function collapse() {
    const at = cells.focusedPos();
    cells.setRange(at ? single(at) : null);
  }

  useImperativeHandle(
    handle,
    () => ({
      focusCell: gridRows.focusCell,
      say: (text) => say({ tone: 'info', text }),
      selectedRowIds() {
        const rect = cells.selectedRect();
        const api = apiRef.current;
        if (!rect || !api) return [];
        const out: string[] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row = api.getDisplayedRowAtIndex(r)?.data as R | undefined;
          if (row) out.push(propsRef.current.rowId(row));
        }
        return out;
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cells.selectedRect],
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
        inRange: cells.inRange,
        editable: (col, row) => !readOnlyRef.current && isEditable(col, row),
        refusal: refusals.refusal,
        totalsLabel: () => propsRef.current.totalsLabel ?? t('grid.totals'),
      }),
    [columns, groups, hidden, locale, t, cells.inRange, refusals.refusal, props.filters, props.rowNumbers],
  );

  const localeText = useMemo(() => agLocaleText(t), [t]);

  useEffect(totals.applyPinned, [totals.applyPinned, props.bottomRows, columns]);
  const getRowId = useCallback((p: { data: unknown }) => {
    const pinnedId = (p.data as Record<string, unknown>)[PINNED_ID];
    return typeof pinnedId === 'string' ? `${PINNED_ID}${pinnedId}` : propsRef.current.rowId(p.data as R);
  }, []);

  const { syncColumns } = cells;
  useEffect(() => {
    syncColumns();
  }, [syncColumns, colDefs]);

  // Event handlers read the latest render through this ref, so the grid element below only
  // changes with its data, columns or filter: a render of the page for another reason (focus,
  // messages) leaves ag-grid alone.
  const on = useRef({ onCellEditRequest, collapse, cells, gridRows, keys });
  on.current = { onCellEditRequest, collapse, cells, gridRows, keys };
  const gridElement = useMemo(
    () => (
      <AgGridReact
        theme={gridTheme}
        columnDefs={colDefs}
        rowData={gridRows.firstRows as R[]}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={(e) => on.current.onCellEditRequest(e)}
        quickFilterText={quick}
        localeText={localeText}
        onGridReady={onGridReady}
        onCellMouseOver={(e) => on.current.cells.onCellMouseOver(e)}
        onModelUpdated={totals.onModelUpdated}
        onRowDataUpdated={() => on.current.gridRows.onRowDataUpdated()}
        onSortChanged={() => on.current.collapse()}
        onFilterChanged={() => on.current.collapse()}
        onDisplayedColumnsChanged={() => on.current.cells.syncColumns()}
        focusGridInnerElement={(p) => on.current.keys.focusInside(p.fromBottom)}
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [colDefs, getRowId, quick, localeText, onGridReady, totals.onModelUpdated],
  );

  const hideable = groups.filter((g) => g.hideable);
  // As tall as header, rows, pinned rows and the sideways scroll bar: small grids show all.
  const fitHeight = (groups.length ? 2 : 1) * HEADER_PX + (rows.length + totals.pinnedCount) * ROW_PX + 20;
  const { counts } = totals;
  const countText =
    counts.shown === counts.total
      ? t('grid.countAll', { total: formatNumber(counts.total, locale), noun })
      : t('grid.count', { shown: formatNumber(counts.shown, locale), total: formatNumber(counts.total, locale), noun });
  const message = refusals.message;
  const correct = message?.correct;

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
      {message && message.tone !== 'info' && (
        <SheetMessage
          message={message}
          onDismiss={refusals.dismiss}
          onCorrect={
            correct
              ? () => {
                  const node = apiRef.current?.getRowNode(correct.rowId);
                  if (node?.rowIndex == null) return;
                  apiRef.current?.setFocusedCell(node.rowIndex, correct.colId);
                  apiRef.current?.startEditingCell({ rowIndex: node.rowIndex, colKey: correct.colId });
                }
              : undefined
          }
        />
      )}
      <div
        ref={wrapper}
        className="sheet-grid"
        style={props.autoHeight ? { height: fitHeight, flex: 'none' } : undefined}
        role="region"
        aria-label={label}
        aria-describedby={descId}
        onKeyDownCapture={keys.onKeyDownCapture}
        onPointerDownCapture={(e) => {
          keys.pointed();
          cells.onPointerDownCapture(e);
        }}
        onMouseDownCapture={cells.onMouseDownCapture}
        onFocus={onFocusIn}
        onCopy={clipboard.onCopy}
        onPaste={clipboard.onPaste}
      >
        {gridElement}
      </div>
      <p id={descId} className="sheet-status">
        <span>{countText}</span>
        {cells.selection && <span>{t('grid.selection', { rows: formatNumber(cells.selection.rows, locale), cols: cells.selection.cols })}</span>}
        <span aria-live="polite">{message?.tone === 'info' ? message.text : ''}</span>
        {props.keysHint !== false && <span className="sheet-status__keys">{t('grid.keys')}</span>}
      </p>
      {clipboard.ask && (
        <ConfirmDialog
          title={t('grid.extraTitle')}
          onClose={clipboard.cancelAsk}
          choices={[
            { label: t('grid.cancel'), onChoose: clipboard.cancelAsk, safe: true },
            { label: t('grid.extraSkip'), onChoose: () => clipboard.ask?.run(false) },
            { label: t('grid.extraAdd', { count: clipboard.ask.extra }), onChoose: () => clipboard.ask?.run(true), primary: true },
          ]}
        >
          <p>{t('grid.extraBody', { count: clipboard.ask.extra })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
