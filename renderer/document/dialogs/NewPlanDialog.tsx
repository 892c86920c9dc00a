// A new plan starts from its municipality: a searchable list of Sweden's 290 kommuner.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { MUNICIPALITIES, type Municipality } from '../../../shared/reference/municipalities';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  onCreate(code: string): Promise<string | null>;
  onClose(): void;
}

/** Case- and accent-insensitive enough for "umea" to find Umeå. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matching(query: string): readonly Municipality[] {
  const q = fold(query.trim());
  if (!q) return MUNICIPALITIES;
  return MUNICIPALITIES.filter((m) => fold(m.name).includes(q) || m.code.startsWith(q) || fold(m.county).includes(q));
}

export function NewPlanDialog({ onCreate, onClose }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const filterId = useId();
  const listId = useId();
  const errorId = useId();

  const shown = useMemo(() => [...matching(query)].sort((a, b) => a.name.localeCompare(b.name, 'sv')), [query]);
  // The choice follows the search: the first match unless the user picked one still shown.
  const chosen = shown.find((m) => m.code === code) ?? shown[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) {
      setError(t('new.missing'));
      return;
    }
    setBusy(true);
    setError(await onCreate(chosen.code));
    setBusy(false);
  }

  return (
    <Dialog title={t('new.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('new.intro')}</p>
        <div className="field">
          <label htmlFor={filterId}>{t('new.filter')}</label>
          <input
            id={filterId}
            data-autofocus
            type="text"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-controls={listId}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={listId}>{t('new.municipality')}</label>
          <select
            id={listId}
            size={9}
            className="listbox"
            value={chosen?.code ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setCode(e.target.value)}
            onDoubleClick={(e) => void submit(e)}
          >
            {shown.map((m) => (
              <option key={m.code} value={m.code}>
                {t('new.option', { name: m.name, code: m.code, county: m.county })}
              </option>
            ))}
          </select>
          {shown.length === 0 && <p className="field__hint">{t('new.noMatch')}</p>}
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
          <button type="submit" className="primary" disabled={busy || !chosen}>
            {t('new.submit')}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
