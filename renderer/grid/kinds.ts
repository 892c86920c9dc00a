// The kinds of cell values the plan has, each with its sv-SE display, its exact edit text and
// its reading of typed or pasted text (shared/format): whole kronor shown in the plan's unit,
// plain numbers, per cent, years, one of a list, several of a list. A column is a kind plus
// where its value lives in a row (`value`, `write`, `paths`).
import { MONEY_UNIT_LABELS } from '../../shared/i18n/labels';
import type { MoneyUnit } from '../../shared/domain/ids';
import { formatMoney, formatNumber, formatPercent, type Locale } from '../../shared/format/number';
import { moneySuffixUnit, parseMoneySek, parseNumber, parsePercent } from '../../shared/format/parse';
import { Unreadable, type Option, type SheetColumn } from './columns';

export interface Kind {
  editor: 'text' | 'select' | 'multi';
  format(value: unknown): string;
  text(value: unknown): string;
  parse(text: string): unknown;
  cleared?: unknown;
  numeric?: boolean;
  options?: readonly Option[];
  free?: boolean;
  converted?(text: string): { from: string; to: string } | undefined;
}

/**
 * A column of `kind` whose value `value` reads from a row and whose edits write the API field
 * `id`. `extra` adds to it (width, pin, group) or replaces parts of its edit.
 */
export function kindColumn<R>(id: string, header: string, kind: Kind, value: (row: R) => unknown, extra: Partial<SheetColumn<R>> = {}): SheetColumn<R> {
  return {
    id,
    header,
    numeric: kind.numeric,
    value,
    format: kind.format,
    ...extra,
    edit: {
      editor: kind.editor,
      text: kind.text,
      parse: kind.parse,
      cleared: kind.cleared,
      options: kind.options ? () => kind.options! : undefined,
      free: kind.free,
      converted: kind.converted,
      paths: [id],
      write: (changes, v) => {
        changes[id] = v;
      },
      ...extra.edit,
    },
  };
}

