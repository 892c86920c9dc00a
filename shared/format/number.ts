// sv-SE (and en) number formatting through the platform's Intl, so that every label, message
// and report says `1 234 567` and `12,5 %` the way Swedish readers expect.
import { MONEY_UNIT_FACTOR, type MoneyUnit } from '../domain/ids';

export type Locale = 'sv' | 'en';
const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(INTL_LOCALE[locale], opts);
    cache.set(key, nf);
  }
  return nf;
}

export function formatNumber(v: number, locale: Locale = 'sv', maximumFractionDigits = 0): string {
  return formatter(locale, { maximumFractionDigits }).format(v);
}

/** `0.125` → `12,5 %`. */
export function formatPercent(v: number, locale: Locale = 'sv', maximumFractionDigits = 1): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits }).format(v);
}

/** Whole kronor shown in the plan's unit: `12 500 000` kr in tkr → `12 500`. */
export function formatMoney(sek: number, unit: MoneyUnit, locale: Locale = 'sv', maximumFractionDigits?: number): string {
  const digits = maximumFractionDigits ?? (unit === 'kr' ? 0 : unit === 'tkr' ? 1 : 2);
  return formatNumber(sek / MONEY_UNIT_FACTOR[unit], locale, digits);
}

/** `12 500 000` → `12 500 tkr`. */
export function formatMoneyWithUnit(sek: number, unit: MoneyUnit, locale: Locale = 'sv'): string {
  return `${formatMoney(sek, unit, locale)} ${unit}`;
}

export function formatTons(t: number, locale: Locale = 'sv'): string {
  return `${formatNumber(t, locale)} t`;
}
