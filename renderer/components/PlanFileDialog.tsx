// The plans in the host's folder, by name, to pick one from (open, merge with): the browser host
// chooses files by name in one folder, never by path. A pick Node refuses stays in the dialog
// with the reason, so the user can pick another.
import { useState, type ReactNode } from 'react';
import type { FileEntry } from '../../shared/api/status';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog, DialogActions } from './Dialog';
import { FieldError } from './FieldError';
import { FileTable } from './FileTable';

interface Props {
  title: string;
  /** What stands above the list: the intro, or why there is nothing to pick. */
  lead: ReactNode;
  /** The files to pick from; null while the list is loading. */
  files: FileEntry[] | null;
  /** The open file, marked in the list. */
  current?: string | null;
  /** Picks a file: null when done, else Node's refusal. */
  onPick(name: string): Promise<string | null>;
  onClose(): void;
}

export function PlanFileDialog({ title, lead, files, current, onPick, onClose }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(name: string) {
    setBusy(true);
    setError(null);
    const problem = await onPick(name);
    setBusy(false);
    setError(problem);
  }

  return (
    <Dialog title={title} onClose={onClose} wide>
      {lead}
      {files?.length !== 0 && (
        <div className="table-scroll">
          <FileTable
            files={files ?? []}
            current={current}
            name={(f, i) => (
              <button type="button" className="link-button" data-autofocus={i === 0 ? true : undefined} disabled={busy} onClick={() => void pick(f.name)}>
                {f.name}
              </button>
            )}
          />
        </div>
      )}
      <FieldError error={error} alert />
      <DialogActions>
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </DialogActions>
    </Dialog>
  );
}
