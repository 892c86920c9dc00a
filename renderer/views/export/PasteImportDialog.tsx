// A block pasted into a grid whose columns do not fit it (a header row, another column order,
// words where numbers go) is imported instead of pasted: the same column mapping, unit and
// preview of every problem as a file in the Export view, then one step that Ctrl+Z undoes. The
// pasted text goes to Node as a small tab-separated file; a block without a header row gets
// the grid's own headers of the columns it was pasted over, so the first proposal is "as pasted".
import { useEffect, useRef } from 'react';
import type { ImportKind } from '../../../shared/exchange/columns';
import { formatNumber } from '../../../shared/format/number';
import { Dialog } from '../../components/Dialog';
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { stageUpload } from './files';
import { ImportPanel } from './ImportPanel';
import { useTableImport } from './useTableImport';

interface Props {
  /** The pasted text (tab-separated, as spreadsheets put it on the clipboard). */
  tsv: string;
  kind: ImportKind;
  onClose(): void;
  /** Called with what was done, once the import is applied. */
  onDone(text: string): void;
}

export function PasteImportDialog({ tsv, kind, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const { status } = useDocument();
  const state = useTableImport(status?.readOnly ?? true, t('import.cancelled'));
  const started = useRef(false);
  const panel = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const file = new File([`\uFEFF${tsv}`], t('pasteImport.fileName'), { type: 'text/plain' });
    void state.start((taskId) => stageUpload(file, 'table', taskId), kind).then(() => panel.current?.focus());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function close() {
    state.close();
    onClose();
  }

  async function apply() {
    const c = await state.apply();
    if (!c) return;
    onDone(t('import.done', { add: formatNumber(c.add, locale), update: formatNumber(c.update, locale) }));
  }

  return (
    <Dialog title={t('pasteImport.title')} onClose={close} wide>
      <p>{t('pasteImport.body')}</p>
      <ImportPanel state={state} fixedKind onApply={() => void apply()} onClose={close} fileRef={panel} fileLabel={t('pasteImport.fileLabel')} />
    </Dialog>
  );
}
