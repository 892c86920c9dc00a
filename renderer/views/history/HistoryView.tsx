// Historik: the change log, newest first. A first, plain table; filtering and per-row
// history come with the grid.
import type { ChangeEntry } from '../../../shared/api/status';
import { formatNumber, type Locale } from '../../../shared/format/number';
import { useCallData } from '../../api/useCallData';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/translate';
import { LoadProblem } from '../LoadProblem';
import { formatChangeValue } from './formatChange';
import { columnName, isYearColumn, tableName } from './names';

const PAGE = 200;

export function HistoryView() {
  const { t, locale } = useI18n();
  const history = useCallData('history.list', { limit: PAGE });
  const data = history.data;

  return (
    <section className="view">
      <h1>{t('history.title')}</h1>
      <p className="lead">{t('history.intro')}</p>
      {!data ? (
        <LoadProblem state={history} />
      ) : data.entries.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <>
          {data.total > data.entries.length && (
            <p className="muted">
              {t('history.shown', { shown: formatNumber(data.entries.length, locale), total: formatNumber(data.total, locale) })}
            </p>
          )}
          <div className="table-scroll table-scroll--tall">
            <table className="data-table history-table">
              <thead>
                <tr>
                  <th scope="col">{t('history.time')}</th>
                  <th scope="col">{t('history.user')}</th>
                  <th scope="col">{t('history.table')}</th>
                  <th scope="col">{t('history.row')}</th>
                  <th scope="col">{t('history.column')}</th>
                  <th scope="col">{t('history.change')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="nowrap">
                      {formatDateTime(e.time, locale)}
                      {e.saveId === null && <span className="tag">{t('history.unsaved')}</span>}
                    </td>
                    <td>{e.user}</td>
                    <td>{tableName(e.table, locale)}</td>
                    <td className="mono">{e.rowId}</td>
                    <td>{e.column ? columnName(e.column, locale) : ''}</td>
                    <td>{describeChange(e, locale, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function describeChange(e: ChangeEntry, locale: Locale, t: Translate): string {
  const year = isYearColumn(e.column);
  if (e.op === 'insert') return `${t('history.op.insert')}: ${formatChangeValue(e.newValue, locale, year)}`;
  if (e.op === 'delete') return `${t('history.op.delete')}: ${formatChangeValue(e.oldValue, locale, year)}`;
  return `${formatChangeValue(e.oldValue, locale, year)} → ${formatChangeValue(e.newValue, locale, year)}`;
}
