// Öppna in the browser host: the plans in the host's folder, by name, the open one marked.
import type { FileEntry } from '../../../shared/api/status';
import { PlanFileDialog } from '../../components/PlanFileDialog';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  files: FileEntry[];
  current: string | null;
  onOpen(name: string): Promise<string | null>;
  onClose(): void;
}

export function OpenDialog({ files, current, onOpen, onClose }: Props) {
  const { t } = useI18n();
  return (
    <PlanFileDialog
      title={t('open.title')}
      lead={<p>{files.length === 0 ? t('open.empty') : t('open.intro')}</p>}
      files={files}
      current={current}
      onPick={onOpen}
      onClose={onClose}
    />
  );
}
