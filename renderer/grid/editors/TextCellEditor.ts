// The editor of text, number, money, per cent and year cells: a text box that starts from the
// exact stored value in the plan's unit (never the rounded display), or from the key that
// started the edit. It hands the grid the text; the column's parse turns it into a value.
// A plain ag-grid editor, not a React one: it is in the page in the same task as the key that
// opened it, so nothing a fast typist types next is lost.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { ColumnEdit } from '../columns';

export interface TextEditorParams {
  edit: ColumnEdit<unknown>;
  label: string;
  numeric?: boolean;
  /** Stores the text at once (Enter, Tab), before the grid closes the editor and moves on. */
  commitNow?(row: unknown, text: string): void;
}

export class TextCellEditor implements ICellEditorComp {
  private input!: HTMLInputElement;
  private started = '';
  private onKey: (e: KeyboardEvent) => void = () => undefined;

  init(params: ICellEditorParams & TextEditorParams): void {
    const { eventKey, edit, label, numeric, commitNow, data } = params;
    const typed = eventKey !== null && eventKey.length === 1;
    const emptied = eventKey === 'Backspace' || eventKey === 'Delete';
    const input = document.createElement('input');
    input.className = numeric ? 'sheet-editor sheet-editor--numeric' : 'sheet-editor';
    input.setAttribute('aria-label', label);
    input.autocomplete = 'off';
    input.spellcheck = !numeric;
    input.inputMode = numeric ? 'decimal' : 'text';
    input.value = typed ? eventKey : emptied ? '' : edit.text(params.value);
    this.started = edit.text(params.value);
    // On the input itself, this runs before the grid's listener on the cell (the key bubbles).
    this.onKey = (e: KeyboardEvent) => {
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.altKey && !e.ctrlKey && !e.metaKey) commitNow?.(data, input.value);
    };
    input.addEventListener('keydown', this.onKey);
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

  /** Unchanged text is no edit. */
  isCancelAfterEnd(): boolean {
    return this.input.value === this.started;
  }

  destroy(): void {
    this.input.removeEventListener('keydown', this.onKey);
  }
}
