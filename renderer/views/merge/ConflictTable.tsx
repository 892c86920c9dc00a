// Every conflict side by side: what it is, my version and theirs (the values, who and when),
// and a choice of one of them per row.
import type { MergeChange, MergeConflict, MergeSide } from '../../../shared/api/calls/merge';
import { describeChange, describeField, describeRow, formatValue, type Wording } from '../../../shared/merge/wording';
import { useI18n } from '../../i18n/I18nProvider';
import { useByLine } from '../history/wording';

interface Props {
  conflicts: readonly MergeConflict[];
  fileName: string;
  choices: Readonly<Record<string, MergeSide>>;
  wording: Wording;
  onChoose(id: string, side: MergeSide): void;
}

function heading(c: MergeConflict, w: Wording): string {
  return c.kind === 'field' ? describeField(c.table, c.rowId, c.column, w) : describeRow(c.table, c.rowId, w);
}

export function ConflictTable({ conflicts, fileName, choices, wording, onChoose }: Props) {
  const { t } = useI18n();
  const byLine = useByLine();
  const why = (c: MergeConflict) =>
    c.kind === 'deleted'
      ? t(c.deletedIn === 'mine' ? 'merge.kind.deletedMine' : 'merge.kind.deletedTheirs')
      : c.kind === 'rule'
        ? t('merge.kind.rule', { message: c.message ?? '' })
        : null;

  /** One side: the value of a field, or the changes of a row and what hangs on it. */
  function side(c: MergeConflict, changes: MergeChange[]) {
    if (!changes.length) return <span className="muted">{t('merge.unchanged')}</span>;
    const by = changes
      .map((x) => x.by)
      .filter((b) => b !== null)
      .sort((a, b) => (a.time < b.time ? 1 : -1))[0];
    const field = c.kind === 'field' && changes.length === 1 && changes[0].op === 'update';
    return (
      <>
        {field ? (
          <strong className="merge-value">{formatValue(c.table, c.column, changes[0].after, wording)}</strong>
        ) : (
          <ul className="merge-changes">
            {changes.map((x, i) => (
              <li key={i}>{describeChange(x, wording)}</li>
            ))}
          </ul>
        )}
        {by && <span className="merge-by">{byLine(by.user, by.time)}</span>}
      </>
    );
  }

  return (
    <div className="table-scroll">
      <table className="data-table merge-conflicts">
        <thead>
          <tr>
            <th scope="col">{t('merge.col.what')}</th>
            <th scope="col">{t('merge.col.mine')}</th>
            <th scope="col">{t('merge.col.theirs', { file: fileName })}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => {
            const what = heading(c, wording);
            const reason = why(c);
            return (
              <tr key={c.id}>
                <th scope="row">
                  {what}
                  {reason && <span className="merge-reason">{reason}</span>}
                </th>
                {(['mine', 'theirs'] as const).map((s) => (
                  <td key={s} className={choices[c.id] === s ? 'merge-choice merge-choice--chosen' : 'merge-choice'}>
                    <label>
                      <input type="radio" name={c.id} checked={choices[c.id] === s} onChange={() => onChoose(c.id, s)} />
                      <span className="visually-hidden">{`${t(s === 'mine' ? 'merge.chooseMine' : 'merge.chooseTheirs')}: ${what}. `}</span>
                      <span className="merge-choice__body">{side(c, s === 'mine' ? c.mine : c.theirs)}</span>
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
