// What an import would do: how many rows are added, changed or unchanged, every problem by row
// and column (the messages are Node's), and the first rows.
import type { ImportPreview as Preview } from '../../../shared/exchange/outcomes';
import type { ImportProblem } from '../../../shared/exchange/problems';
import { formatNumber } from '../../../shared/format/number';
import { useI18n } from '../../i18n/I18nProvider';

export function ImportPreview({ preview }: { preview: Preview }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const c = preview.counts;
  const total = c.add + c.update + c.unchanged;
  return (
    <div className="import-preview" role="status">
      {preview.problemCount === 0 && (
        <p className="import-counts">
          {total === 0 ? t('import.noRows') : t('import.counts', { add: n(c.add), update: n(c.update), unchanged: n(c.unchanged) })}
        </p>
      )}
      {preview.problemCount > 0 ? (
        <ProblemTable problems={preview.problems} count={preview.problemCount} />
      ) : (
        total > 0 && (
          <>
            <p className="export-ok">{c.add + c.update > 0 ? t('import.ok') : t('import.nothing')}</p>
            <RowsTable preview={preview} />
          </>
        )
      )}
    </div>
  );
}

export function ProblemTable({ problems, count }: { problems: ImportProblem[]; count: number }) {
  const { t, locale } = useI18n();
  return (
    <>
      <p className="import-problems-intro">
        {t('import.problems', { count: formatNumber(count, locale) })}{' '}
        {problems.length < count && t('import.problemsShown', { shown: formatNumber(problems.length, locale) })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.problemCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.col.row')}
              </th>
              <th scope="col">{t('import.col.column')}</th>
              <th scope="col">{t('import.col.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.row > 0 ? p.row : '–'}</td>
                <td>{p.column ? `${p.column}${p.header ? ` (${p.header})` : ''}` : p.row > 0 ? '–' : t('import.whole')}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RowsTable({ preview }: { preview: Preview }) {
  const { t, locale } = useI18n();
  const total = preview.counts.add + preview.counts.update + preview.counts.unchanged;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.col.row')}
              </th>
              <th scope="col">{t('import.col.op')}</th>
              <th scope="col">{t('import.col.code')}</th>
              <th scope="col">{t('import.col.name')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row}>
                <td className="num">{r.row}</td>
                <td>{t(`import.op.${r.op}`)}</td>
                <td>{r.code}</td>
                <td>{r.name || r.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length < total && <p className="muted">{t('import.rowsShown', { shown: formatNumber(preview.rows.length, locale) })}</p>}
    </>
  );
}
