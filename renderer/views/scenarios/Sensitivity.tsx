// The sensitivity strip: for each target on the axis, a small table of its gap under delays of
// 0–3 years (rows) and effect factors 0,6–1,2 (columns). Met cells are marked ✓ and tinted; the
// cell of the scenario's own settings is outlined.
import { useId } from 'react';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { useI18n } from '../../i18n/I18nProvider';
import { cellKey, SENSITIVITY_DELAYS, SENSITIVITY_FACTORS, useSensitivity } from './useSensitivity';

export function Sensitivity({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { cells, done } = useSensitivity(plan, scenario);
  const { startYear, endYear } = plan.plan;
  const targets = plan.targets.filter((tg) => tg.year >= startYear && tg.year <= endYear).sort((a, b) => a.year - b.year);

  return (
    <section className="card sensitivity" aria-labelledby={headingId} aria-busy={!done}>
      <h2 id={headingId}>{t('sensitivity.title', { name: scenario.name })}</h2>
      <p className="card__hint">{t('sensitivity.intro')}</p>
      {targets.length === 0 ? (
        <p className="chart__empty">{t('sensitivity.noTargets')}</p>
      ) : (
        <div className="sensitivity__tables">
          {targets.map((target) => (
            // A region of its own, reachable by Tab: on a narrow window the table scrolls sideways.
            <div
              key={target.id}
              className="table-scroll table-scroll--tall"
              role="region"
              tabIndex={0}
              aria-label={t('sensitivity.caption', { name: target.name, year: target.year })}
            >
              <table className="data-table sensitivity__table">
                <caption>{t('sensitivity.caption', { name: target.name, year: target.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sensitivity.corner')}</th>
                    {SENSITIVITY_FACTORS.map((f) => (
                      <th key={f} scope="col" className="num">
                        {formatNumber(f, locale, 1)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {SENSITIVITY_DELAYS.map((d) => (
                    <tr key={d}>
                      <th scope="row">{t('sensitivity.delay', { years: d })}</th>
                      {SENSITIVITY_FACTORS.map((f) => {
                        const result = cells.get(cellKey(d, f))?.find((r) => r.id === target.id);
                        const own = d === scenario.delayYears && f === scenario.effectFactor;
                        const met = result?.met === true;
                        return (
                          <td
                            key={f}
                            className={`num sensitivity__cell${met ? ' sensitivity__cell--met' : ''}${own ? ' sensitivity__cell--own' : ''}`}
                            aria-current={own ? 'true' : undefined}
                          >
                            {result === undefined || result.gap === null ? '…' : `${met ? '✓ ' : ''}${formatNumber(result.gap, locale)}`}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
