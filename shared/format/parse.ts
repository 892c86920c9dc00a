// Reading numbers the way people type and paste them: `1 234,5`, `−12`, `12,5 %`. The grid's
// paste and every number field go through here, so a value copied from a Swedish Excel sheet
// (non-breaking or thin spaces as thousands separators, U+2212 as minus) reads the same as one
// typed by hand. Pure: no Intl, no DOM.
import { MONEY_UNIT_FACTOR, type MoneyUnit } from '../domain/ids';
import type { Locale } from './number';

/** Every space a formatter or a spreadsheet may put between digit groups. */
const SPACES = /[\s\u00A0\u2007\u2009\u202F]+/g;
/** Hyphen-minus, the true minus sign (what Intl writes in sv-SE) and the en dash Word makes of "-". */
const SIGN = /^([+\-\u2212\u2013])?(.*)$/s;

/**
 * The number in `text`, or null when it is not one (empty, letters, two decimal marks,
 * digit groups that are not groups of three, …).
 *
 * Swedish (the default): decimal comma, groups separated by spaces; a lone dot is also read
 * as a decimal mark, because values pasted from English sources use it.
 * English: decimal dot, groups separated by commas or spaces.
 * A plain exponent (`1e6`, `1,5E+03`) is accepted for values Excel shows in scientific form.
 */
export function parseNumber(text: string, locale: Locale = 'sv'): number | null {
  const m = SIGN.exec(text.trim());
  if (!m) return null;
  const negative = m[1] !== undefined && m[1] !== '+';
  const body = m[2].trim();
  const normalised = locale === 'sv' ? svToPlain(body) : enToPlain(body);
  if (normalised === null) return null;
  const n = Number(normalised);
  if (!Number.isFinite(n)) return null;
  // `-0` would show as "−0" in a formatted cell.
  return negative && n !== 0 ? -n : n;
}

/**
 * A percentage as a fraction: `3,5` and `3,5 %` → 0.035. People type per cent; the plan
 * stores fractions. Rounded to 12 significant digits so that 3,5 % is exactly 0.035.
 */
export function parsePercent(text: string, locale: Locale = 'sv'): number | null {
  const n = parseNumber(text.trim().replace(/\s*%$/, ''), locale);
  return n === null ? null : Number((n / 100).toPrecision(12));
}

/** Digits with optional groups of three after the first group, then optional decimals and exponent. */
function plain(intPart: string, groupSep: RegExp, fraction: string | undefined, exponent: string): string | null {
  const groups = intPart.split(groupSep);
  if (!groups.every((g, i) => (i === 0 ? /^\d{1,}$/.test(g) : /^\d{3}$/.test(g)))) {
    // `,5` (no integer digits) is fine when there are decimals.
    if (!(intPart === '' && fraction)) return null;
  }
  // `1234 567` is not a grouped number but two numbers run together: refuse.
  if (groups.length > 1 && groups[0].length > 3) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  // Scientific notation is what Excel shows, never combined with digit groups.
  if (exponent !== '' && (!/^[eE][+-]?\d{1,3}$/.test(exponent) || groups.length > 1)) return null;
  return `${groups.join('') || '0'}${fraction !== undefined ? `.${fraction}` : ''}${exponent}`;
}

function splitExponent(s: string): [string, string] {
  const m = /^(.*?)([eE][+-]?\d+)?$/s.exec(s);
  return m ? [m[1], m[2] ?? ''] : [s, ''];
}

function svToPlain(body: string): string | null {
  const [mantissa, exponent] = splitExponent(body);
  const commas = mantissa.split(',').length - 1;
  const dots = mantissa.split('.').length - 1;
  if (commas + dots > 1 || mantissa === '') return null;
  const [intPart, fraction] = mantissa.split(/[,.]/);
  return plain(intPart, SPACES, fraction, exponent);
}

function enToPlain(body: string): string | null {
  const [mantissa, exponent] = splitExponent(body);
  const parts = mantissa.split('.');
  if (parts.length > 2 || mantissa === '') return null;
  const [intPart, fraction] = parts;
  return plain(intPart, /[,\s\u00A0\u2007\u2009\u202F]+/, fraction, exponent);
}

const MONEY_SUFFIX = /\s*(mnkr|mkr|msek|tkr|ksek|kr|sek|:-)\s*$/i;
const SUFFIX_UNIT: Record<string, MoneyUnit> = { mnkr: 'mnkr', mkr: 'mnkr', msek: 'mnkr', tkr: 'tkr', ksek: 'tkr', kr: 'kr', sek: 'kr', ':-': 'kr' };

/**
 * An amount typed or pasted in `unit` (the plan's display unit) as whole kronor: `1 234,5` in
 * tkr → 1 234 500. A suffix (`kr`, `tkr`, `mnkr`, `MSEK` …) overrides the unit. Rounded to
 * whole kronor, as the store keeps them; null when it is not a number.
 */
export function parseMoneySek(text: string, unit: MoneyUnit, locale: Locale = 'sv'): number | null {
  const m = MONEY_SUFFIX.exec(text);
  const cellUnit = m ? SUFFIX_UNIT[m[1].toLowerCase()] : unit;
  const n = parseNumber(m ? text.slice(0, m.index) : text, locale);
  if (n === null) return null;
  const sek = Math.round(n * MONEY_UNIT_FACTOR[cellUnit]);
  return Object.is(sek, -0) ? 0 : sek;
}
