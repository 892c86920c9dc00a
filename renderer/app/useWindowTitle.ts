// The window's title names the view and the plan, so the taskbar and screen readers say where
// the user is: "Översikt – Klimatinvesteringsplan Umeå – Klimatinvesteringsplan".
import { useEffect } from 'react';
import { useDocument } from '../document/document-store';
import { useI18n } from '../i18n/I18nProvider';
import { ROUTE_LABEL, type Route } from './routes';

export function useWindowTitle(route: Route): void {
  const { t } = useI18n();
  const { status } = useDocument();
  const plan = status?.open ? status.title || status.municipality : '';
  const dirty = status?.dirty ? '• ' : '';
  useEffect(() => {
    document.title = [dirty + t(ROUTE_LABEL[route]), plan, t('app.name')].filter(Boolean).join(' – ');
  }, [t, route, plan, dirty]);
}
