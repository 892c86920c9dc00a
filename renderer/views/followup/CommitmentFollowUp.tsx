// The joint commitments' follow-up (DESIGN §8): for each commitment with a chosen level, how far
// it has come (ej påbörjad, pågår, genomförd), who is responsible and a short note with evidence.
// Shown in Åtaganden (one commitment, in its card) and in Uppföljning (all of them, as a table).
import { COMMITMENT_PROGRESS, type CommitmentId } from '../../../shared/domain/ids';
import type { CommitmentChoice, Plan } from '../../../shared/domain/types';
import { COMMITMENT_LABELS, labelOf, LEVEL_LABELS, PROGRESS_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { CommitField } from '../../components/CommitField';
import { useI18n } from '../../i18n/I18nProvider';

const text = { format: (v: string) => v, parse: (t: string) => ({ ok: true as const, value: t }) };

async function store(id: CommitmentId, changes: Record<string, string | null>): Promise<string | null> {
  const r = await client.call('commitments.update', { id, changes });
  return r.ok ? null : r.error.message;
}

/** The three fields of one commitment's follow-up. */
export function CommitmentProgressFields({ choice, readOnly }: { choice: CommitmentChoice; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const name = labelOf(COMMITMENT_LABELS, choice.id, locale);
  const selectId = `progress-${choice.id}`;
  return (
    <div className="commitment-progress">
      <div className="field">
        <label htmlFor={selectId}>{t('followup.commitments.progress')}</label>
        <select
          id={selectId}
          aria-label={t('followup.commitments.progressOf', { name })}
          value={choice.progress ?? ''}
          disabled={readOnly}
          onChange={(e) =>
            void request('commitments.update', {
              id: choice.id,
              changes: { progress: e.target.value === '' ? null : (e.target.value as CommitmentChoice['progress'] & string) },
            })
          }
        >
          <option value="">{t('followup.commitments.notSet')}</option>
          {COMMITMENT_PROGRESS.map((p) => (
            <option key={p} value={p}>
              {labelOf(PROGRESS_LABELS, p, locale)}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        className="commitment-progress__who"
        label={t('followup.commitments.responsible')}
        value={choice.responsible ?? ''}
        disabled={readOnly}
        {...text}
        onCommit={(v) => store(choice.id, { responsible: v.trim() ? v : null })}
      />
      <CommitField
        className="commitment-progress__note"
        label={t('followup.commitments.note')}
        value={choice.progressNote ?? ''}
        disabled={readOnly}
        {...text}
        onCommit={(v) => store(choice.id, { progressNote: v.trim() ? v : null })}
      />
    </div>
  );
}

/** Every commitment with a chosen level, with its follow-up. */
export function CommitmentFollowUp({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, locale } = useI18n();
  return (
    <section className="card followup-commitments" aria-labelledby="followup-commitments-title">
      <h2 id="followup-commitments-title">{t('followup.commitments.title')}</h2>
      <p className="card__hint">{t('followup.commitments.intro')}</p>
      {plan.commitments.length === 0 ? (
        <p className="muted">{t('followup.commitments.none')}</p>
      ) : (
        <ol className="followup-commitments__list">
          {plan.commitments.map((c) => (
            <li key={c.id}>
              <h3>
                {labelOf(COMMITMENT_LABELS, c.id, locale)} <span className="muted">({labelOf(LEVEL_LABELS, c.level, locale)})</span>
              </h3>
              <CommitmentProgressFields choice={c} readOnly={readOnly} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
