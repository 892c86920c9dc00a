// A view that throws while rendering shows a message and a retry button; the rest of the app
// (navigation, Spara) keeps working.
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ViewError error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

function ViewError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div className="view-error" role="alert">
      <p>{t('error.view')}</p>
      <p className="muted">{t('error.viewDetail', { message: error.message })}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
