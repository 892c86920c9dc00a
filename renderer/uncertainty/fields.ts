// How the uncertainty fields read in a cell: factors with two decimals ("0,8"), the delay in
// whole years, the probability in percent ("95 %"); and their parsing back.
import { formatNumber, formatPercent, type Locale } from '../../shared/format/number';
import { parseNumber, parsePercent } from '../../shared/format/parse';
import type { UncertaintyField } from '../../shared/uncertainty';

export function formatUncertainty(field: UncertaintyField, value: number, locale: Locale): string {
  if (field === 'probability') return formatPercent(value, locale, 1);
  if (field === 'delayMaxYears') return formatNumber(value, locale);
  return formatNumber(value, locale, 2);
}

/** The number typed, as the field stores it (a probability as a share); null when unreadable. */
export function parseUncertainty(field: UncertaintyField, text: string, locale: Locale): number | null {
  return field === 'probability' ? parsePercent(text, locale) : parseNumber(text, locale);
}
