// The one way a sheet stores anything: cell edits and new rows go to the view's writer as one
// call (one transaction, one undo step, all or nothing). Text that no value could be read from
// is refused here first, in the user's words; Node's refusals come back to their cells. After a
// store the sheet says what it did, what an amount typed in another unit became, and which
// values look like typos (stored all the same).
import { useCallback, useRef } from 'react';
import { formatNumber, type Locale } from '../../shared/format/number';
import type { Translate } from '../i18n/translate';
import { isUnreadable, type SheetColumn, type Unreadable } from './columns';
import type { CellEdit, NewRow } from './edits';
import { cellKey, type Message, type RefusalsState } from './useRefusals';
import type { CellProblem, SheetWriter } from './writer';

export interface StoreOptions<R> {
  /** What to say when it is stored. */
  done?: string;
  /** The one cell the user typed in, and the text: kept for correction if refused. */
  typed?: { row: R; col: SheetColumn<R>; text: string };
}

export type Store<R> = (edits: CellEdit<R>[], newRows: NewRow<R>[], opts?: StoreOptions<R>) => Promise<void>;

interface Context<R> {
  writer(): SheetWriter<R> | undefined;
  readOnly(): boolean;
  rowId(row: R): string;
  refusals: RefusalsState<R>;
  say(m: Message | null): void;
  t: Translate;
  locale: Locale;
}

const MAX_CHOICES = 8;

/** The sentence that refuses text no value could be read from. */
export function unreadableMessage(u: Unreadable, header: string, t: Translate, locale: Locale): string {
  if (u.expected.kind === 'number') return t('grid.notANumber', { text: u.text, example: u.expected.example });
  const list = u.expected.options;
  const shown = list.slice(0, MAX_CHOICES).join(', ') + (list.length > MAX_CHOICES ? ', …' : '');
  return t('grid.notAnOption', { text: u.text, noun: header.toLocaleLowerCase(locale === 'sv' ? 'sv' : 'en'), options: shown });
}

export function useSheetStore<R>(ctx: Context<R>): Store<R> {
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  return useCallback(async (edits: CellEdit<R>[], newRows: NewRow<R>[], opts: StoreOptions<R> = {}) => {
    const { writer, readOnly, rowId, refusals, say, t, locale } = ctxRef.current;
    const w = writer();
    if (!w || readOnly()) {
      say({ tone: 'info', text: t('grid.readOnly') });
      return;
    }
    if (edits.length === 0 && newRows.length === 0) {
      if (opts.done) say({ tone: 'info', text: t('grid.nothing') });
      return;
    }
    const cells = edits.length + newRows.reduce((n, r) => n + r.length, 0);
    const local: CellProblem<R>[] = [];
    for (const e of edits)
      if (isUnreadable(e.value)) local.push({ row: e.row, column: e.column, message: unreadableMessage(e.value, e.column.header, t, locale) });
    newRows.forEach((cellsOfRow, i) => {
      for (const c of cellsOfRow)
        if (isUnreadable(c.value)) local.push({ newRow: i, column: c.column, message: unreadableMessage(c.value, c.column.header, t, locale) });
    });
    const problems = local.length ? local : await w.commit(edits, newRows);
    refusals.show(problems, cells, opts.typed);
    if (problems.length) return;
    refusals.stored(edits.map((e) => cellKey(rowId(e.row), e.column.id)));

    const notes: string[] = [];
    if (opts.done) notes.push(opts.done);
    const converted = opts.typed && opts.typed.col.edit?.converted?.(opts.typed.text);
    if (converted) notes.push(t('grid.converted', converted));
    const warnings: string[] = [];
    for (const e of edits) {
      const warning = e.column.warn?.(e.value, e.row);
      if (warning) warnings.push(`${refusals.describe({ row: e.row, column: e.column })}: ${warning}`);
    }
    newRows.forEach((row, i) => {
      for (const c of row) {
        const warning = c.column.warn?.(c.value, undefined);
        if (warning) warnings.push(`${refusals.describe({ newRow: i, column: c.column })}: ${warning}`);
      }
    });
    if (warnings.length) {
      const text = [...notes, warnings.length === 1 ? t('grid.checkOne') : t('grid.checkMany', { count: formatNumber(warnings.length, locale) })].join(' ');
      say({ tone: 'warn', text, lines: warnings.slice(0, 12) });
    } else say(notes.length ? { tone: 'info', text: notes.join(' ') } : null);
  }, []);
}
