// The plan's commands as buttons, for those who do not know the shortcuts.
import { useDocument } from '../document/documentStore';
import { useDocumentCommands } from '../document/DocumentCommands';
import { useI18n } from '../i18n/I18nProvider';

export function Toolbar() {
  const { t } = useI18n();
  const { status } = useDocument();
  const commands = useDocumentCommands();
  const readOnly = status?.readOnly ?? false;
  return (
    <div className="toolbar" role="group" aria-label={t('toolbar.label')}>
      <button type="button" title={t('toolbar.newHint')} onClick={() => void commands.newPlan()}>
        {t('toolbar.new')}
      </button>
      <button type="button" title={t('toolbar.openHint')} onClick={() => void commands.open()}>
        {t('toolbar.open')}
      </button>
      <button
        type="button"
        title={t('toolbar.saveHint')}
        disabled={!status?.open || readOnly}
        onClick={() => void commands.save()}
      >
        {t('toolbar.save')}
      </button>
      <span className="toolbar__gap" aria-hidden="true" />
      <button
        type="button"
        title={t('toolbar.undoHint')}
        disabled={readOnly || !status?.canUndo}
        onClick={() => void commands.undo()}
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        title={t('toolbar.redoHint')}
        disabled={readOnly || !status?.canRedo}
        onClick={() => void commands.redo()}
      >
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
