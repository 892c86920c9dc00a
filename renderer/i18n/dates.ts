// Dates and times as people in each language read them: `2025-03-14 09:05` in Swedish.
import type { Locale } from '../../shared/format/number';

const INTL: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'short', timeStyle: 'short' });
    cache.set(locale, f);
  }
  return f.format(d);
}

/** `2025-3-4`, `2025-03-04`, `20250304` → `2025-03-04`; null when it is no date of the calendar. */
export function readDate(text: string): string | null {
  const m = /^\s*(\d{4})-?(\d{1,2})-?(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
