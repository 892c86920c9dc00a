// Explicit choices per action: take it in whatever its status, leave it out, or follow the
// scenario's statuses. A plan may hold thousands of actions, so the list is searched rather
// than scrolled, and shows a page of matches at a time.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { scenarioMembership } from '../../../shared/calc/scenario';
import type { Action, Plan, Scenario } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { request } from '../../api/request';
import { useI18n } from '../../i18n/I18nProvider';

const PAGE = 40;

type Choice = 'status' | 'include' | 'exclude';

export function choiceOf(scenario: Scenario, id: string): Choice {
  if (scenario.exclude.includes(id)) return 'exclude';
  if (scenario.include.includes(id)) return 'include';
  return 'status';
}

/** The scenario's include and exclude lists with one action's choice changed. */
export function withChoice(scenario: Scenario, id: string, choice: Choice): Pick<Scenario, 'include' | 'exclude'> {
  const include = scenario.include.filter((x) => x !== id);
  const exclude = scenario.exclude.filter((x) => x !== id);
  if (choice === 'include') include.push(id);
  if (choice === 'exclude') exclude.push(id);
  return { include, exclude };
}

/** Whether the action matches a search by code, name or owner. */
export function matches(a: Action, query: string): boolean {
  if (!query) return true;
  const q = query.toLocaleLowerCase('sv');
  return a.code.toLocaleLowerCase('sv').includes(q) || a.name.toLocaleLowerCase('sv').includes(q) || a.owner.toLocaleLowerCase('sv').includes(q);
}

export function ActionMembership({ plan, scenario, readOnly }: { plan: Plan; scenario: Scenario; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [onlyChosen, setOnlyChosen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const isIn = useMemo(() => scenarioMembership(scenario), [scenario]);
  const found = useMemo(() => {
    const chosen = new Set([...scenario.include, ...scenario.exclude]);
    return plan.actions.filter((a) => (!onlyChosen || chosen.has(a.id)) && matches(a, deferred.trim()));
  }, [plan.actions, scenario, deferred, onlyChosen]);
  const included = useMemo(() => plan.actions.reduce((n, a) => (isIn(a.id, a.status) ? n + 1 : n), 0), [plan.actions, isIn]);

  function choose(id: string, choice: Choice): void {
    void request('scenarios.update', { id: scenario.id, changes: withChoice(scenario, id, choice) });
  }

  return (
    <section className="card membership" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('membership.title')}</h2>
      <p className="card__hint">
        {t('membership.summary', {
          included: formatNumber(included, locale),
          total: formatNumber(plan.actions.length, locale),
          include: scenario.include.length,
          exclude: scenario.exclude.length,
        })}
      </p>
      {plan.actions.length === 0 ? (
        <p className="chart__empty">{t('membership.noActions')}</p>
      ) : (
        <>
          <div className="membership__filters">
            <div className="field">
              <label htmlFor={searchId}>{t('membership.search')}</label>
              <input
                id={searchId}
                type="search"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setShown(PAGE);
                }}
              />
            </div>
            <label className="inline-check">
              <input type="checkbox" checked={onlyChosen} onChange={(e) => setOnlyChosen(e.target.checked)} />
              {t('membership.onlyChosen')}
            </label>
          </div>
          <p className="muted" aria-live="polite">
            {found.length > shown
              ? t('membership.showing', { shown: formatNumber(shown, locale), total: formatNumber(found.length, locale) })
              : t('membership.found', { total: formatNumber(found.length, locale) })}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('membership.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('membership.action')}</th>
                  <th scope="col">{t('membership.status')}</th>
                  <th scope="col">{t('membership.included')}</th>
                  <th scope="col">{t('membership.choice')}</th>
                </tr>
              </thead>
              <tbody>
                {found.slice(0, shown).map((a) => {
                  const choice = choiceOf(scenario, a.id);
                  const inIt = isIn(a.id, a.status);
                  return (
                    <tr key={a.id}>
                      <th scope="row">
                        <span className="mono">{a.code}</span> {a.name}
                      </th>
                      <td>{labelOf(STATUS_LABELS, a.status, locale)}</td>
                      <td>
                        {inIt ? <span className="verdict verdict--met">✓ {t('membership.yes')}</span> : <span className="muted">– {t('membership.no')}</span>}
                      </td>
                      <td>
                        <select
                          aria-label={t('membership.choiceFor', { name: `${a.code} ${a.name}` })}
                          value={choice}
                          disabled={readOnly}
                          onChange={(e) => choose(a.id, e.target.value as Choice)}
                        >
                          <option value="status">{t('membership.byStatus')}</option>
                          <option value="include">{t('membership.include')}</option>
                          <option value="exclude">{t('membership.exclude')}</option>
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {found.length > shown && (
            <button type="button" className="membership__more" onClick={() => setShown((n) => n + PAGE)}>
              {t('membership.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
