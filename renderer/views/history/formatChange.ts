// A change-log value as one short line of text: numbers the local way, text as it is,
// lists and objects as compact JSON.
import { formatNumber, type Locale } from '../../../shared/format/number';

const MAX_LENGTH = 80;

export function formatChangeValue(value: unknown, locale: Locale, isYear = false): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return isYear ? String(value) : formatNumber(value, locale, 6);
  if (typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
