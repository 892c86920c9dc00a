// A dialog that is one small form: an intro, its fields, Avbryt and the submit button. The page
// refuses at once only what needs no Node (nothing filled in); otherwise Node answers, the button
// is off while it works, and its refusal is shown under the field.
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog, DialogActions } from './Dialog';

export interface FormState {
  error: string | null;
  /** The id of the refusal, for the field's aria-describedby. */
  errorId: string;
  submit(e: SyntheticEvent): void;
}

interface Props {
  title: string;
  intro: string;
  submitLabel: string;
  /** Whether there is something to submit; the button is off until there is. */
  ready?: boolean;
  /** The refusal at once (a string) when the form is not filled in, else Node's answer: null when done. */
  onSubmit(): string | Promise<string | null>;
  onClose(): void;
  children(form: FormState): ReactNode;
}

export function FormDialog({ title, intro, submitLabel, ready = true, onSubmit, onClose, children }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const answer = onSubmit();
    if (typeof answer === 'string') {
      setError(answer);
      return;
    }
    setBusy(true);
    const problem = await answer;
    setBusy(false);
    setError(problem);
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{intro}</p>
        {children({ error, errorId, submit: (e) => void submit(e) })}
        <DialogActions>
          <button type="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !ready}>
            {submitLabel}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
