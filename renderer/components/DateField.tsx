// A date typed as Swedes write it, ÅÅÅÅ-MM-DD, whatever the browser's own language: a date
// input would show mm/dd/yyyy in an English browser. Stored when the user is done (Enter or
// leaving the field); "2025-3-4" and "20250304" are read too; a date that does not exist is
// refused beside the field.
import { useId, useState } from 'react';
import { readDate } from '../i18n/dates';
import { FieldError } from './FieldError';

interface Props {
  label: string;
  /** ISO date or '' for none. */
  value: string;
  placeholder: string;
  /** The sentence for text that is no date. */
  invalid: string;
  onChange(iso: string | undefined): void;
}

export function DateField({ label, value, placeholder, invalid, onChange }: Props) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    if (draft.trim() === '') {
      setDraft(null);
      setError(null);
      onChange(undefined);
      return;
    }
    const iso = readDate(draft);
    if (!iso) {
      setError(invalid);
      return;
    }
    setDraft(null);
    setError(null);
    onChange(iso);
  }

  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
