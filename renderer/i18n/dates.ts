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
