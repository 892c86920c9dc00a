// The alert region: refused calls and failed commands, in the words the API gave them.
import { useI18n } from '../i18n/I18nProvider';
import { useStore } from '../lib/store';
import { dismissNotice, notices } from './notices';

export function Notices() {
  const { t } = useI18n();
  const list = useStore(notices);
  return (
    <div className="notices">
      {list.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p className="notice__text">{n.message}</p>
          <button type="button" className="dismiss-button" aria-label={t('error.dismiss')} onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
