// The progress of a slow import or export, with its cancel button.
import { formatNumber, formatPercent } from '../../../shared/format/number';
import { useI18n } from '../../i18n/I18nProvider';
import type { TaskState } from './useTask';

export function TaskStatus({ task }: { task: TaskState }) {
  const { t, locale } = useI18n();
  const p = task.progress;
  if (!task.running || !p) return null;
  const known = p.total > 0;
  const label = t(`task.${p.phase}`);
  return (
    <div className="task-status" role="status">
      <span>{label}</span>
      <progress max={known ? p.total : undefined} value={known ? p.done : undefined} aria-label={label} />
      {known && (
        <span className="task-status__count">
          {t('task.rows', { done: formatNumber(p.done, locale), total: formatNumber(p.total, locale) })} ({formatPercent(p.done / p.total, locale, 0)})
        </span>
      )}
      <button type="button" onClick={task.cancel}>
        {t('task.cancel')}
      </button>
    </div>
  );
}
