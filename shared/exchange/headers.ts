// Header names as people write them: "Investering (tkr)", "Investering, tkr", "Drift per år
// (tkr)", "Besparing per år (tkr)", "Effekt t/år", "INVESTERING". A header is compared by its key:
// its words in lower case, after the units and "per år" are taken out; the unit, when it names
// money, tells the importer which unit the file's amounts are in. Pure.
import type { MoneyUnit } from '../domain/ids';

const MONEY_UNIT_WORDS: Record<string, MoneyUnit> = {
  kr: 'kr',
  sek: 'kr',
  tkr: 'tkr',
  ksek: 'tkr',
  mnkr: 'mnkr',
  mkr: 'mnkr',
  msek: 'mnkr',
};
const PER_YEAR = String.raw`(?:\s*(?:/|per)\s*(?:år|year|yr))?`;
const MONEY = String.raw`(?:mnkr|mkr|msek|tkr|ksek|kr|sek)${PER_YEAR}`;
const OTHER = String.raw`(?:t|ton|tonnes|tons|ton co2e|t co2e|co2e)${PER_YEAR}|år|years?|%|procent|percent|st`;
const UNIT = `(?:${MONEY}|${OTHER})`;
/** A unit in brackets anywhere, or after a comma or a space at the end. */
const BRACKETED_UNIT = new RegExp(String.raw`\s*(?:\(\s*(${UNIT})\s*\)|\[\s*(${UNIT})\s*\])`, 'i');
const TRAILING_UNIT = new RegExp(String.raw`(?:,\s*|\s+)(${UNIT})$`, 'i');
/** "per år", "/år", "per year", "årlig": a yearly amount is the same field as the amount. */
const YEARLY = /(?:\s*\/\s*|(?<!\p{L})per\s+)(?:år|year|yr)(?!\p{L})|(?<!\p{L})(?:årlig(?:en|a)?|yearly|annual)(?!\p{L})/giu;

export interface HeaderKey {
  /** Lower case, NFC, single spaces, without units or "per år": "investering". */
  key: string;
  /** The money unit the header names ("(tkr)", "(mnkr/år)", ", tkr"), if any. */
  moneyUnit: MoneyUnit | null;
}

const moneyUnitOf = (unit: string): MoneyUnit | null => MONEY_UNIT_WORDS[/^[a-z]+/.exec(unit.toLowerCase())?.[0] ?? ''] ?? null;

export function headerKey(header: string): HeaderKey {
  let s = header
    .normalize('NFC')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
  s = s.replace(/[:*]+$/, '').trim();
  let moneyUnit: MoneyUnit | null = null;
  const take = (unit: string) => {
    moneyUnit ??= moneyUnitOf(unit);
  };
  for (let m = BRACKETED_UNIT.exec(s); m; m = BRACKETED_UNIT.exec(s)) {
    take(m[1] ?? m[2]);
    s = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  }
  const bare = s;
  s = s.replace(YEARLY, ' ').replace(/\s+/g, ' ').trim();
  // A unit left at the end ("Investering, tkr", "Effekt t/år"), as long as a word remains.
  for (let m = TRAILING_UNIT.exec(s); m && m.index > 0; m = TRAILING_UNIT.exec(s)) {
    take(m[1]);
    s = s.slice(0, m.index).trim();
  }
  s = s.replace(/[,\s]+$/, '').trim();
  return { key: s || bare, moneyUnit };
}

const keys = new Map<string, string>();

/**
 * The key of a name in a list (aliases, labels, a cell's status or sector): the same
 * normalisation as a header. Remembered, because the same few values fill thousands of cells.
 */
export function nameKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = headerKey(s).key;
    if (keys.size > 50_000) keys.clear();
    keys.set(s, key);
  }
  return key;
}
