// Multipla nyttor: every action's co-benefit scores (−2..+2) per category in a matrix, each cell
// coloured and carrying its number with the sign, and the monetised co-benefits per year of the
// scenario's actions. Kept beside the commitments: Klimatkontrakt asks that actions be designed
// for several benefits at once, and the council reads both as "what else the plan gives".
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { CalcResult } from '../../../shared/calc';
import { CO_BENEFIT_CATEGORIES } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { CO_BENEFIT_LABELS, labelOf } from '../../../shared/i18n/labels';
import { ChartFigure } from '../../charts/ChartFigure';
import { coBenefitsPerYear } from '../../charts/models/aggregates';
import { coBenefitModel } from '../../charts/models/co-benefits';
import { useI18n } from '../../i18n/I18nProvider';

const PAGE = 60;
const SCORES = [-2, -1, 0, 1, 2] as const;

/** "+2", "0", "−1": the sign spelled out, so the colour is never the only cue. */
export function scoreText(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}

export function CoBenefits({ plan, calc, scenarioName }: { plan: Plan; calc: CalcResult; scenarioName: string }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [onlyIncluded, setOnlyIncluded] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query.trim().toLocaleLowerCase('sv'));
  // The chart is drawn in a render after the matrix is on screen.
  const later = useDeferredValue(
    useMemo(() => ({ plan, calc }), [plan, calc]),
    null,
  );
  const chart = useMemo(
    () => (later ? coBenefitModel({ plan: later.plan, calc: later.calc, perYear: coBenefitsPerYear(later.plan, later.calc), scenarioName, locale }) : null),
    [later, scenarioName, locale],
  );
  const rows = useMemo(
    () =>
      plan.actions.filter(
        (a, k) =>
          (!onlyIncluded || calc.actions[k]?.included) &&
          (!deferred || a.code.toLocaleLowerCase('sv').includes(deferred) || a.name.toLocaleLowerCase('sv').includes(deferred)),
      ),
    [plan.actions, calc, onlyIncluded, deferred],
  );

  return (
    <section className="co-benefits" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('coBenefits.title')}
      </h2>
      <p className="lead">{t('coBenefits.intro')}</p>
      <div className="co-benefits__layout">
        <section className="card" aria-labelledby={`${headingId}-matrix`}>
          <h3 id={`${headingId}-matrix`}>{t('coBenefits.matrix')}</h3>
          {plan.actions.length === 0 ? (
            <p className="chart__empty">{t('coBenefits.noActions')}</p>
          ) : (
            <>
              <div className="membership__filters">
                <div className="field">
                  <label htmlFor={searchId}>{t('coBenefits.search')}</label>
                  <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
                </div>
                <label className="inline-check">
                  <input type="checkbox" checked={onlyIncluded} onChange={(e) => setOnlyIncluded(e.target.checked)} />
                  {t('coBenefits.onlyIncluded', { name: scenarioName })}
                </label>
              </div>
              <ScoreKey />
              <div className="table-scroll co-benefits__scroll" role="region" aria-label={t('coBenefits.matrix')} tabIndex={0}>
                <table className="data-table score-matrix">
                  <caption className="visually-hidden">{t('coBenefits.matrixCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('coBenefits.action')}</th>
                      {CO_BENEFIT_CATEGORIES.map((c) => (
                        <th key={c} scope="col" className="score-matrix__category">
                          {labelOf(CO_BENEFIT_LABELS, c, locale)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, shown).map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          <span className="mono">{a.code}</span> {a.name}
                        </th>
                        {CO_BENEFIT_CATEGORIES.map((c) => {
                          const score = a.coBenefits[c];
                          return score === undefined ? (
                            <td key={c} className="score score--none">
                              <span aria-hidden="true">·</span>
                              <span className="visually-hidden">{t('coBenefits.notScored')}</span>
                            </td>
                          ) : (
                            <td key={c} className={`score score--${score < 0 ? 'm' : 'p'}${Math.abs(score)}`}>
                              {scoreText(score)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                {t('coBenefits.count', { shown: formatNumber(Math.min(shown, rows.length), locale), total: formatNumber(rows.length, locale) })}
              </p>
              {rows.length > shown && (
                <button type="button" onClick={() => setShown((n) => n + PAGE)}>
                  {t('coBenefits.more')}
                </button>
              )}
            </>
          )}
        </section>
        {chart ? <ChartFigure model={chart} locale={locale} height={340} /> : <div className="card chart-pending" aria-busy="true" />}
      </div>
    </section>
  );
}

function ScoreKey() {
  const { t } = useI18n();
  return (
    <p className="score-key">
      <span>{t('coBenefits.key')}</span>
      {SCORES.map((s) => (
        <span key={s} className={`score score--${s < 0 ? 'm' : 'p'}${Math.abs(s)}`}>
          {scoreText(s)}
        </span>
      ))}
      <span className="muted">{t('coBenefits.keyText')}</span>
    </p>
  );
}