/** Options of a fixed id list, labelled in the UI's language; the other language reads too. */
export function labelledOptions(ids: readonly string[], labels: Record<string, { sv: string; en: string }>, locale: Locale): Option[] {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return ids.map((id) => ({ value: id, label: labels[id][locale], aliases: [labels[id][other]] }));
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const blank = (t: string) => t.trim() === '';
/** What a number looks like, for the sentence that refuses a word in a number cell. */
const example = (locale: Locale, suffix = '') => `${locale === 'sv' ? '1 234,5' : '1,234.5'}${suffix}`;
const notANumber = (t: string, locale: Locale, suffix = '') => new Unreadable(t.trim(), { kind: 'number', example: example(locale, suffix) });

/** Free text; `optional` text is removed (null) when emptied. */
export function textKind(optional = false): Kind {
  return {
    editor: 'text',
    format: (v) => (typeof v === 'string' ? v : ''),
    text: (v) => (typeof v === 'string' ? v : ''),
    parse: (t) => (optional && blank(t) ? null : t),
    cleared: optional ? null : '',
  };
}

/**
 * A plain number. `optional` numbers are removed (null) when emptied; a required one is
 * emptied to `zero` when given, else the empty text goes to Node, which names the field.
 */
export function numberKind(locale: Locale, opts: { digits?: number; optional?: boolean; zero?: number } = {}): Kind {
  const empty = opts.optional ? null : opts.zero;
  return {
    editor: 'text',
    numeric: true,
    format: (v) => (isNum(v) ? formatNumber(v, locale, opts.digits ?? 2) : ''),
    text: (v) => (isNum(v) ? formatNumber(v, locale, 12) : ''),
    parse: (t) => (blank(t) && empty !== undefined ? empty : (parseNumber(t, locale) ?? (blank(t) ? t : notANumber(t, locale)))),
    cleared: empty,
  };
}

/** Whole kronor, shown and typed in the plan's unit: `1 234,5` in tkr is 1 234 500 kr. */
export function moneyKind(unit: MoneyUnit, locale: Locale, opts: { optional?: boolean } = {}): Kind {
  const empty = opts.optional ? null : 0;
  const exactDigits = unit === 'kr' ? 0 : unit === 'tkr' ? 3 : 6;
  return {
    editor: 'text',
    numeric: true,
    format: (v) => (isNum(v) ? formatMoney(v, unit, locale) : ''),
    text: (v) => (isNum(v) ? formatMoney(v, unit, locale, exactDigits) : ''),
    parse: (t) => (blank(t) ? empty : (parseMoneySek(t, unit, locale) ?? notANumber(t, locale))),
    cleared: empty,
    // `12 000 kr` in a tkr column is 12 tkr: said, so that a thousandfold slip shows.
    converted: (t) => {
      const from = moneySuffixUnit(t);
      const sek = parseMoneySek(t, unit, locale);
      if (!from || from === unit || sek === null) return undefined;
      return { from: t.trim(), to: `${formatMoney(sek, unit, locale, exactDigits)} ${MONEY_UNIT_LABELS[unit][locale]}` };
    },
  };
}

/** A fraction shown as per cent: 0.125 ↔ `12,5 %`; people type `12,5` or `12,5 %`. */
export function percentKind(locale: Locale, opts: { optional?: boolean } = {}): Kind {
  const empty = opts.optional ? null : 0;
  return {
    editor: 'text',
    numeric: true,
    format: (v) => (isNum(v) ? formatPercent(v, locale, 1) : ''),
    text: (v) => (isNum(v) ? formatNumber(Number((v * 100).toPrecision(12)), locale, 10) : ''),
    parse: (t) => (blank(t) ? empty : (parsePercent(t, locale) ?? notANumber(t, locale, ' %'))),
    cleared: empty,
  };
}

/** A year: `2030`, never `2 030`. */
export function yearKind(locale: Locale, opts: { optional?: boolean } = {}): Kind {
  return {
    editor: 'text',
    numeric: true,
    format: (v) => (isNum(v) ? String(v) : ''),
    text: (v) => (isNum(v) ? String(v) : ''),
    parse: (t) => (blank(t) ? (opts.optional ? null : t) : (parseNumber(t, locale) ?? new Unreadable(t.trim(), { kind: 'number', example: '2030' }))),
    cleared: opts.optional ? null : undefined,
  };
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** The option a pasted text names (its id, label or an alias), or undefined. */
export function findOption(options: readonly Option[], text: string): Option | undefined {
  const t = norm(text);
  return options.find((o) => norm(o.value) === t || norm(o.label) === t || o.aliases?.some((a) => norm(a) === t));
}

/** One of a list. A text that names no option is refused at the cell, with the choices named. */
export function selectKind(options: readonly Option[], opts: { cleared?: string } = {}): Kind {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const choices = options.map((o) => o.label).filter((l) => l !== '');
  return {
    editor: 'select',
    options,
    format: (v) => (typeof v === 'string' ? (labels.get(v) ?? v) : ''),
    text: (v) => (typeof v === 'string' ? (labels.get(v) ?? v) : ''),
    parse: (t) =>
      findOption(options, t)?.value ?? (blank(t) && opts.cleared !== undefined ? opts.cleared : new Unreadable(t.trim(), { kind: 'option', options: choices })),
    cleared: opts.cleared,
  };
}

/** The first option whose label (or an alias) starts with `typed`: a letter typed in a list cell picks it. */
export function firstMatch(options: readonly Option[], typed: string): Option | undefined {
  const t = norm(typed);
  if (t === '') return undefined;
  return options.find((o) => norm(o.label).startsWith(t)) ?? options.find((o) => o.aliases?.some((a) => norm(a).startsWith(t)));
}

/** Several of a list (commitments), or free words too (tags). Pasted as `a, b; c`. */
export function multiKind(options: readonly Option[], opts: { free?: boolean } = {}): Kind {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const show = (v: unknown) => (Array.isArray(v) ? v.map((x) => labels.get(String(x)) ?? String(x)).join(', ') : '');
  return {
    editor: 'multi',
    options,
    free: opts.free,
    format: show,
    text: show,
    parse: (t) =>
      t
        .split(/[;,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => findOption(options, s)?.value ?? s),
    cleared: [],
  };
}
