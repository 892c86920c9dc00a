// Import of actions or financing entries from a file: pick it, check the proposed sheet, kind,
// unit and column mapping, preview every problem by row and column, then apply it all in one
// step (the steps in useTableImport, the settings in ImportPanel).
import { useEffect, useId, useRef } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/exchange/limits';
import { formatNumber } from '../../../shared/format/number';
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { pickLocalFile, stageByDialog, stageUpload } from './files';
import { ImportPanel } from './ImportPanel';
import { useTableImport } from './useTableImport';

export function TableImport() {
  const { t, locale } = useI18n();
  const heading = useId();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const state = useTableImport(readOnly, t('import.cancelled'));
  const panel = useRef<HTMLParagraphElement>(null);
  const { staged } = state;
  // A picked file opens its settings below the fold: bring them into view and focus there.
  useEffect(() => {
    if (!staged) return;
    panel.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [staged]);

  async function choose() {
    let file: File | null = null;
    if (status?.picker !== 'dialog') {
      file = await pickLocalFile('.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv');
      if (!file) return;
    }
    await state.start((taskId) => (file ? stageUpload(file, 'table', taskId) : stageByDialog('table', taskId)));
  }

  async function apply() {
    const c = await state.apply();
    if (c) state.setMessage({ kind: 'ok', text: t('import.done', { add: formatNumber(c.add, locale), update: formatNumber(c.update, locale) }) });
  }

  return (
    <section className="card export-card" aria-labelledby={heading}>
      <h2 id={heading}>{t('import.title')}</h2>
      <p className="card__hint">{t('import.intro')}</p>
      <div className="import-pick">
        <button type="button" onClick={() => void choose()} disabled={state.task.running || readOnly}>
          {t('import.choose')}
        </button>
        <span className="muted">{t('import.chooseHint', { size: formatNumber(MAX_IMPORT_BYTES / (1024 * 1024), locale) })}</span>
      </div>
      <ImportPanel state={state} onApply={() => void apply()} onClose={state.close} fileRef={panel} fileLabel={staged?.fileName ?? ''} />
    </section>
  );
}
