// How many actions the plan has in each status: the first thing a council asks.
import { useId } from 'react';
import type { Action } from '../../../shared/domain/types';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/ids';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { useI18n } from '../../i18n/I18nProvider';

function countByStatus(actions: readonly Action[]): Record<ActionStatus, number> {
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const a of actions) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

export function ActionCounts({ actions }: { actions: readonly Action[] }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const counts = countByStatus(actions);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.counts')}</h2>
      {actions.length === 0 ? (
        <p>{t('overview.noActions')}</p>
      ) : (
        <table className="data-table counts-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('overview.countsStatus')}</th>
              <th scope="col" className="num">
                {t('overview.countsNumber')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ACTION_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">
                  <span className={`status-dot status-dot--${s}`} aria-hidden="true" />
                  {labelOf(STATUS_LABELS, s, locale)}
                </th>
                <td className="num">{formatNumber(counts[s], locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('overview.countsTotal')}</th>
              <td className="num">{formatNumber(actions.length, locale)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
