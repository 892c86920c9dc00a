// A field that stores its value when the user is done with it: Enter or leaving the field
// commits, Escape goes back to the stored value. A refused value stays in the field with the
// reason next to it, so the user can correct it instead of retyping it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { registerPendingEdit } from '../document/pending-edits';
import { FieldError } from './FieldError';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface Props<T> {
  label: string;
  value: T;
  format(value: T): string;
  parse(text: string): Parsed<T>;
  /** Stores the value; resolves to the reason it was refused, or null. */
  onCommit(value: T): Promise<string | null>;
  disabled?: boolean;
  unit?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
  hint?: ReactNode;
}

export function CommitField<T>({ label, value, format, parse, onCommit, disabled, unit, inputMode = 'text', className, hint }: Props<T>) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The text being committed right now: Enter then blur must not store it twice. */
  const committing = useRef<string | null>(null);

  async function commit(): Promise<void> {
    if (draft === null || committing.current === draft) return;
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (Object.is(parsed.value, value)) {
      setDraft(null);
      setError(null);
      return;
    }
    committing.current = draft;
    const problem = await onCommit(parsed.value);
    committing.current = null;
    setError(problem);
    if (!problem) setDraft(null);
  }

  const commitRef = useRef(commit);
  commitRef.current = commit;
  const pending = draft !== null;
  useEffect(() => (pending ? registerPendingEdit(() => commitRef.current()) : undefined), [pending]);

  function revert() {
    setDraft(null);
    setError(null);
  }

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {unit && <span className="visually-hidden"> ({unit})</span>}
      </label>
      <div className="field__control">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={inputMode === 'text'}
          value={draft ?? format(value)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            } else if (e.key === 'Escape' && (draft !== null || error)) {
              e.preventDefault();
              revert();
            }
          }}
        />
        {unit && (
          <span className="field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
