// Scenarier: the plan's scenarios (list, create, copy, rename, delete), the chosen scenario's
// settings and explicit choices of actions, its charts, and how its gaps to the targets move
// with delay and effect.
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { ActionMembership } from './ActionMembership';
import { ScenarioCharts } from './ScenarioCharts';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioList } from './ScenarioList';
import { Sensitivity } from './Sensitivity';
import { UncertaintySection } from '../../uncertainty/UncertaintySection';
import './scenarios.css';

export function ScenariosView() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const scenarioId = useScenarioId(plan);
  const scenario = plan?.scenarios.find((s) => s.id === scenarioId);

  return (
    <section className="view view--wide">
      <h1>{t('nav.scenarios')}</h1>
      {!plan ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <p className="lead">{t('scenarios.intro')}</p>
          <div className="scenarios-top">
            <ScenarioList plan={plan} scenarioId={scenarioId} readOnly={readOnly} />
            {scenario && <ScenarioEditor scenario={scenario} readOnly={readOnly} />}
          </div>
          {scenario ? (
            <>
              <ScenarioCharts plan={plan} scenario={scenario} />
              <Sensitivity plan={plan} scenario={scenario} />
              <UncertaintySection plan={plan} scenario={scenario} readOnly={readOnly} />
              <ActionMembership plan={plan} scenario={scenario} readOnly={readOnly} />
            </>
          ) : (
            <p className="chart__empty">{t('scenarios.noneChosen')}</p>
          )}
        </>
      )}
    </section>
  );
}
