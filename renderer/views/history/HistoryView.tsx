// Historik: every change to the plan — when, who, from which copy, what in words — grouped by
// the save that wrote it, filtered by action, person and days; any change, or an action as it
// was at a point, put back as a new change. "Sammanfoga med…" starts a merge with another copy,
// reviewed at #/history/merge (merging is bringing in another copy's history, so it lives here).
import { useEffect, useState } from 'react';
import type { ChangeEntry } from '../../../shared/api/status';
import { formatNumber } from '../../../shared/format/number';
import { client } from '../../api/client';
import { useDocument } from '../../document/document-store';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { useStore } from '../../lib/store';
import { usePlan } from '../../plan/plan-store';
import { LoadProblem } from '../LoadProblem';
import { MergePickDialog } from '../merge/MergePickDialog';
import { MergeView } from '../merge/MergeView';
import { mergeStore, startMerge } from '../merge/merge-store';
import { HistoryFilters, type HistoryFilter } from './HistoryFilters';
import { HistoryTable } from './HistoryTable';
import { useHistoryScreen } from './sub-route';
import { useHistory } from './useHistory';
import { UserName } from './UserName';
import { useWording } from './wording';
import './history.css';

const PAGE = 200;

export function HistoryView() {
  return useHistoryScreen() === 'merge' ? <MergeView /> : <HistoryLog />;
}

function HistoryLog() {
  const { t, locale } = useI18n();
  const { status } = useDocument();
  const { plan } = usePlan();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const [said, setSaid] = useState<{ error: boolean; text: string } | null>(null);
  const [picking, setPicking] = useState(false);
  const { done } = useStore(mergeStore);
  const history = useHistory({ ...filter, limit });
  const page = history.data;
  const wording = useWording(page?.names);
  const readOnly = status?.readOnly ?? true;
  const action = filter.actionId ? plan?.actions.find((a) => a.id === filter.actionId) : undefined;
  const actionLabel = action ? `${action.code} ${action.name}`.trim() : (filter.actionId && page?.names.actions?.[filter.actionId]) || '';
  // How the last merge went is said once, here.
  useEffect(() => () => mergeStore.set((s) => (s.done ? { ...s, done: null } : s)), []);

  async function restore(entry: ChangeEntry) {
    const r = await client.call('history.restore', { id: entry.id });
    setSaid(r.ok ? { error: false, text: r.value.changed ? t('history.restored') : t('history.restoredNothing') } : { error: true, text: r.error.message });
  }

  async function restoreAction(entry: ChangeEntry) {
    if (!filter.actionId) return;
    const r = await client.call('history.restoreAction', { actionId: filter.actionId, at: entry.hlc });
    const time = formatDateTime(entry.time, locale);
    setSaid(
      r.ok
        ? { error: false, text: r.value.changed ? t('history.restoredAction', { action: actionLabel, time }) : t('history.restoredNothing') }
        : { error: true, text: r.error.message },
    );
  }

  async function merge() {
    setSaid(null);
    if (status?.picker === 'dialog') {
      const problem = await startMerge();
      if (problem) setSaid({ error: true, text: problem });
    } else setPicking(true);
  }

  return (
    <section className="view history">
      <div className="history__head">
        <h1>{t('history.title')}</h1>
        <button type="button" className="primary" disabled={readOnly} title={t('history.mergeHint')} onClick={() => void merge()}>
          {t('history.merge')}
        </button>
      </div>
      <p className="lead">{t('history.intro')}</p>
      {done && (
        <p className="history__done" role="status">
          {done}
        </p>
      )}
      <UserName />
      <HistoryFilters
        value={filter}
        actions={plan?.actions ?? []}
        users={page?.users ?? []}
        onChange={(f) => {
          setFilter(f);
          setLimit(PAGE);
        }}
      />
      <p className={said?.error ? 'field__error' : 'history__said'} role={said?.error ? 'alert' : 'status'}>
        {said?.text ?? ''}
      </p>
      {!page ? (
        <LoadProblem state={history} />
      ) : page.entries.length === 0 ? (
        <p>{Object.keys(filter).length ? t('history.none') : t('history.empty')}</p>
      ) : (
        <>
          <p className="muted">
            {page.total > page.entries.length
              ? t('history.countShown', { shown: formatNumber(page.entries.length, locale), total: formatNumber(page.total, locale) })
              : page.total === 1
                ? t('history.count.one')
                : t('history.count', { total: formatNumber(page.total, locale) })}
          </p>
          <HistoryTable
            page={page}
            wording={wording}
            action={filter.actionId ? { id: filter.actionId, label: actionLabel } : null}
            readOnly={readOnly}
            onRestore={(e) => void restore(e)}
            onRestoreAction={(e) => void restoreAction(e)}
          />
          {page.total > page.entries.length && (
            <button type="button" className="history__more" onClick={() => setLimit((n) => n + PAGE)}>
              {t('history.more')}
            </button>
          )}
        </>
      )}
      {picking && <MergePickDialog current={status?.fileName ?? null} onClose={() => setPicking(false)} />}
    </section>
  );
}
