// Svenska / English. Each option is written in its own language, so whoever cannot read the
// current one still finds their own.
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LOCALES } from '../i18n/locale';

export function LocalePicker() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="locale-picker">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select id={id} value={locale} onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'sv')}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(l === 'sv' ? 'locale.sv' : 'locale.en')}
          </option>
        ))}
      </select>
    </div>
  );
}
