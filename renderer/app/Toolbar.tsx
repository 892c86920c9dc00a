// The plan's commands as buttons, for those who do not know the shortcuts. Ångra and Gör om
// name the step they would take, in their tooltip and accessible name.
import { useDocument } from '../document/document-store';
import { useDocumentCommands } from '../document/DocumentCommands';
import { useI18n } from '../i18n/I18nProvider';
import { useStore } from '../lib/store';
import { stepName } from '../undo/step-words';
import { undoSteps } from '../undo/undo-steps';
import { useWording } from '../views/history/wording';

export function Toolbar() {
  const { t } = useI18n();
  const { status } = useDocument();
  const commands = useDocumentCommands();
  const readOnly = status?.readOnly ?? false;
  const steps = useStore(undoSteps);
  const undoWords = useWording(steps.undo?.names);
  const redoWords = useWording(steps.redo?.names);
  const canUndo = !readOnly && !!status?.canUndo;
  const canRedo = !readOnly && !!status?.canRedo;
  const undoName = canUndo && steps.undo ? t('toolbar.undoStep', { step: stepName(steps.undo, undoWords, t) }) : null;
  const redoName = canRedo && steps.redo ? t('toolbar.redoStep', { step: stepName(steps.redo, redoWords, t) }) : null;
  return (
    <div className="toolbar" role="group" aria-label={t('toolbar.label')}>
      <button type="button" title={t('toolbar.newHint')} onClick={() => void commands.newPlan()}>
        {t('toolbar.new')}
      </button>
      <button type="button" title={t('toolbar.openHint')} onClick={() => void commands.open()}>
        {t('toolbar.open')}
      </button>
      <button type="button" title={t('toolbar.saveHint')} disabled={!status?.open || readOnly} onClick={() => void commands.save()}>
        {t('toolbar.save')}
      </button>
      <span className="toolbar__gap" aria-hidden="true" />
      <button
        type="button"
        title={undoName ? `${undoName} (Ctrl+Z)` : t('toolbar.undoHint')}
        aria-label={undoName ?? undefined}
        disabled={!canUndo}
        onClick={() => void commands.undo()}
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        title={redoName ? `${redoName} (Ctrl+Y)` : t('toolbar.redoHint')}
        aria-label={redoName ?? undefined}
        disabled={!canRedo}
        onClick={() => void commands.redo()}
      >
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
