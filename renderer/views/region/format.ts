// Numbers as the Region view shows them: whole tonnes, tonnes per inhabitant to two decimals,
// money in millions of kronor (a region's sums are large) to one.
import { formatMoney, formatNumber, type Locale } from '../../../shared/format/number';

export const tonsText = (v: number | null, locale: Locale): string => (v === null ? '–' : formatNumber(v, locale));
export const perPersonText = (v: number | null, locale: Locale): string => (v === null ? '–' : formatNumber(v, locale, 2));
export const mnkrText = (sek: number, locale: Locale): string => formatMoney(sek, 'mnkr', locale, 1);
