// Which scenario the views show: one choice for the whole app (Översikt, Scenarier, Åtaganden).
import type { Plan } from '../../../shared/domain/types';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useI18n } from '../../i18n/I18nProvider';
import { chooseScenario } from '../../plan/scenario-store';

export function ScenarioPicker({ plan, scenarioId }: { plan: Plan; scenarioId: string | null }) {
  const { t } = useI18n();
  if (plan.scenarios.length === 0) return <p className="muted">{t('scenarios.none')}</p>;
  return (
    <LabeledSelect
      className="scenario-picker"
      label={t('scenarios.shown')}
      value={scenarioId ?? ''}
      onChange={chooseScenario}
      options={plan.scenarios.map((s) => [s.id, s.name] as const)}
    />
  );
}
