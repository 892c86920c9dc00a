// "Ändringar sedan versionen": the actions added, removed and changed since the adopted version,
// each change said in words with its values then and now.
import type { Plan } from '../../../shared/domain/types';
import { actionName, fieldChangeWords, type FollowUpResult } from '../../../shared/followup';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  plan: Plan;
  reference: Plan | null;
  result: FollowUpResult;
}

const SHOWN = 40;

export function Changes({ plan, reference, result }: Props) {
  const { t, locale } = useI18n();
  const { added, removed, changed } = result.changes;
  const now = new Map(plan.actions.map((a) => [a.id, a]));
  const then = new Map(reference?.actions.map((a) => [a.id, a]) ?? []);
  const w = { locale, moneyUnit: plan.plan.moneyUnit, names: {} };
  const none = !added.length && !removed.length && !changed.length;
  return (
    <section className="card followup-changes" aria-labelledby="followup-changes-title">
      <h2 id="followup-changes-title">{t('followup.changes.title')}</h2>
      {result.reference.versionId === null ? (
        <p className="muted">{t('followup.changes.noVersion')}</p>
      ) : none ? (
        <p className="muted">{t('followup.changes.none')}</p>
      ) : (
        <>
          {added.length > 0 && (
            <>
              <h3>{t('followup.changes.added', { count: added.length })}</h3>
              <ul>
                {added.slice(0, SHOWN).map((id) => (
                  <li key={id}>{actionName(now.get(id)!)}</li>
                ))}
              </ul>
            </>
          )}
          {removed.length > 0 && (
            <>
              <h3>{t('followup.changes.removed', { count: removed.length })}</h3>
              <ul>
                {removed.slice(0, SHOWN).map((id) => (
                  <li key={id}>{actionName(then.get(id)!)}</li>
                ))}
              </ul>
            </>
          )}
          {changed.length > 0 && (
            <>
              <h3>{t('followup.changes.changed', { count: changed.length })}</h3>
              <ul>
                {changed.slice(0, SHOWN).map(({ id, fields }) => (
                  <li key={id}>
                    <strong>{actionName(now.get(id)!)}</strong>: {fields.map((f) => fieldChangeWords(f, then.get(id)!, now.get(id)!, w)).join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
