// Ny, Öppna, Spara, Ångra, Gör om: the commands on the plan file, shared by the toolbar and
// the keyboard shortcuts, and the dialogs they need (save as, replace?, open, new, save first?).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FileEntry } from '../../shared/api/status';
import { client } from '../api/client';
import { request } from '../api/request';
import { showError } from '../app/notices';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { NewPlanDialog } from './dialogs/NewPlanDialog';
import { OpenDialog } from './dialogs/OpenDialog';
import { SaveAsDialog } from './dialogs/SaveAsDialog';
import { documentStore, useDocument } from './document-store';
import { sameFileName, suggestedName, withExtension } from './file-names';
import { commitPendingEdits } from './pending-edits';
import { undoNotice } from '../undo/UndoNotice';

export interface DocumentCommands {
  save(): Promise<void>;
  /** Spara som: a new name in the folder, or the system dialog in Electron. */
  saveAs(): Promise<void>;
  /** Spara, then run `then` once the plan is safely written (Electron's "save and close"). */
  saveThen(then: () => void): Promise<void>;
  open(): Promise<void>;
  newPlan(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** True while a dialog of these commands is open (shortcuts then stay quiet). */
  busy: boolean;
}

/** What to do once the plan is saved (after "Spara först"). */
type Then = () => void;

type DialogState =
  | { kind: 'saveAs'; name?: string; then?: Then }
  | { kind: 'overwrite'; name: string; then?: Then }
  | { kind: 'open'; files: FileEntry[] }
  | { kind: 'openLocked'; name: string; message: string }
  | { kind: 'new' }
  | { kind: 'unsaved'; then: Then };

const Context = createContext<DocumentCommands | null>(null);

export function DocumentCommandsProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const close = useCallback(() => setDialog(null), []);

  const saveAs = useCallback(async (name: string, overwrite: boolean, then?: Then): Promise<string | null> => {
    const result = await client.call('document.saveAs', overwrite ? { name, overwrite } : { name });
    if (!result.ok) {
      if (!overwrite && result.error.code === 'conflict') {
        setDialog({ kind: 'overwrite', name, then });
        return null;
      }
      return result.error.message;
    }
    setDialog(null);
    then?.();
    return null;
  }, []);

  /** Save-as by name (browser host): ask before replacing a plan of the same name. */
  const submitName = useCallback(
    async (typed: string, then?: Then): Promise<string | null> => {
      const name = withExtension(typed);
      const files = await client.call('document.list', {});
      if (files.ok && files.value.some((f) => sameFileName(f.name, name))) {
        setDialog({ kind: 'overwrite', name, then });
        return null;
      }
      return saveAs(name, false, then);
    },
    [saveAs],
  );

  const save = useCallback(async (then?: Then) => {
    await commitPendingEdits();
    const result = await client.call('document.save', {});
    if (result.ok) {
      then?.();
      return;
    }
    if (result.error.code !== 'needsName') {
      showError(result.error.message);
      return;
    }
    if (documentStore.get().status?.picker === 'dialog') {
      // Electron: the system's own save dialog chooses the file.
      const asked = await request('document.saveAs', {});
      if (asked) then?.();
      return;
    }
    setDialog({ kind: 'saveAs', then });
  }, []);

  /** Runs `action` now, or after asking what to do with unsaved changes. */
  const guardUnsaved = useCallback(async (action: Then) => {
    await commitPendingEdits();
    if (documentStore.get().status?.dirty) setDialog({ kind: 'unsaved', then: action });
    else action();
  }, []);

  const showOpen = useCallback(async () => {
    if (documentStore.get().status?.picker === 'dialog') {
      await request('document.open', {});
      return;
    }
    const files = await request('document.list', {});
    if (files) setDialog({ kind: 'open', files });
  }, []);

  const openByName = useCallback(async (name: string): Promise<string | null> => {
    const result = await client.call('document.open', { name });
    if (!result.ok) {
      // A colleague has it open: offer to read it without taking their lock.
      if (result.error.code === 'locked') {
        setDialog({ kind: 'openLocked', name, message: result.error.message });
        return null;
      }
      return result.error.message;
    }
    setDialog(null);
    return null;
  }, []);

