// One joint commitment: the level the municipality chooses, what that level asks, and the
// actions that serve it with their effect and cost; actions are linked and unlinked here.
import { useId, useMemo, useState } from 'react';
import { COMMITMENT_IDS, COMMITMENT_LEVELS, type CommitmentId, type CommitmentLevel } from '../../../shared/domain/ids';
import type { Action, Plan } from '../../../shared/domain/types';
import { formatMoneyWhole, formatNumber } from '../../../shared/format/number';
import { COMMITMENT_LABELS, labelOf, LEVEL_LABELS, MONEY_UNIT_LABELS, STATUS_LABELS } from '../../../shared/i18n/labels';
import { COMMITMENT_LEVELS_ASK } from '../../../shared/reference/commitment-levels';
import { request } from '../../api/request';
import type { ActionFigures } from '../../charts/models/aggregates';
import { useI18n } from '../../i18n/I18nProvider';
import { CommitmentProgressFields } from '../followup/CommitmentFollowUp';

interface Props {
  plan: Plan;
  id: CommitmentId;
  number: number;
  /** An action's effect and capex (worked out when asked). */
  figureOf(action: Action): ActionFigures | undefined;
  year: number;
  readOnly: boolean;
}

/** The action's commitments with one added or removed, in the document's order. */
export function linkChange(action: Action, id: CommitmentId, on: boolean): CommitmentId[] {
  const next = new Set(action.commitments);
  if (on) next.add(id);
  else next.delete(id);
  return COMMITMENT_IDS.filter((c) => next.has(c));
}

const MATCHES = 30;
/** Linked actions shown at first, and how many more each "Visa fler" shows: a plan of 10 000 actions links thousands. */
const SHOWN = 25;

export function CommitmentCard({ plan, id, number, figureOf, year, readOnly }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const levelId = useId();
  const searchId = useId();
  const pickId = useId();
  const [query, setQuery] = useState('');
  const [pick, setPick] = useState('');
  const [shown, setShown] = useState(SHOWN);
  const name = labelOf(COMMITMENT_LABELS, id, locale);
  const choice = plan.commitments.find((c) => c.id === id);
  const level = choice?.level ?? null;
  const reference = COMMITMENT_LEVELS_ASK[id];
  const linked = plan.actions.filter((a) => a.commitments.includes(id));
  const unit = plan.plan.moneyUnit;
  const unitLabel = labelOf(MONEY_UNIT_LABELS, unit, locale);

  const candidates = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('sv');
    const out: Action[] = [];
    for (const a of plan.actions) {
      if (a.commitments.includes(id)) continue;
      if (q && !a.code.toLocaleLowerCase('sv').includes(q) && !a.name.toLocaleLowerCase('sv').includes(q)) continue;
      out.push(a);
      if (out.length >= MATCHES) break;
    }
    return out;
  }, [plan.actions, id, query]);
  const chosen = candidates.some((a) => a.id === pick) ? pick : (candidates[0]?.id ?? '');

  function setLevel(value: string): void {
    void request('commitments.set', { id, level: value === '' ? null : (value as CommitmentLevel) });
  }

  function link(action: Action | undefined, on: boolean): void {
    if (!action) return;
    void request('actions.update', { id: action.id, changes: { commitments: linkChange(action, id, on) } });
    // The linked action leaves the list of candidates; the search starts afresh.
    if (on) setQuery('');
  }

  return (
    <li className="commitment-item">
      <article className="commitment card" aria-labelledby={headingId}>
        <div className="commitment__head">
          <div>
            <h2 id={headingId}>
              {number}. {name}
            </h2>
            <p className="muted commitment__aim">{reference.aim[locale]}</p>
          </div>
          <div className="field commitment__level">
            <label htmlFor={levelId}>{t('commitments.level', { name })}</label>
            <select id={levelId} value={level ?? ''} disabled={readOnly} onChange={(e) => setLevel(e.target.value)}>
              <option value="">{t('commitments.noLevel')}</option>
              {COMMITMENT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {labelOf(LEVEL_LABELS, l, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="commitment__body">
          <div className="commitment__asks">
            {level ? (
              <>
                <h3>{t('commitments.asks', { level: labelOf(LEVEL_LABELS, level, locale) })}</h3>
                <ul>
                  {reference.levels[level][locale].map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">{t('commitments.chooseLevel')}</p>
            )}
            <details>
              <summary>{t(level ? 'commitments.otherLevels' : 'commitments.allLevels')}</summary>
              {COMMITMENT_LEVELS.filter((l) => l !== level).map((l) => (
                <div key={l}>
                  <h4>{labelOf(LEVEL_LABELS, l, locale)}</h4>
                  <ul>
                    {reference.levels[l][locale].map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </details>
          </div>
          <div className="commitment__actions">
            <h3>{t('commitments.linked', { count: linked.length })}</h3>
            {linked.length === 0 ? (
              <p className="muted">{t('commitments.noLinked')}</p>
            ) : (
              <div className="table-scroll table-scroll--tall">
                <table className="data-table wrap-head">
                  <caption className="visually-hidden">{t('commitments.linkedCaption', { name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('commitments.action')}</th>
                      <th scope="col">{t('commitments.status')}</th>
                      <th scope="col" className="num">
                        {t('commitments.effect', { year })}
                      </th>
                      <th scope="col" className="num">
                        {t('commitments.capex', { unit: unitLabel })}
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">{t('commitments.commands')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {linked.slice(0, shown).map((a) => {
                      const f = figureOf(a);
                      return (
                        <tr key={a.id}>
                          <th scope="row">
                            <span className="mono">{a.code}</span> {a.name}
                            {f && !f.included && <span className="tag">{t('commitments.notIncluded')}</span>}
                          </th>
                          <td>{labelOf(STATUS_LABELS, a.status, locale)}</td>
                          <td className="num">{f ? formatNumber(f.effect, locale) : '–'}</td>
                          <td className="num">{f ? formatMoneyWhole(f.capex, unit, locale) : '–'}</td>
                          <td>
                            <button
                              type="button"
                              disabled={readOnly}
                              aria-label={t('commitments.unlinkNamed', { name: `${a.code} ${a.name}` })}
                              onClick={() => link(a, false)}
                            >
                              {t('commitments.unlink')}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {linked.length > shown && (
              <p className="commitment__more">
                <span className="muted">{t('commitments.shownOf', { shown: formatNumber(shown, locale), total: formatNumber(linked.length, locale) })}</span>{' '}
                <button type="button" onClick={() => setShown((n) => n + SHOWN * 4)}>
                  {t('commitments.showMore')}
                </button>
              </p>
            )}
            {plan.actions.length > linked.length && (
              <fieldset className="commitment__link" disabled={readOnly}>
                <legend>{t('commitments.linkTitle')}</legend>
                <div className="field">
                  <label htmlFor={searchId}>{t('commitments.search')}</label>
                  <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={pickId}>{t('commitments.pick')}</label>
                  <select id={pickId} value={chosen} onChange={(e) => setPick(e.target.value)}>
                    {candidates.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.code} {a.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  disabled={!chosen}
                  onClick={() =>
                    link(
                      plan.actions.find((a) => a.id === chosen),
                      true,
                    )
                  }
                >
                  {t('commitments.link')}
                </button>
              </fieldset>
            )}
          </div>
        </div>
        {choice && (
          <div className="commitment__progress">
            <h3>{t('nav.followup')}</h3>
            <CommitmentProgressFields choice={choice} readOnly={readOnly} />
          </div>
        )}
      </article>
    </li>
  );
}
