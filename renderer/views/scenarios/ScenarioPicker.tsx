// Which scenario the views show: one choice for the whole app (Översikt, Scenarier, Åtaganden).
import { useId } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { chooseScenario } from '../../plan/scenarioStore';

export function ScenarioPicker({ plan, scenarioId }: { plan: Plan; scenarioId: string | null }) {
  const { t } = useI18n();
  const id = useId();
  if (plan.scenarios.length === 0) return <p className="muted">{t('scenarios.none')}</p>;
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>{t('scenarios.shown')}</label>
      <select id={id} value={scenarioId ?? ''} onChange={(e) => chooseScenario(e.target.value)}>
        {plan.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
