// Header names as people write them: "Investering (tkr)", "Investering, tkr", "INVESTERING".
// A header is compared by its key (lower case, spaces collapsed, a trailing unit removed); the
// unit, when it names money, tells the importer which unit the file's amounts are in. Pure.
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
const OTHER = String.raw`(?:t|ton|tonnes|tons|ton co2e|t co2e)${PER_YEAR}|år|years?|%|procent|percent|st`;
const UNIT = `(?:${MONEY}|${OTHER})`;
const TRAILING_UNIT = new RegExp(String.raw`\s*(?:\(\s*(${UNIT})\s*\)|\[\s*(${UNIT})\s*\]|,\s*(${UNIT}))$`, 'i');

export interface HeaderKey {
  /** Lower case, NFC, single spaces, without a trailing unit: "investering". */
  key: string;
  /** The money unit the header names ("(tkr)", "(mnkr/år)"), if any. */
  moneyUnit: MoneyUnit | null;
}

export function headerKey(header: string): HeaderKey {
  let s = header.normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
  s = s.replace(/[:*]+$/, '').trim();
  let moneyUnit: MoneyUnit | null = null;
  const m = TRAILING_UNIT.exec(s);
  if (m) {
    const unit = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const word = /^[a-z]+/.exec(unit)?.[0] ?? '';
    moneyUnit = MONEY_UNIT_WORDS[word] ?? null;
    s = s.slice(0, m.index).trim();
  }
  return { key: s, moneyUnit };
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
