// Sammanfoga med… in the browser host: the other plans in the host's folder, by name.
import { useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { useCallData } from '../../api/useCallData';
import { Dialog, DialogActions } from '../../components/Dialog';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { startMerge } from './mergeStore';

interface Props {
  current: string | null;
  onClose(): void;
}

export function MergePickDialog({ current, onClose }: Props) {
  const { t, locale } = useI18n();
  const list = useCallData('document.list', {});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const files = (list.data ?? []).filter((f) => f.name !== current);

  async function pick(name: string) {
    setBusy(true);
    setError(null);
    const problem = await startMerge(name);
    setBusy(false);
    if (problem) setError(problem);
  }

  return (
    <Dialog title={t('merge.pick.title')} onClose={onClose} wide>
      <p>{t('merge.pick.intro')}</p>
      {list.data && files.length === 0 ? (
        <p>{t('merge.pick.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('open.name')}</th>
                <th scope="col">{t('open.modified')}</th>
                <th scope="col" className="num">
                  {t('open.size')}
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f, i) => (
                <tr key={f.name}>
                  <td>
                    <button type="button" className="link-button" data-autofocus={i === 0 ? true : undefined} disabled={busy} onClick={() => void pick(f.name)}>
                      {f.name}
                    </button>
                  </td>
                  <td>{formatDateTime(f.modified, locale)}</td>
                  <td className="num">{t('open.sizeKb', { size: formatNumber(Math.ceil(f.size / 1024), locale) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <DialogActions>
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </DialogActions>
    </Dialog>
  );
}
