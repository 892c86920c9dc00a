// After a crash: the working copies with unsaved work, each to recover or to throw away.
import type { RecoverableCopy } from '../../../shared/api/status';
import { formatNumber } from '../../../shared/format/number';
import { Dialog, DialogActions } from '../../components/Dialog';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  copies: RecoverableCopy[];
  busy: boolean;
  onRecover(id: string): void;
  onDiscard(id: string): void;
  onClose(): void;
}

export function RecoveryDialog({ copies, busy, onRecover, onDiscard, onClose }: Props) {
  const { t, locale } = useI18n();
  return (
    <Dialog title={t('recovery.title')} onClose={onClose} wide>
      <p>{t('recovery.intro')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('recovery.plan')}</th>
              <th scope="col">{t('recovery.file')}</th>
              <th scope="col">{t('recovery.modified')}</th>
              <th scope="col" className="num">
                {t('recovery.changes')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('recovery.recover')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {copies.map((c, i) => {
              const title = c.title || c.municipality;
              return (
                <tr key={c.id}>
                  <td>
                    {title}
                    {c.municipality && c.title ? <span className="muted"> · {c.municipality}</span> : null}
                  </td>
                  <td className="nowrap">{c.fileName ?? t('status.neverSaved')}</td>
                  <td className="nowrap">{formatDateTime(c.modified, locale)}</td>
                  <td className="num">{formatNumber(c.unsavedChanges, locale)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="primary"
                        disabled={busy}
                        data-autofocus={i === 0 ? true : undefined}
                        aria-label={t('recovery.recoverNamed', { title })}
                        onClick={() => onRecover(c.id)}
                      >
                        {t('recovery.recover')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        aria-label={t('recovery.discardNamed', { title })}
                        onClick={() => onDiscard(c.id)}
                      >
                        {t('recovery.discard')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <DialogActions>
        <button type="button" onClick={onClose}>
          {t('recovery.later')}
        </button>
      </DialogActions>
    </Dialog>
  );
}
