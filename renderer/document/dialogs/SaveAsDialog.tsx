// Asks for the file name of a plan that was never saved (browser host: files are chosen by
// name in the host's folder, never by path).
import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  initialName: string;
  onSubmit(name: string): Promise<string | null>;
  onClose(): void;
}

export function SaveAsDialog({ initialName, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') {
      setError(t('saveAs.missing'));
      return;
    }
    setBusy(true);
    const problem = await onSubmit(name.trim());
    setBusy(false);
    setError(problem);
  }

  return (
    <Dialog title={t('saveAs.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('saveAs.intro')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('saveAs.name')}</label>
          <input
            id={inputId}
            data-autofocus
            type="text"
            value={name}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={hintId} className="field__hint">
            {t('saveAs.nameHint')}
          </p>
          {error && (
            <p id={errorId} className="field__error">
              {error}
            </p>
          )}
        </div>
        <DialogActions>
          <button type="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('saveAs.submit')}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
