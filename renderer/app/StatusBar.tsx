// The foot of the window: which file, whether it is saved, and who holds it when read-only.
import { useDocument } from '../document/document-store';
import { formatDateTime } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';

export function StatusBar() {
  const { t, locale } = useI18n();
  const { status } = useDocument();

  let items: { key: string; text: string; tone?: 'warn' | 'ok' }[];
  if (!status) items = [{ key: 'loading', text: t('app.loading') }];
  else if (!status.open) items = [{ key: 'none', text: t('status.noDocument') }];
  else {
    items = [{ key: 'file', text: status.fileName ?? t('status.neverSaved') }];
    // A plan that was never saved is not "Sparad", even before its first edit.
    if (status.dirty) items.push({ key: 'state', text: t('status.dirty'), tone: 'warn' });
    else if (status.fileName) {
      const saved = status.savedAt ? t('status.savedAt', { time: formatDateTime(status.savedAt, locale) }) : t('status.saved');
      items.push({ key: 'state', text: saved, tone: 'ok' });
    }
    if (status.readOnly) {
      const lock = status.lockedBy;
      items.push({
        key: 'lock',
        text: lock ? t('status.readOnly', { user: lock.user, host: lock.host }) : t('status.readOnlyPlain'),
        tone: 'warn',
      });
    }
  }

  return (
    <footer className="statusbar">
      <div role="status" aria-label={t('status.label')} className="statusbar__items">
        {items.map((i) => (
          <span key={i.key} className={i.tone ? `statusbar__item statusbar__item--${i.tone}` : 'statusbar__item'}>
            {i.text}
          </span>
        ))}
      </div>
      {status?.open && status.municipality && <span className="statusbar__meta">{status.municipality}</span>}
    </footer>
  );
}
