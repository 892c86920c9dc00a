// The changes, newest first, grouped by the save that wrote them to the file: when, who (and
// from which copy), what in words, and buttons to put a change — or, when one action is shown,
// the whole action — back.
import type { HistoryPage } from '../../../shared/api/calls/history';
import type { ChangeEntry } from '../../../shared/api/status';
import { describeChange, type Wording } from '../../../shared/merge/wording';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { asChange, isRestorable } from './wording';

/** "Anna" → "Annas", "Lars" → "Lars" (as Swedish writes the genitive). */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

interface Props {
  page: HistoryPage;
  wording: Wording;
  /** The action the history is filtered on: each row can restore it to that point. */
  action: { id: string; label: string } | null;
  readOnly: boolean;
  onRestore(entry: ChangeEntry, sentence: string): void;
  onRestoreAction(entry: ChangeEntry): void;
}

interface Group {
  saveId: string | null;
  entries: ChangeEntry[];
}

function groups(entries: readonly ChangeEntry[]): Group[] {
  const out: Group[] = [];
  for (const e of entries) {
    const last = out.at(-1);
    if (last && last.saveId === e.saveId) last.entries.push(e);
    else out.push({ saveId: e.saveId, entries: [e] });
  }
  return out;
}

export function HistoryTable({ page, wording, action, readOnly, onRestore, onRestoreAction }: Props) {
  const { t, locale } = useI18n();
  const saves = new Map(page.saves.map((s) => [s.id, s]));
  const heading = (g: Group) => {
    if (g.saveId === null) return t('history.group.unsaved');
    const s = saves.get(g.saveId);
    return s ? t('history.group.saved', { time: formatDateTime(s.time, locale), user: s.user }) : t('history.group.savedElsewhere');
  };
  // Another copy is named by the file it came in with, else by whose copy it is.
  const copy = (e: ChangeEntry) => {
    if (e.replica === page.replica) return t('history.thisComputer');
    const file = page.copies?.[e.replica];
    return file ? t('history.copyFile', { file }) : t('history.copyOf', { user: genitive(e.user) });
  };

  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table history-table">
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.what')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('history.actions')}</span>
            </th>
          </tr>
        </thead>
        {groups(page.entries).map((g) => (
          <tbody key={`${g.saveId}-${g.entries[0].id}`}>
            <tr className="history-table__group">
              <th scope="colgroup" colSpan={4}>
                {heading(g)}
              </th>
            </tr>
            {g.entries.map((e) => {
              const sentence = describeChange(asChange(e), wording);
              const time = formatDateTime(e.time, locale);
              return (
                <tr key={e.id} className={e.table === 'merge' ? 'history-table__merge' : undefined}>
                  <td className="nowrap">{time}</td>
                  <td>
                    {e.user}
                    <span className="history-table__copy">{copy(e)}</span>
                  </td>
                  <td>{sentence}</td>
                  <td className="history-table__buttons">
                    <div className="row-actions">
                      {isRestorable(e) && (
                        <button
                          type="button"
                          disabled={readOnly}
                          aria-label={t('history.restoreLabel', { change: sentence })}
                          onClick={() => onRestore(e, sentence)}
                        >
                          {t('history.restore')}
                        </button>
                      )}
                      {action && (
                        <button
                          type="button"
                          disabled={readOnly}
                          aria-label={t('history.restoreActionLabel', { action: action.label, time })}
                          onClick={() => onRestoreAction(e)}
                        >
                          {t('history.restoreAction')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
