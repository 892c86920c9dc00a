// The plans in the host's folder, by name: one button per file.
import { useState } from 'react';
import type { FileEntry } from '../../../shared/api/status';
import { formatNumber } from '../../../shared/format/number';
import { Dialog, DialogActions } from '../../components/Dialog';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  files: FileEntry[];
  current: string | null;
  onOpen(name: string): Promise<string | null>;
  onClose(): void;
}

export function OpenDialog({ files, current, onOpen, onClose }: Props) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function open(name: string) {
    setBusy(true);
    setError(await onOpen(name));
    setBusy(false);
  }

  return (
    <Dialog title={t('open.title')} onClose={onClose} wide>
      {files.length === 0 ? (
        <p>{t('open.empty')}</p>
      ) : (
        <>
          <p>{t('open.intro')}</p>
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
                  <tr key={f.name} aria-current={f.name === current ? 'true' : undefined}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        data-autofocus={i === 0 ? true : undefined}
                        disabled={busy}
                        onClick={() => void open(f.name)}
                      >
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
        </>
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