  const openReadOnly = useCallback(async (name: string) => {
    setDialog(null);
    await request('document.open', { name, readOnly: true });
  }, []);

  const createPlan = useCallback(async (municipalityCode: string): Promise<string | null> => {
    const result = await client.call('document.new', { municipalityCode });
    if (!result.ok) return result.error.message;
    setDialog(null);
    return null;
  }, []);

  const history = useCallback(async (direction: 'undo' | 'redo') => {
    await commitPendingEdits();
    const status = documentStore.get().status;
    if (!(direction === 'undo' ? status?.canUndo : status?.canRedo)) return;
    // The step is asked for now, not taken from the buttons: an edit may have landed since.
    const steps = await client.call('history.steps', {});
    const done = await request(`history.${direction}`, {});
    const step = steps.ok ? steps.value[direction] : null;
    if (done && step) undoNotice.set((n) => ({ id: (n?.id ?? 0) + 1, step, undone: direction === 'undo' }));
  }, []);

  const askSaveAs = useCallback(async () => {
    await commitPendingEdits();
    if (documentStore.get().status?.picker === 'dialog') await request('document.saveAs', {});
    else setDialog({ kind: 'saveAs' });
  }, []);

  const commands = useMemo<DocumentCommands>(
    () => ({
      save: () => save(),
      saveAs: askSaveAs,
      saveThen: (then) => save(then),
      open: () => guardUnsaved(() => void showOpen()),
      newPlan: () => guardUnsaved(() => setDialog({ kind: 'new' })),
      undo: () => history('undo'),
      redo: () => history('redo'),
      busy: dialog !== null,
    }),
    [save, askSaveAs, guardUnsaved, showOpen, history, dialog],
  );

  const { status } = useDocument();
  return (
    <Context value={commands}>
      {children}
      {dialog?.kind === 'saveAs' && (
        <SaveAsDialog
          initialName={dialog.name ?? suggestedName(status?.title || status?.municipality || '')}
          onSubmit={(name) => submitName(name, dialog.then)}
          onClose={close}
        />
      )}
      {dialog?.kind === 'overwrite' && (
        <ConfirmDialog
          title={t('overwrite.title')}
          onClose={close}
          choices={[
            { label: t('dialog.cancel'), onChoose: () => setDialog({ kind: 'saveAs', name: dialog.name, then: dialog.then }), safe: true },
            {
              label: t('overwrite.submit'),
              primary: true,
              onChoose: () =>
                void saveAs(dialog.name, true, dialog.then).then((problem) => {
                  if (problem) {
                    setDialog(null);
                    showError(problem);
                  }
                }),
            },
          ]}
        >
          <p>{t('overwrite.body', { name: dialog.name })}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'open' && <OpenDialog files={dialog.files} current={status?.fileName ?? null} onOpen={openByName} onClose={close} />}
      {dialog?.kind === 'openLocked' && (
        <ConfirmDialog
          title={t('openLocked.title')}
          onClose={close}
          choices={[
            { label: t('dialog.cancel'), onChoose: close, safe: true },
            { label: t('openLocked.submit'), primary: true, onChoose: () => void openReadOnly(dialog.name) },
          ]}
        >
          <p>{dialog.message}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'new' && <NewPlanDialog onCreate={createPlan} onClose={close} />}
      {dialog?.kind === 'unsaved' && (
        <ConfirmDialog
          title={t('unsaved.title')}
          onClose={close}
          choices={[
            { label: t('dialog.cancel'), onChoose: close, safe: true },
            {
              label: t('unsaved.discard'),
              onChoose: () => {
                setDialog(null);
                dialog.then();
              },
            },
            {
              label: t('unsaved.save'),
              primary: true,
              onChoose: () => {
                setDialog(null);
                void save(dialog.then);
              },
            },
          ]}
        >
          <p>{t('unsaved.body', { title: status?.title || status?.municipality || '' })}</p>
        </ConfirmDialog>
      )}
    </Context>
  );
}

export function useDocumentCommands(): DocumentCommands {
  const commands = useContext(Context);
  if (!commands) throw new Error('useDocumentCommands outside <DocumentCommandsProvider>');
  return commands;
}
