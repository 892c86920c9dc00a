// Mål: the climate targets and what the chosen scenario makes of them, the trajectory toward
// them, the carbon budget, and the baseline per sector with its chart.
import { useId, useMemo, useState } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { baselineModel } from '../../charts/models/baseline-chart';
import { baselines } from '../../charts/models/baselines';
import { trajectoryModel } from '../../charts/models/trajectory';
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { useScenarioCalc } from '../scenarios/calc-cache';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';
import { BaselineEditor } from './BaselineEditor';
import { CarbonBudgetForm } from './CarbonBudgetForm';
import { NewTargetForm } from './NewTargetForm';
import { SectorsTable } from './SectorsTable';
import { TargetsTable } from './TargetsTable';
import '../scenarios/scenarios.css';
import './targets.css';

export function TargetsView() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const targetsHeading = useId();
  const scenarioId = useScenarioId(plan);
  const calc = useScenarioCalc(plan, scenarioId);
  const scenario = plan?.scenarios.find((s) => s.id === scenarioId);
  const [picked, setPicked] = useState<string | null>(null);
  const sectorId = plan && plan.sectors.some((s) => s.id === picked) ? picked! : (plan?.sectors[0]?.id ?? null);

  const trajectory = useMemo(
    () => (plan && calc && scenario ? trajectoryModel({ plan, calc, scenarioName: scenario.name, locale }) : null),
    [plan, calc, scenario, locale],
  );
  const baselineChart = useMemo(() => (plan ? baselineModel({ plan, baselines: baselines(plan), locale }) : null), [plan, locale]);

  return (
    <section className="view view--wide">
      <h1>{t('nav.targets')}</h1>
      {!plan ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <p className="lead">{t('targets.intro')}</p>
          <section className="card targets-card" aria-labelledby={targetsHeading}>
            <div className="card__head">
              <h2 id={targetsHeading}>{t('targets.title')}</h2>
              <ScenarioPicker plan={plan} scenarioId={scenarioId} />
            </div>
            <TargetsTable plan={plan} calc={calc} readOnly={readOnly} />
            <NewTargetForm readOnly={readOnly} />
          </section>
          <div className="targets-charts">
            {trajectory && <ChartFigure model={trajectory} locale={locale} headingLevel={2} height={360} />}
            <CarbonBudgetForm plan={plan} calc={calc} readOnly={readOnly} />
          </div>
          <div className="targets-baseline">
            <SectorsTable plan={plan} selected={sectorId ?? ''} onSelect={setPicked} readOnly={readOnly} />
            {sectorId && <BaselineEditor plan={plan} sectorId={sectorId} onSector={setPicked} readOnly={readOnly} />}
          </div>
          {baselineChart && <ChartFigure model={baselineChart} locale={locale} headingLevel={2} height={360} />}
        </>
      )}
    </section>
  );
}
