// Ctrl+C and Ctrl+V on a sheet: the selected block out as TSV, and TSV from Excel or LibreOffice
// in (Swedish forms through shared/format). A pasted block longer than the table may add rows
// (the user is asked); a block whose columns do not fit the sheet is handed to the view, which
// offers the import's column mapping instead of pasting it as it lies.
import { useCallback, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { nameKey } from '../../shared/exchange/headers';
import { formatTsv, parseTsv } from '../../shared/format/tsv';
import type { Translate } from '../i18n/translate';
import { copyCells, headerLine, pasteMisfit, planPaste, type CellEdit, type NewRow } from './edits';
import type { CellRangeState } from './useCellRange';
import type { Message } from './useRefusals';

export interface ExtraRowsQuestion {
  extra: number;
  run(addRows: boolean): void;
}

export interface ClipboardState {
  onCopy(e: React.ClipboardEvent): void;
  onPaste(e: React.ClipboardEvent): void;
  /** A paste that would add rows, waiting for the user's answer. */
  ask: ExtraRowsQuestion | null;
  cancelAsk(): void;
}

interface Context<R> {
  apiRef: RefObject<GridApi | null>;
  cells: CellRangeState<R>;
  store(edits: CellEdit<R>[], newRows: NewRow<R>[], done?: string): void;
  say(m: Message): void;
  t: Translate;
  canAddRows(): boolean;
  /** A block whose columns do not fit: the view maps it (absent: it is pasted as it lies). */
  onMisfit?(tsv: string): void;
}

/** Whether an event comes from a text box, a list or an editor, where copy and paste are the browser's. */
export function inEditor(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, textarea, select, [contenteditable="true"], .ag-popup-editor, .sheet-multi');
}

export function useClipboard<R>(ctx: Context<R>): ClipboardState {
  const { apiRef, cells, store, say, t, canAddRows, onMisfit } = ctx;
  const [ask, setAsk] = useState<ExtraRowsQuestion | null>(null);

  const idle = (target: EventTarget | null) => !!apiRef.current && !inEditor(target) && apiRef.current.getEditingCells().length === 0;

  function onCopy(e: React.ClipboardEvent) {
    if (!idle(e.target)) return;
    const rect = cells.selectedRect();
    if (!rect) return;
    const block = copyCells(rect, cells.sheet());
    e.clipboardData.setData('text/plain', formatTsv(block));
    e.preventDefault();
    if (block.length * (block[0]?.length ?? 0) > 1) say({ tone: 'info', text: t('grid.copied', { rows: block.length, cols: block[0]?.length ?? 0 }) });
  }

  const paste = useCallback(
    (block: string[][], text: string) => {
      const rect = cells.selectedRect();
      if (!rect) return;
      const misfit = onMisfit ? pasteMisfit(block, rect, cells.sheet(), nameKey) : null;
      if (onMisfit && misfit) {
        // Without a header row of its own, the block is named by the columns it was pasted over.
        const width = Math.max(...block.map((r) => r.length));
        onMisfit(misfit === 'header' ? text : `${headerLine(cells.sheet(), rect.left, width)}\r\n${text}`);
        return;
      }
      const run = (addRows: boolean) => {
        setAsk(null);
        const plan = planPaste(block, rect, cells.sheet(), addRows);
        const count = plan.edits.length + plan.newRows.reduce((n, r) => n + r.length, 0);
        let done = plan.newRows.length ? t('grid.pastedRows', { count, rows: plan.newRows.length }) : t('grid.pasted', { count });
        if (plan.skipped) done += ` ${plan.skipped === 1 ? t('grid.skippedOne') : t('grid.skipped', { count: plan.skipped })}`;
        store(plan.edits, plan.newRows, done);
      };
      const probe = planPaste(block, rect, cells.sheet(), false);
      if (probe.extraRows > 0 && canAddRows()) setAsk({ extra: probe.extraRows, run });
      else run(false);
    },
    [cells, store, t, canAddRows, onMisfit],
  );

  function onPaste(e: React.ClipboardEvent) {
    if (!idle(e.target)) return;
    if (!cells.selectedRect()) return;
    e.preventDefault();
    const text = e.clipboardData.getData('text/plain');
    const block = parseTsv(text);
    if (block.length === 0) return;
    paste(block, text);
  }

  return { onCopy, onPaste, ask, cancelAsk: () => setAsk(null) };
}
