// The follow-up at a glance: spending and effect against plan, the last observed emissions and
// their change, and per target the pace needed against the pace observed, in sentences.
import type { Plan } from '../../../shared/domain/types';
import {
  effectSentence,
  emissionsSentence,
  operationSentence,
  paceSentence,
  spendingSentence,
  targetOf,
  type FollowUpReference,
  type FollowUpResult,
  type ObservedTotals,
} from '../../../shared/followup';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  plan: Plan;
  reference: FollowUpReference;
  result: FollowUpResult;
  observed: ObservedTotals;
}

export function FollowUpCards({ plan, reference, result, observed }: Props) {
  const { t, locale } = useI18n();
  const unit = plan.plan.moneyUnit;
  const ratio = (planned: number, actual: number | null) => (actual === null || planned <= 0 ? null : actual / planned);
  const bar = (share: number | null) =>
    share === null ? null : (
      <span className="followup-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.max(0, share * 100))}%` }} />
      </span>
    );
  const { capex, effect } = result.totals.sum;
  return (
    <section className="followup-cards" aria-label={t('followup.cards', { year: result.year })}>
      <div className="kpi followup-card" data-card="spending">
        <h3>{t('followup.card.spending')}</h3>
        <p>{spendingSentence(result, unit, locale)}</p>
        {bar(ratio(capex.planned, capex.actual))}
        <p className="kpi__detail">{operationSentence(result, unit, locale)}</p>
      </div>
      <div className="kpi followup-card" data-card="effect">
        <h3>{t('followup.card.effect')}</h3>
        <p>{effectSentence(result, locale)}</p>
        {bar(ratio(effect.planned, effect.actual))}
      </div>
      <div className="kpi followup-card" data-card="emissions">
        <h3>{t('followup.card.emissions')}</h3>
        <p>{emissionsSentence(observed, result.year, locale)}</p>
      </div>
      <div className="kpi followup-card followup-card--wide" data-card="pace">
        <h3>{t('followup.card.pace')}</h3>
        {result.targets.length === 0 ? (
          <p className="kpi__detail">{t('followup.noTargetsAhead')}</p>
        ) : (
          <ul>
            {result.targets.map((p) => (
              <li key={p.id}>{paceSentence(p, targetOf(reference.plan, p), observed, locale)}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
