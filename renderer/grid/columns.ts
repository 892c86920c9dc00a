// What a grid column is, apart from ag-grid: how a cell's value is read, shown, copied, typed,
// pasted and written back through the API. The views describe their columns with these; the
// grid turns them into ag-grid column definitions (colDefs.ts). Pure: no grid, no DOM.

export interface Option {
  value: string;
  label: string;
  /** Other texts a pasted cell may hold for this option (the English label, a number). */
  aliases?: readonly string[];
}

/**
 * Typed or pasted text that is no value of its column: a word in a number column, a name that
 * is none of a list's choices. The grid refuses it at the cell in the user's own words, without
 * asking Node.
 */
export class Unreadable {
  constructor(
    readonly text: string,
    readonly expected: { kind: 'option'; options: readonly string[] } | { kind: 'number'; example: string },
  ) {}
}

export const isUnreadable = (v: unknown): v is Unreadable => v instanceof Unreadable;

export interface ColumnEdit<R> {
  /** Which editor a cell gets: a text box, a list, or a list of check boxes. */
  editor: 'text' | 'select' | 'multi';
  /** The exact text an edit starts from: never rounded, so Enter without a change stores nothing. */
  text(value: unknown): string;
  /**
   * Typed or pasted text → the value to store, or an Unreadable when the text is no value of
   * the column. A value out of range is Node's to refuse, with the field's own sentence.
   */
  parse(text: string): unknown;
  /** An amount typed in another unit than the column's (`12 000 kr` in tkr): what it became. */
  converted?(text: string): { from: string; to: string } | undefined;
  /** What Delete leaves in the cell; undefined when the field cannot be emptied (a status). */
  cleared?: unknown;
  /** Puts `value` into the changes a row's API call carries (`row` is undefined for a new row). */
  write(changes: Record<string, unknown>, value: unknown, row: R | undefined): void;
  /** The API field paths the column writes, so that a refusal finds its cell again. */
  paths: readonly string[];
  /** The choices of a list editor. */
  options?(row: R | undefined): readonly Option[];
  /** New free-text choices allowed in a multi editor (tags). */
  free?: boolean;
  /** Whether this row's cell can be edited (default: yes). */
  editable?(row: R): boolean;
}

export interface SheetColumn<R> {
  id: string;
  header: string;
  /** Longer explanation in the header's tooltip (units, what is computed). */
  headerTooltip?: string;
  /** The column group it belongs to (shown or hidden together). */
  group?: string;
  width?: number;
  /** Stays at the left when scrolling sideways. */
  pinned?: boolean;
  /** Right-aligned, number filter, sums. */
  numeric?: boolean;
  value(row: R): unknown;
  /** The text a cell shows. */
  format(value: unknown): string;
  /** The text a copied cell puts on the clipboard (default: the edit text, else `format`). */
  copy?(value: unknown): string;
  /** Summed in the pinned totals row. */
  sum?: boolean;
  /** Read-only when absent (computed columns). */
  edit?: ColumnEdit<R>;
  /** Extra classes for one row's cell (an override shown distinctly). */
  cellClass?(row: R): string | undefined;
  /** A tooltip for one row's cell. */
  tooltip?(row: R): string | undefined;
  /**
   * A likely typo in a value that is about to be stored (an effect year before the start year,
   * an amount a thousand times the column's usual): said, never refused. `row` is undefined for
   * a new row.
   */
  warn?(value: unknown, row: R | undefined): string | undefined;
}

export interface ColumnGroup {
  id: string;
  header: string;
  /** Whether the user may hide it (the columns that name a row stay). */
  hideable: boolean;
  /** Hidden until the user shows it. */
  hiddenByDefault?: boolean;
}

/** The text a cell puts on the clipboard. */
export function copyText<R>(col: SheetColumn<R>, value: unknown): string {
  if (col.copy) return col.copy(value);
  if (col.edit && col.edit.editor === 'text') return col.edit.text(value);
  return col.format(value);
}

export const isEditable = <R>(col: SheetColumn<R>, row: R): boolean => !!col.edit && (col.edit.editable?.(row) ?? true);

/** Same stored value (numbers, texts, lists): an edit to the same value stores nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return false;
}
