// The browser host refused this page (wrong or missing token): nothing else can work, so say
// what to do instead of showing views that cannot load.
import { useI18n } from '../i18n/I18nProvider';

export function AccessDenied() {
  const { t } = useI18n();
  return (
    <main className="access-denied" role="alert">
      <h1>{t('error.accessDeniedTitle')}</h1>
      <p>{t('error.accessDenied')}</p>
    </main>
  );
}
