// Numbers on axes, in tooltips and in chart tables: sv-SE through shared/format, so a chart says
// `1 234 567` and a table shows exactly what the tooltip says. Money is already in the plan's
// unit when it reaches a chart (the builders divide), so only the decimals depend on the unit.
import type { MoneyUnit } from '../../shared/domain/ids';
import { MONEY_UNIT_FACTOR } from '../../shared/domain/ids';
import { formatNumber, type Locale } from '../../shared/format/number';
import { labelOf, MONEY_UNIT_LABELS } from '../../shared/i18n/labels';
import { chartText } from './messages';
import type { Quantity } from './model';

/** Decimals a table or tooltip shows: whole tonnes and kronor, tkr to one decimal, mnkr to two. */
export function decimalsOf(q: Quantity): number {
  if (q.kind === 'money') return q.unit === 'kr' ? 0 : q.unit === 'tkr' ? 1 : 2;
  return q.kind === 'tonsPerPerson' ? 2 : 0;
}

/** A value as a table cell or tooltip shows it. */
export function formatValue(v: number, q: Quantity, locale: Locale): string {
  return formatNumber(v, locale, decimalsOf(q));
}

/** A tick label: the same grouping, at most two decimals (a 0,5 step on a small mnkr axis). */
export function formatTick(v: number, locale: Locale): string {
  return formatNumber(v, locale, 2);
}

/** The unit as the axis title and column headers say it: "t CO2e", "tkr", "kr/t". */
export function unitLabel(q: Quantity, locale: Locale): string {
  const text = chartText(locale);
  switch (q.kind) {
    case 'tons':
      return text['chart.unit.tons'];
    case 'tonsPerPerson':
      return text['chart.unit.tonsPerPerson'];
    case 'money':
      return labelOf(MONEY_UNIT_LABELS, q.unit, locale);
    case 'krPerTon':
      return text['chart.unit.krPerTon'];
    case 'count':
      return text['chart.unit.count'];
  }
}

/** Kronor in the plan's display unit, the number a money chart draws. */
export function inUnit(sek: number, unit: MoneyUnit): number {
  return sek / MONEY_UNIT_FACTOR[unit];
}

/** "Titel (enhet)". */
export function withUnit(title: string, q: Quantity, locale: Locale): string {
  return `${title} (${unitLabel(q, locale)})`;
}
