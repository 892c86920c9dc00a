// New, duplicate and delete for a grid of plan rows (actions, financing sources and entries):
// a new row gets the values the view proposes (an action the next free code of its sector) and
// the focus in its first cell; several rows are duplicated in one call (one undo step); delete
// asks first, naming the rows, and deletes them in one call.
import { useState, type ReactNode, type RefObject } from 'react';
import type { CallName } from '../../shared/api/contract';
import { request } from '../api/request';
import { ConfirmDialog } from '../document/dialogs/ConfirmDialog';
import type { SheetGridHandle } from '../grid/SheetGrid';

export type RowArea = 'actions' | 'financing' | 'financingSources';

export interface RowCommandTexts {
  titleOne: string;
  titleMany(count: number): string;
  body: string;
  more(count: number): string;
  cancel: string;
  confirm: string;
}

interface Options<T extends { id: string }> {
  area: RowArea;
  grid: RefObject<SheetGridHandle | null>;
  rows: readonly T[];
  /** The values of a new row; `near` is the row the focus is on. */
  newValues?(near: T | undefined): Record<string, unknown>;
  /** The values of a copy of `row` (without its id); `copies` are the copies made before it. */
  copyValues(row: T, copies: readonly Record<string, unknown>[]): Record<string, unknown>;
  /** The column a new row's focus goes to. */
  focusCol: string;
  /** How the delete question names a row. */
  name(row: T): string;
  texts: RowCommandTexts;
}

export interface RowCommands {
  /** A new row, focused in `colId` (default the view's column). */
  add(colId?: string): Promise<void>;
  duplicate(): Promise<void>;
  askDelete(): void;
  /** The delete question, when asked. */
  dialog: ReactNode;
}

// The three areas' calls share their shapes; the contract types each on its own.
const call = <T,>(name: string, input: unknown) => request(name as CallName, input as never) as Promise<T | undefined>;

export function useRowCommands<T extends { id: string }>(o: Options<T>): RowCommands {
  const [confirm, setConfirm] = useState<T[] | null>(null);
  const selected = (): T[] => {
    const ids = new Set(o.grid.current?.selectedRowIds() ?? []);
    return o.rows.filter((r) => ids.has(r.id));
  };

  async function add(colId = o.focusCol) {
    const near = selected()[0];
    const made = await call<{ id: string }>(`${o.area}.create`, { values: o.newValues?.(near) ?? {} });
    if (made) o.grid.current?.focusCell(made.id, colId);
  }

  async function duplicate() {
    const list = selected();
    if (list.length === 0) return;
    const copies: Record<string, unknown>[] = [];
    for (const row of list) copies.push(o.copyValues(row, copies));
    const create = copies.map((values) => ({ values }));
    // One new row: create; several: one patch, so that it is one undo step.
    const made =
      create.length === 1
        ? await call<{ id: string }>(`${o.area}.create`, create[0])
        : (await call<{ id: string }[]>(`${o.area}.patch`, { rows: [], create }))?.[0];
    if (made) o.grid.current?.focusCell(made.id, o.focusCol);
  }

  async function remove(list: T[]) {
    setConfirm(null);
    if (list.length === 1) await call(`${o.area}.delete`, { id: list[0].id });
    else await call(`${o.area}.deleteMany`, { ids: list.map((r) => r.id) });
  }

  const { texts } = o;
  const dialog = confirm && (
    <ConfirmDialog
      title={confirm.length === 1 ? texts.titleOne : texts.titleMany(confirm.length)}
      onClose={() => setConfirm(null)}
      choices={[
        { label: texts.cancel, onChoose: () => setConfirm(null), safe: true },
        { label: texts.confirm, onChoose: () => void remove(confirm), primary: true },
      ]}
    >
      <ul className="confirm-list">
        {confirm.slice(0, 5).map((r) => (
          <li key={r.id}>{o.name(r)}</li>
        ))}
        {confirm.length > 5 && <li>{texts.more(confirm.length - 5)}</li>}
      </ul>
      <p>{texts.body}</p>
    </ConfirmDialog>
  );

  return {
    add,
    duplicate,
    askDelete: () => {
      const list = selected();
      if (list.length) setConfirm(list);
    },
    dialog,
  };
}

/** Opens the paste dialog of a grid (see PasteImportDialog): the pasted text, while it is open. */
export function useMisfitPaste(): { tsv: string | null; open(tsv: string): void; close(): void } {
  const [tsv, setTsv] = useState<string | null>(null);
  return { tsv, open: setTsv, close: () => setTsv(null) };
}
