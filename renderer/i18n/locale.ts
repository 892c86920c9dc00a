// Which language the interface speaks. Swedish unless the user picked English in the app; the
// browser's language is deliberately ignored (a Swedish officer on an English Windows still
// writes a Swedish plan).
import type { Locale } from '../../shared/format/number';

export const LOCALE_KEY = 'klimat.locale';
export const LOCALES: readonly Locale[] = ['sv', 'en'];

export function storedLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    // Storage may be unavailable (privacy settings); Swedish is always right.
    return 'sv';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered, but the choice still applies to this session.
  }
}
