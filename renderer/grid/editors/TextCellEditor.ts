// The editor of text, number, money, per cent and year cells: a text box that starts from the
// exact stored value in the plan's unit (never the rounded display), from the key that started
// the edit (typing replaces, as in a spreadsheet), or from what the user typed last time when
// that was refused (so it can be corrected instead of retyped). It hands the grid the text; the
// column's parse turns it into a value. Enter, Tab and Escape are the grid's (useSheetKeys).
// A plain ag-grid editor, not a React one: it is in the page in the same task as the key that
// opened it, so nothing a fast typist types next is lost.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { ColumnEdit } from '../columns';

export interface TextEditorParams {
  edit: ColumnEdit<unknown>;
  label: string;
  numeric?: boolean;
  /** The refused text of this cell, if its last entry was refused. */
  refusedText?(row: unknown): string | undefined;
}

/** What the grid asks of its own editors when Enter or Tab ends an edit. */
export interface SheetEditor {
  /** The text typed, or the value chosen; null when nothing changed. */
  outcome(): { text: string } | { value: unknown } | null;
}

export class TextCellEditor implements ICellEditorComp, SheetEditor {
  private input!: HTMLInputElement;
  private started = '';

  init(params: ICellEditorParams & TextEditorParams): void {
    const { eventKey, edit, label, numeric, data, refusedText } = params;
    const typed = eventKey !== null && eventKey.length === 1;
    const emptied = eventKey === 'Backspace' || eventKey === 'Delete';
    const input = document.createElement('input');
    input.className = numeric ? 'sheet-editor sheet-editor--numeric' : 'sheet-editor';
    input.setAttribute('aria-label', label);
    input.autocomplete = 'off';
    input.spellcheck = !numeric;
    input.inputMode = numeric ? 'decimal' : 'text';
    this.started = edit.text(params.value);
    input.value = typed ? eventKey : emptied ? '' : (refusedText?.(data) ?? this.started);
    this.input = input;
  }

  getGui(): HTMLElement {
    return this.input;
  }

  afterGuiAttached(): void {
    this.input.focus();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }

  getValue(): unknown {
    return this.input.value;
  }

  outcome(): { text: string } | null {
    return this.input.value === this.started ? null : { text: this.input.value };
  }

  /** Unchanged text is no edit. */
  isCancelAfterEnd(): boolean {
    return this.input.value === this.started;
  }
}
