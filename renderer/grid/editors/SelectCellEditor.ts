// The editor of a cell that holds one of a list (sector, status, source…): the choices as a
// list box under the cell. Opened by Alt+↓, F2 or a double click, or by typing: the letters
// typed pick the first choice that starts with them. Arrow keys move, a click or Enter stores,
// Tab stores and moves on, Escape leaves the cell as it was.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { Option } from '../columns';
import { firstMatch } from '../kinds';
import type { SheetEditor } from './TextCellEditor';

export interface SelectEditorParams {
  options: readonly Option[];
  label: string;
}

/** How long typed letters count as one word (as the browser's own list boxes do). */
const TYPE_AHEAD_MS = 900;
const MAX_ROWS = 9;

export class SelectCellEditor implements ICellEditorComp, SheetEditor {
  private box!: HTMLDivElement;
  private select!: HTMLSelectElement;
  private started = '';
  private typed = '';
  private typedAt = 0;
  private options: readonly Option[] = [];
  private cleanup: () => void = () => undefined;

  init(params: ICellEditorParams & SelectEditorParams): void {
    const { eventKey, options, label, value, stopEditing } = params;
    this.options = options;
    this.started = typeof value === 'string' ? value : '';
    const box = document.createElement('div');
    box.className = 'sheet-select';
    const select = document.createElement('select');
    select.className = 'sheet-select__list';
    select.setAttribute('aria-label', label);
    select.size = Math.max(2, Math.min(MAX_ROWS, options.length));
    for (const o of options) select.add(new Option(o.label || '–', o.value));
    select.value = this.started;
    this.select = select;
    if (eventKey !== null && eventKey.length === 1) this.pick(eventKey);
    box.append(select);

    const onKey = (e: KeyboardEvent) => {
      if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      this.pick(e.key);
    };
    // A click on a choice stores it, as a drop-down list does.
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof HTMLOptionElement) stopEditing();
    };
    select.addEventListener('keydown', onKey);
    select.addEventListener('click', onClick);
    this.cleanup = () => {
      select.removeEventListener('keydown', onKey);
      select.removeEventListener('click', onClick);
    };
    this.box = box;
  }

  /** Adds a typed letter to the word being typed and picks the first choice it starts. */
  private pick(letter: string): void {
    const now = Date.now();
    this.typed = now - this.typedAt > TYPE_AHEAD_MS ? letter : this.typed + letter;
    this.typedAt = now;
    const match = firstMatch(this.options, this.typed) ?? firstMatch(this.options, letter);
    if (match) {
      this.select.value = match.value;
      this.typed = match === firstMatch(this.options, this.typed) ? this.typed : letter;
    }
  }

  getGui(): HTMLElement {
    return this.box;
  }

  afterGuiAttached(): void {
    this.select.focus();
  }

  isPopup(): boolean {
    return true;
  }

  getPopupPosition(): 'over' | 'under' {
    return 'under';
  }

  getValue(): unknown {
    return this.select.value;
  }

  outcome(): { value: unknown } | null {
    return this.select.value === this.started ? null : { value: this.select.value };
  }

  isCancelAfterEnd(): boolean {
    return this.select.value === this.started;
  }

  destroy(): void {
    this.cleanup();
  }
}
