// The ag-grid column definitions of a sheet: each SheetColumn's value, display, editor,
// filter, sort and cell classes (selected block, refused cell, computed, override), grouped in
// column groups that can be hidden, and the texts ag-grid shows itself.
import type { CellClassParams, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { formatNumber, type Locale } from '../../shared/format/number';
import { parseNumber } from '../../shared/format/parse';
import type { MessageKey } from '../i18n/sv';
import type { Translate } from '../i18n/translate';
import type { ColumnGroup, SheetColumn } from './columns';
import { MultiCellEditor } from './editors/MultiCellEditor';
import { SelectCellEditor } from './editors/SelectCellEditor';
import { TextCellEditor } from './editors/TextCellEditor';
import type { Refusal } from './useRefusals';

/** Where a pinned row keeps its values (totals, a funding gap), by column id. */
export const TOTALS = '__totals';
/** The row-number column. */
export const ROW_COL = '__row';

export const isPinned = (p: { node?: { rowPinned?: unknown } | null }) => !!p.node?.rowPinned;

export interface ColDefContext<R> {
  columns: readonly SheetColumn<R>[];
  groups: readonly ColumnGroup[];
  hidden: ReadonlySet<string>;
  locale: Locale;
  t: Translate;
  rowNumbers: boolean;
  filters: boolean;
  /** Whether a cell is in the selected block (read on each refresh). */
  inRange(p: CellClassParams): boolean;
  editable(col: SheetColumn<R>, row: R): boolean;
  /** Why a cell's last value was refused, and what was typed, if it was. */
  refusal(row: R, col: SheetColumn<R>): Refusal | undefined;
  totalsLabel(): string;
}

export function buildColDefs<R>(ctx: ColDefContext<R>): (ColDef | ColGroupDef)[] {
  const { columns, groups, hidden, locale, t, rowNumbers, filters, inRange, editable, refusal, totalsLabel } = ctx;
  const defs: (ColDef | ColGroupDef)[] = [];
  if (rowNumbers) {
    defs.push({
      colId: ROW_COL,
      headerName: '#',
      width: 58,
      pinned: 'left',
      lockPinned: true,
      suppressMovable: true,
      sortable: false,
      filter: false,
      resizable: false,
      suppressNavigable: true,
      cellClass: 'sheet-cell--rownum',
      valueGetter: (p: ValueGetterParams) => (p.node?.rowPinned || p.node?.rowIndex == null ? '' : p.node.rowIndex + 1),
      valueFormatter: (p: ValueFormatterParams) => (typeof p.value === 'number' ? formatNumber(p.value, locale) : ''),
    });
  }
  const firstLabel = columns.find((c) => !c.numeric)?.id;
  const toDef = (col: SheetColumn<R>): ColDef => {
    const edit = col.edit;
    const def: ColDef = {
      colId: col.id,
      headerName: col.header,
      headerTooltip: col.headerTooltip ?? col.header,
      width: col.width ?? (col.numeric ? 120 : 160),
      pinned: col.pinned ? 'left' : undefined,
      sortable: true,
      resizable: true,
      hide: !!col.group && hidden.has(col.group),
      valueGetter: (p: ValueGetterParams) =>
        p.node?.rowPinned ? (p.data as Record<string, Record<string, unknown>>)[TOTALS]?.[col.id] : col.value(p.data as R),
      valueFormatter: (p: ValueFormatterParams) => (isPinned(p) && typeof p.value === 'string' ? p.value : col.format(p.value)),
      getQuickFilterText: (p) => col.format(p.value),
      editable: (p) => !p.node.rowPinned && editable(col, p.data as R),
      cellClass: (p: CellClassParams) => {
        const out = [col.numeric ? 'sheet-cell--num' : 'sheet-cell--text'];
        if (!edit) out.push('sheet-cell--computed');
        if (isPinned(p)) return out;
        const extra = col.cellClass?.(p.data as R);
        if (extra) out.push(extra);
        return out;
      },
      cellClassRules: {
        'sheet-cell--selected': inRange,
        'sheet-cell--refused': (p: CellClassParams) => !isPinned(p) && !!p.data && refusal(p.data as R, col) !== undefined,
      },
      tooltipValueGetter: (p: ITooltipParams) => {
        if (!p.data || isPinned(p)) return undefined;
        const refused = refusal(p.data as R, col);
        if (refused) return refused.typed !== undefined ? t('grid.refusedTip', { typed: refused.typed, message: refused.message }) : refused.message;
        return col.tooltip?.(p.data as R);
      },
    };
    if (!filters) {
      def.filter = false;
      def.sortable = false;
    } else if (col.numeric) {
      def.filter = 'agNumberColumnFilter';
      def.filterParams = {
        numberParser: (text: string | null) => {
          if (text === null) return null;
          const v = edit ? edit.parse(text) : parseNumber(text, locale);
          return typeof v === 'number' ? v : null;
        },
        numberFormatter: (v: number | null) => (v === null ? null : (edit?.text(v) ?? formatNumber(v, locale, 6))),
        allowedCharPattern: '[\\d\\s,.\\-−%a-zA-Z]',
      };
      def.comparator = (a: unknown, b: unknown) => (typeof a === 'number' ? a : -Infinity) - (typeof b === 'number' ? b : -Infinity);
    } else {
      def.filter = 'agTextColumnFilter';
      def.filterValueGetter = (p) => col.format(col.value(p.data as R));
      def.comparator = (a: unknown, b: unknown) => col.format(a).localeCompare(col.format(b), locale === 'sv' ? 'sv' : 'en');
    }
    if (edit?.editor === 'text') {
      def.cellEditor = TextCellEditor;
      def.cellEditorParams = {
        edit,
        label: col.header,
        numeric: col.numeric,
        refusedText: (row: unknown) => refusal(row as R, col)?.typed,
      };
    } else if (edit?.editor === 'select') {
      def.cellEditor = SelectCellEditor;
      def.cellEditorPopup = true;
      def.cellEditorParams = (p: { data: R }) => ({ options: edit.options?.(p.data) ?? [], label: col.header });
    } else if (edit?.editor === 'multi') {
      def.cellEditor = MultiCellEditor;
      def.cellEditorPopup = true;
      def.cellEditorParams = (p: { data: R }) => ({
        options: edit.options?.(p.data) ?? [],
        free: edit.free,
        label: col.header,
        newLabel: t('grid.newChoice'),
      });
    }
    if (col.id === firstLabel) {
      const base = def.valueGetter as (p: ValueGetterParams) => unknown;
      def.valueGetter = (p: ValueGetterParams) =>
        p.node?.rowPinned && (p.data as Record<string, unknown>)[TOTALS] && !(p.data as Record<string, Record<string, unknown>>)[TOTALS][col.id]
          ? totalsLabel()
          : base(p);
    }
    return def;
  };
  const seen = new Map<string, ColGroupDef>();
  for (const col of columns) {
    const group = col.group ? groups.find((g) => g.id === col.group) : undefined;
    if (!group) {
      defs.push(toDef(col));
      continue;
    }
    let g = seen.get(group.id);
    if (!g) {
      g = { groupId: `group-${group.id}`, headerName: group.header, marryChildren: true, children: [], headerClass: 'sheet-group' };
      seen.set(group.id, g);
      defs.push(g);
    }
    g.children.push(toDef(col));
  }
  return defs;
}

const AG_TEXTS = [
  'noRowsToShow',
  'loadingOoo',
  'filterOoo',
  'equals',
  'notEqual',
  'blank',
  'notBlank',
  'empty',
  'lessThan',
  'greaterThan',
  'lessThanOrEqual',
  'greaterThanOrEqual',
  'inRange',
  'inRangeStart',
  'inRangeEnd',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'andCondition',
  'orCondition',
  'applyFilter',
  'resetFilter',
  'clearFilter',
  'cancelFilter',
  'filterConditions',
  'ariaFilterInput',
  'ariaFilterValue',
  'ariaFilteringOperator',
  'ariaColumn',
  'ariaColumnGroup',
  'ariaRowSelect',
  'ariaSearch',
  'ariaMenuColumn',
  'ariaFilterMenuOpen',
  'ariaSortableColumn',
  'ariaLabelCellEditor',
  'ariaLabelSelectField',
  'ariaLabelTooltip',
  'ariaToggleVisibility',
  'ariaHidden',
  'ariaVisible',
  'ariaChecked',
  'ariaUnchecked',
  'ariaRowCount',
] as const;

/** ag-grid's own texts (filter menus, screen-reader labels) in the interface's language. */
export function agLocaleText(t: Translate): Record<string, string> {
  return Object.fromEntries(AG_TEXTS.map((k) => [k, t(`grid.ag.${k}` as MessageKey)]));
}
