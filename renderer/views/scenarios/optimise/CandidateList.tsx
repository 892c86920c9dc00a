// The candidates as a searchable checklist: a plan may have thousands, so a page of matches is
// shown at a time, and the whole match list can be ticked or unticked at once.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Action } from '../../../../shared/domain/types';
import { formatNumber } from '../../../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../../../shared/i18n/labels';
import { startWindow } from '../../../../shared/optimise';
import { useI18n } from '../../../i18n/I18nProvider';
import { matches } from '../ActionMembership';

const PAGE = 40;

interface Props {
  candidates: readonly Action[];
  chosen: ReadonlySet<string>;
  axis: { startYear: number; endYear: number };
  onChange(chosen: ReadonlySet<string>): void;
}

export function CandidateList({ candidates, chosen, axis, onChange }: Props) {
  const { t, locale } = useI18n();
  const searchId = useId();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query.trim());
  const found = useMemo(() => candidates.filter((a) => matches(a, deferred)), [candidates, deferred]);

  function tick(ids: readonly string[], on: boolean): void {
    const next = new Set(chosen);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    onChange(next);
  }

  const window = (a: Action): string => {
    const starts = startWindow(a, axis.startYear, axis.endYear);
    return starts.length > 1 ? `${starts[0]}–${starts[starts.length - 1]}` : String(a.startYear);
  };

  return (
    <fieldset className="optimise__candidates" aria-labelledby={headingId}>
      <legend id={headingId}>
        {t('optimise.candidates')}{' '}
        <span className="muted">
          ({t('optimise.candidatesCount', { chosen: formatNumber(chosen.size, locale), total: formatNumber(candidates.length, locale) })})
        </span>
      </legend>
      <p className="card__hint">{t('optimise.candidatesHint')}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('optimise.noCandidates')}</p>
      ) : (
        <>
          <div className="optimise__search">
            <div className="field">
              <label htmlFor={searchId}>{t('optimise.search')}</label>
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
            <button
              type="button"
              onClick={() =>
                tick(
                  found.map((a) => a.id),
                  true,
                )
              }
            >
              {t('optimise.all')}
            </button>
            <button
              type="button"
              onClick={() =>
                tick(
                  found.map((a) => a.id),
                  false,
                )
              }
            >
              {t('optimise.none')}
            </button>
          </div>
          <ul className="optimise__checklist">
            {found.slice(0, shown).map((a) => (
              <li key={a.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => tick([a.id], e.target.checked)} />
                  <span className="mono">{a.code}</span> {a.name}
                  <span className="muted">
                    {' '}
                    · {labelOf(STATUS_LABELS, a.status, locale)} · {t('optimise.window', { years: window(a) })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {found.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('optimise.more')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
