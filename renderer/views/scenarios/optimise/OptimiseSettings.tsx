// The question put to the optimiser: base scenario, objective, targets, carbon budget, a yearly
// budget, and the candidates (DESIGN §10).
import { useId, useMemo } from 'react';
import { COST_BEARERS } from '../../../../shared/domain/ids';
import type { Plan } from '../../../../shared/domain/types';
import { formatNumber } from '../../../../shared/format/number';
import { COST_BEARER_LABELS, labelOf } from '../../../../shared/i18n/labels';
import { defaultCandidates, targetsOnAxis } from '../../../../shared/optimise';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { useI18n } from '../../../i18n/I18nProvider';
import { CandidateList } from './CandidateList';
import { withBase, type OptimiseForm } from './form';

interface Props {
  plan: Plan;
  form: OptimiseForm;
  onChange(form: OptimiseForm): void;
}

export function OptimiseSettings({ plan, form, onChange }: Props) {
  const { t, locale } = useI18n();
  const set = (changes: Partial<OptimiseForm>) => onChange({ ...form, ...changes });
  const toggle = <T,>(values: ReadonlySet<T>, value: T, on: boolean): Set<T> => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };
  const base = plan.scenarios.find((s) => s.id === form.scenarioId)!;
  const candidates = useMemo(() => defaultCandidates(plan, base), [plan, base]);
  const targets = targetsOnAxis(plan);
  const budget = plan.carbonBudget;
  const ids = { from: useId(), to: useId(), max: useId() };

  return (
    <div className="optimise__settings">
      <div className="optimise__row">
        <LabeledSelect
          label={t('optimise.base')}
          value={form.scenarioId}
          options={plan.scenarios.map((s) => [s.id, s.name] as const)}
          onChange={(id) => onChange(withBase(form, plan, id))}
        />
        <fieldset className="optimise__objective">
          <legend>{t('optimise.objective')}</legend>
          {(['npv', 'societal'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="objective" checked={form.objective === o} onChange={() => set({ objective: o })} />
              {t(`optimise.objective.${o}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <fieldset>
        <legend>{t('optimise.targets')}</legend>
        {targets.length === 0 && <p className="muted">{t('optimise.noTargets')}</p>}
        {targets.map((tg) => (
          <label key={tg.id} className="inline-check">
            <input type="checkbox" checked={form.targets.has(tg.id)} onChange={(e) => set({ targets: toggle(form.targets, tg.id, e.target.checked) })} />
            {t('optimise.targetLabel', { name: tg.name, year: tg.year })}
          </label>
        ))}
        {budget && (
          <label className="inline-check">
            <input type="checkbox" checked={form.carbonBudget} onChange={(e) => set({ carbonBudget: e.target.checked })} />
            {t('optimise.carbonBudget', { tons: formatNumber(budget.tonsCo2e, locale), year: budget.fromYear })}
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optimise.budget')}</legend>
        <label className="inline-check">
          <input type="checkbox" checked={form.budgetOn} onChange={(e) => set({ budgetOn: e.target.checked })} />
          {t('optimise.budgetOn')}
        </label>
        {form.budgetOn && (
          <div className="optimise__budget">
            <fieldset className="optimise__bearers">
              <legend>{t('optimise.budgetBearers')}</legend>
              {COST_BEARERS.map((b) => (
                <label key={b} className="inline-check">
                  <input type="checkbox" checked={form.bearers.has(b)} onChange={(e) => set({ bearers: toggle(form.bearers, b, e.target.checked) })} />
                  {labelOf(COST_BEARER_LABELS, b, locale)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={ids.from}>{t('optimise.budgetFrom')}</label>
              <input id={ids.from} inputMode="numeric" size={6} value={form.fromYear} onChange={(e) => set({ fromYear: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t('optimise.budgetTo')}</label>
              <input id={ids.to} inputMode="numeric" size={6} value={form.toYear} onChange={(e) => set({ toYear: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={ids.max}>{t('optimise.budgetMax', { unit: plan.plan.moneyUnit })}</label>
              <input
                id={ids.max}
                inputMode="decimal"
                size={12}
                value={form.maxText}
                onChange={(e) => set({ maxText: e.target.value })}
                aria-describedby={`${ids.max}-hint`}
              />
              <p className="card__hint" id={`${ids.max}-hint`}>
                {t('optimise.budgetHint')}
              </p>
            </div>
          </div>
        )}
      </fieldset>
      <CandidateList candidates={candidates} chosen={form.candidates} axis={plan.plan} onChange={(chosen) => set({ candidates: chosen })} />
    </div>
  );
}
