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

/**
 * Money for reading (cards, tables of the report): whole kronor or tkr, never "1 506 528,7 tkr";
 * mnkr keeps one decimal below 10 mnkr, where a whole number would hide too much.
 */
export function formatMoneyWhole(sek: number, unit: MoneyUnit, locale: Locale = 'sv'): string {
  const digits = unit === 'mnkr' && Math.abs(sek) < 10 * MONEY_UNIT_FACTOR.mnkr ? 1 : 0;
  return formatNumber(sek / MONEY_UNIT_FACTOR[unit], locale, digits);
}

/** A headline amount: whole in the plan's unit, or in mnkr from 100 mnkr up ("4 167 mnkr", not "4 166 653 tkr"). */
export function headlineMoney(sek: number, unit: MoneyUnit, locale: Locale = 'sv'): { value: string; unit: MoneyUnit } {
  const shown: MoneyUnit = unit !== 'mnkr' && Math.abs(sek) >= 100 * MONEY_UNIT_FACTOR.mnkr ? 'mnkr' : unit;
  return { value: formatMoneyWhole(sek, shown, locale), unit: shown };
}

export function formatTons(t: number, locale: Locale = 'sv'): string {
  return `${formatNumber(t, locale)} t`;
}
