// While a view's data is on its way, or why it could not be loaded.
import type { CallData } from '../api/useCallData';
import { useI18n } from '../i18n/I18nProvider';

export function LoadProblem({ state }: { state: CallData<unknown> }) {
  const { t } = useI18n();
  if (state.error) return <p className="load-problem">{state.error.message}</p>;
  return <p className="muted">{t('app.loading')}</p>;
}
