// Sammanfoga med… in the browser host: the other plans in the host's folder, by name.
import { useCallData } from '../../api/useCallData';
import { PlanFileDialog } from '../../components/PlanFileDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { startMerge } from './merge-store';

interface Props {
  current: string | null;
  onClose(): void;
}

export function MergePickDialog({ current, onClose }: Props) {
  const { t } = useI18n();
  const list = useCallData('document.list', {});
  const files = list.data ? list.data.filter((f) => f.name !== current) : null;
  return (
    <PlanFileDialog
      title={t('merge.pick.title')}
      lead={
        <>
          <p>{t('merge.pick.intro')}</p>
          {files?.length === 0 && <p>{t('merge.pick.empty')}</p>}
        </>
      }
      files={files}
      onPick={startMerge}
      onClose={onClose}
    />
  );
}
