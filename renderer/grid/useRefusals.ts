// What a sheet tells the user about its cells: refusals (Node's sentence, or the grid's own for
// a value no column could read) shown at their cells with a red mark and listed above the grid,
// the text the user typed into a refused cell kept for correction, likely typos that are stored
// but pointed out, and short notes in the status line. The marks live in a ref that the cell
// class rules read; a cell's mark clears when a value is stored in it.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { formatNumber, type Locale } from '../../shared/format/number';
import type { Translate } from '../i18n/translate';
import type { SheetColumn } from './columns';
import type { CellProblem } from './writer';

export type Tone = 'error' | 'warn' | 'info';
export interface Message {
  tone: Tone;
  text: string;
  lines?: string[];
  /** The refused cell whose typed text can be corrected ("Rätta"). */
  correct?: { rowId: string; colId: string };
}

export interface Refusal {
  message: string;
  /** What the user typed, for the editor to start from. */
  typed?: string;
}

const MAX_LINES = 12;
export const cellKey = (rowId: string, colId: string) => `${rowId}\u0000${colId}`;

export interface RefusalsState<R> {
  message: Message | null;
  setMessage(m: Message | null): void;
  /** Closes the message and takes every mark away. */
  dismiss(): void;
  refusal(row: R, col: SheetColumn<R>): Refusal | undefined;
  /** Shows the problems of one store of `cells` cells; `typed` is the text of a single typed cell. */
  show(problems: CellProblem<R>[], cells: number, typed?: { row: R; col: SheetColumn<R>; text: string }): void;
  /** The cells were stored: their marks go. */
  stored(keys: readonly string[]): void;
  /** Forgets one cell's mark (Esc on it). */
  forget(rowId: string, colId: string): void;
  describe(p: { row?: R; newRow?: number; column?: SheetColumn<R> }): string;
}

interface Context<R> {
  apiRef: RefObject<GridApi | null>;
  rowId(row: R): string;
  rowLabel?(row: R): string;
  t: Translate;
  locale: Locale;
}

export function useRefusals<R>(ctx: Context<R>): RefusalsState<R> {
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const marks = useRef(new Map<string, Refusal>());
  const [message, setMessage] = useState<Message | null>(null);

  const refresh = useCallback(() => ctxRef.current.apiRef.current?.refreshCells({ suppressFlash: true }), []);

  const describe = useCallback((p: { row?: R; newRow?: number; column?: SheetColumn<R> }): string => {
    const { apiRef, rowId, rowLabel, t, locale } = ctxRef.current;
    const column = p.column?.header ?? '';
    if (p.row !== undefined) {
      const node = apiRef.current?.getRowNode(rowId(p.row));
      const n = node?.rowIndex != null ? formatNumber(node.rowIndex + 1, locale) : '–';
      return t('grid.cell', { row: n, label: rowLabel?.(p.row) ?? '', column });
    }
    if (p.newRow !== undefined) return t('grid.cellNew', { row: p.newRow + 1, column });
    return '';
  }, []);

  const show = useCallback(
    (problems: CellProblem<R>[], cells: number, typed?: { row: R; col: SheetColumn<R>; text: string }) => {
      const { rowId, t, locale } = ctxRef.current;
      const had = marks.current.size;
      // A new store's refusals replace the last ones: they are about what was just tried.
      if (problems.length) marks.current = new Map();
      for (const p of problems) {
        if (p.row === undefined || !p.column) continue;
        const key = cellKey(rowId(p.row), p.column.id);
        const sameCell = typed && typed.row === p.row && typed.col === p.column;
        marks.current.set(key, { message: p.message, typed: sameCell ? typed.text : undefined });
      }
      if (had || marks.current.size) refresh();
      if (problems.length === 0) return;
      const lines = problems.map((p) => {
        const where = describe(p);
        return where ? `${where}: ${p.message}` : p.message;
      });
      if (cells === 1 && problems.length === 1) {
        const p = problems[0];
        const where = describe(p);
        const correct = typed && p.row !== undefined && p.column ? { rowId: rowId(p.row), colId: p.column.id } : undefined;
        setMessage({ tone: 'error', text: where ? t('grid.refusedOne', { cell: where, message: p.message }) : p.message, correct });
        return;
      }
      const shown = lines.slice(0, MAX_LINES);
      if (lines.length > MAX_LINES) shown.push(t('grid.refusedMore', { count: lines.length - MAX_LINES }));
      const text = problems.length === 1 ? t('grid.refusedSingle') : t('grid.refusedMany', { count: formatNumber(problems.length, locale) });
      setMessage({ tone: 'error', text, lines: shown });
    },
    [describe, refresh],
  );

  const stored = useCallback(
    (keys: readonly string[]) => {
      let any = false;
      for (const k of keys) any = marks.current.delete(k) || any;
      if (any) refresh();
    },
    [refresh],
  );

  const forget = useCallback((rowId: string, colId: string) => stored([cellKey(rowId, colId)]), [stored]);

  const refusal = useCallback((row: R, col: SheetColumn<R>) => marks.current.get(cellKey(ctxRef.current.rowId(row), col.id)), []);

  const dismiss = useCallback(() => {
    setMessage(null);
    // Closing the refusal takes its marks away too.
    if (marks.current.size) {
      marks.current = new Map();
      refresh();
    }
  }, [refresh]);

  return { message, setMessage, dismiss, refusal, show, stored, forget, describe };
}
