// After Ångra or Gör om: a short note of what changed back (or again), with "Visa" to see it
// where it lives. Polite (role status), closed by its button, by the next undo, or after a while.
import { useEffect } from 'react';
import type { UndoStep } from '../../shared/api/calls/history';
import { useI18n } from '../i18n/I18nProvider';
import { createStore, useStore } from '../lib/store';
import { useWording } from '../views/history/wording';
import { reveal } from './reveal';
import { revealOf, stepDone } from './step-words';

export const undoNotice = createStore<{ id: number; step: UndoStep; undone: boolean } | null>(null);

const SHOWN_MS = 15_000;

export function UndoNotice() {
  const { t } = useI18n();
  const notice = useStore(undoNotice);
  const wording = useWording(notice?.step.names);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => undoNotice.set((n) => (n?.id === notice.id ? null : n)), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const target = notice ? revealOf(notice.step) : null;
  return (
    <div className="undo-notice" role="status" aria-live="polite">
      {notice && (
        <div className="undo-notice__body">
          <p>{stepDone(notice.step, wording, t, notice.undone)}</p>
          {target && (
            <button type="button" onClick={() => reveal(target)}>
              {t('undo.show')}
            </button>
          )}
          <button type="button" className="dismiss-button" aria-label={t('error.dismiss')} onClick={() => undoNotice.set(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
