// A new plan starts from its municipality: a searchable list of Sweden's 290 kommuner.
import { useId, useMemo, useState } from 'react';
import { MUNICIPALITIES, type Municipality } from '../../../shared/reference/municipalities';
import { FieldError } from '../../components/FieldError';
import { FormDialog } from '../../components/FormDialog';
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
  const filterId = useId();
  const listId = useId();

  const shown = useMemo(() => [...matching(query)].sort((a, b) => a.name.localeCompare(b.name, 'sv')), [query]);
  // The choice follows the search: the first match unless the user picked one still shown.
  const chosen = shown.find((m) => m.code === code) ?? shown[0];

  return (
    <FormDialog
      title={t('new.title')}
      intro={t('new.intro')}
      submitLabel={t('new.submit')}
      ready={Boolean(chosen)}
      onSubmit={() => (chosen ? onCreate(chosen.code) : t('new.missing'))}
      onClose={onClose}
    >
      {({ error, errorId, submit }) => (
        <>
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
              onDoubleClick={submit}
            >
              {shown.map((m) => (
                <option key={m.code} value={m.code}>
                  {t('new.option', { name: m.name, code: m.code, county: m.county })}
                </option>
              ))}
            </select>
            {shown.length === 0 && <p className="field__hint">{t('new.noMatch')}</p>}
            <FieldError id={errorId} error={error} />
          </div>
        </>
      )}
    </FormDialog>
  );
}
