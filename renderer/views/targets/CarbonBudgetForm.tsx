// The plan's carbon budget: from a year, a number of tonnes, on a scope. Each field is stored
// on its own; a plan without one can add it, and remove it again.
import { useId, useState } from 'react';
import type { CalcResult } from '../../../shared/calc';
import { TARGET_SCOPES, type TargetScope } from '../../../shared/domain/ids';
import type { CarbonBudget, Plan } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, SCOPE_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { CommitField } from '../../components/CommitField';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';
import { decimalFormat, yearFormat } from '../overview/setting-formats';

export function CarbonBudgetForm({ plan, calc, readOnly }: { plan: Plan; calc: CalcResult | null; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const scopeId = useId();
  const [error, setError] = useState<string | null>(null);
  const budget = plan.carbonBudget;

  async function store(next: CarbonBudget): Promise<string | null> {
    const result = await client.call('carbonBudget.set', { carbonBudget: next });
    return result.ok ? null : result.error.message;
  }

  async function add(): Promise<void> {
    setError(await store({ fromYear: Math.max(plan.plan.startYear, Math.min(plan.plan.endYear, new Date().getFullYear())), tonsCo2e: 0, scope: 'net' }));
  }

  const result = calc?.carbonBudget;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.budget.title')}</h2>
      <p className="card__hint">{t('targets.budget.intro')}</p>
      {!budget ? (
        <>
          <p className="chart__empty">{t('targets.budget.none')}</p>
          <button type="button" className="primary" disabled={readOnly} onClick={() => void add()}>
            {t('targets.budget.add')}
          </button>
          <FieldError error={error} />
        </>
      ) : (
        <>
          <div className="budget-grid">
            <CommitField
              label={t('targets.budget.fromYear')}
              value={budget.fromYear}
              inputMode="numeric"
              disabled={readOnly}
              {...yearFormat('fromYear', locale, t)}
              onCommit={(fromYear) => store({ ...budget, fromYear })}
            />
            <CommitField
              label={t('targets.budget.tons')}
              unit="t CO2e"
              value={budget.tonsCo2e}
              inputMode="decimal"
              disabled={readOnly}
              {...decimalFormat('tonsCo2e', locale, t, 0, '500 000')}
              onCommit={(tonsCo2e) => store({ ...budget, tonsCo2e })}
            />
            <div className="field">
              <label htmlFor={scopeId}>{t('targets.budget.scope')}</label>
              <select
                id={scopeId}
                value={budget.scope}
                disabled={readOnly}
                onChange={(e) => void request('carbonBudget.set', { carbonBudget: { ...budget, scope: e.target.value as TargetScope } })}
              >
                {TARGET_SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {labelOf(SCOPE_LABELS, s, locale)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {result && (
            <p className="budget-result">
              {t('targets.budget.result', { used: formatNumber(result.cumulative, locale), remaining: formatNumber(result.remaining, locale) })}{' '}
              {result.exhaustedYear === null ? t('targets.budget.lasts') : t('targets.budget.exhausted', { year: result.exhaustedYear })}
            </p>
          )}
          <button type="button" className="danger" disabled={readOnly} onClick={() => void request('carbonBudget.delete', {})}>
            {t('targets.budget.remove')}
          </button>
        </>
      )}
    </section>
  );
}
