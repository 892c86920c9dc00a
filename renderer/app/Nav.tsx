// The main navigation: one link per view; the current one is marked for assistive technology
// (aria-current) and for the eye.
import { useI18n } from '../i18n/I18nProvider';
import { ROUTE_LABEL, ROUTES, routeHref, type Route } from './routes';

export function Nav({ current }: { current: Route }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((r) => (
          <li key={r}>
            <a href={routeHref(r)} aria-current={r === current ? 'page' : undefined}>
              {t(ROUTE_LABEL[r])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
