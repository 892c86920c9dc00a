// The merge review (Sammanfoga med…): what the other copy changed and every conflict side by
// side; the user picks per conflict or all of one side. Nothing is applied before Sammanfoga,
// which applies the merge as one transaction that Ctrl+Z undoes.
import { useState } from 'react';
import type { MergePreview, MergeSide } from '../../../shared/api/calls/merge';
import { formatNumber } from '../../../shared/format/number';
import { client } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useStore } from '../../lib/store';
import { useWording } from '../history/wording';
import { ConflictTable } from './ConflictTable';
import { IncomingTable } from './IncomingTable';
import { endMerge, mergeStore } from './merge-store';
import './merge.css';

export function MergeView() {
  const { t } = useI18n();
  const { preview } = useStore(mergeStore);
  if (!preview) {
    return (
      <section className="view">
        <h1>{t('history.merge')}</h1>
        <p>{t('merge.none')}</p>
        <a href="#/history">{t('merge.back')}</a>
      </section>
    );
  }
  return <MergeReview key={preview.mergeId} preview={preview} />;
}

function MergeReview({ preview }: { preview: MergePreview }) {
  const { t, locale } = useI18n();
  const wording = useWording(preview.names, preview.moneyUnit);
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const file = preview.other.fileName;
  const remaining = preview.conflicts.filter((c) => !choices[c.id]).length;
  const nothing = preview.incoming.length === 0;
  const n = (v: number) => formatNumber(v, locale);
  const changes = (v: number) => (v === 1 ? t('merge.n.changes.one') : t('merge.n.changes', { n: n(v) }));
  const conflicts = (v: number) => (v === 1 ? t('merge.n.conflicts.one') : t('merge.n.conflicts', { n: n(v) }));

  const all = (side: MergeSide) => setChoices(Object.fromEntries(preview.conflicts.map((c) => [c.id, side])));

  async function apply() {
    setBusy(true);
    setError(null);
    const r = await client.call('merge.apply', { mergeId: preview.mergeId, choices });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const { taken, conflicts: settled } = r.value;
    endMerge(
      settled ? t('merge.done', { file, changes: changes(taken), conflicts: conflicts(settled) }) : t('merge.doneClean', { file, changes: changes(taken) }),
    );
  }

  async function cancel() {
    await client.call('merge.cancel', { mergeId: preview.mergeId });
    endMerge(null);
  }

  return (
    <section className="view merge">
      <h1>{t('merge.title', { file })}</h1>
      <p className="lead">
        {nothing
          ? t('merge.nothing', { file })
          : t('merge.lead', { file, changes: changes(preview.incoming.length), inConflict: n(preview.incoming.filter((c) => c.conflict).length) })}
      </p>
      {preview.warnings.map((w) => (
        <p key={w} className="merge-warning">
          {t('merge.warning', { message: w })}
        </p>
      ))}
      {preview.conflicts.length > 0 && (
        <section aria-labelledby="merge-conflicts">
          <div className="merge__section-head">
            <h2 id="merge-conflicts">{t('merge.conflicts', { n: n(preview.conflicts.length) })}</h2>
            <div className="merge__all" role="group" aria-label={t('merge.conflicts', { n: n(preview.conflicts.length) })}>
              <button type="button" onClick={() => all('mine')}>
                {t('merge.allMine')}
              </button>
              <button type="button" onClick={() => all('theirs')}>
                {t('merge.allTheirs')}
              </button>
            </div>
          </div>
          <p>{t('merge.conflictsIntro')}</p>
          <ConflictTable
            conflicts={preview.conflicts}
            fileName={file}
            choices={choices}
            wording={wording}
            onChoose={(id, s) => setChoices((c) => ({ ...c, [id]: s }))}
          />
        </section>
      )}
      {!nothing && (
        <section aria-labelledby="merge-incoming">
          <h2 id="merge-incoming">{t('merge.incoming', { n: n(preview.incoming.length) })}</h2>
          <IncomingTable incoming={preview.incoming} wording={wording} />
        </section>
      )}
      <div className="merge__footer">
        <p className={error ? 'field__error' : 'merge__state'} role={error ? 'alert' : 'status'}>
          {error ?? (remaining ? t('merge.remaining', { conflicts: conflicts(remaining) }) : nothing ? '' : t('merge.ready'))}
        </p>
        <button type="button" onClick={() => void cancel()}>
          {t('merge.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || remaining > 0 || nothing} onClick={() => void apply()}>
          {t('merge.apply')}
        </button>
      </div>
    </section>
  );
}
