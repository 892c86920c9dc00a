// Åtaganden: the ten joint commitments of Klimatkontrakt 2030 in the document's order, each with
// its chosen level, what that level asks, and the actions that serve it; a summary of effect
// and capex per commitment; then the actions' co-benefits (multipla nyttor).
import { useId, useMemo, useState } from 'react';
import { COMMITMENT_IDS, COMMITMENT_LEVELS } from '../../../shared/domain/ids';
import { labelOf, LEVEL_LABELS } from '../../../shared/i18n/labels';
import { LEVEL_MEANING } from '../../../shared/reference/commitment-levels';
import { ChartFigure } from '../../charts/ChartFigure';
import { commitmentTotals, linkedActionFigures } from '../../charts/models/aggregates';
import { commitmentSummaryModel } from '../../charts/models/commitmentSummary';
import { useDocument } from '../../document/documentStore';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/planStore';
import { useScenarioId } from '../../plan/scenarioStore';
import { defaultYear, useScenarioCalc } from '../scenarios/calcCache';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';
import { CoBenefits } from './CoBenefits';
import { CommitmentCard } from './CommitmentCard';
import '../scenarios/scenarios.css';
import './commitments.css';

export function CommitmentsView() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const yearId = useId();
  const scenarioId = useScenarioId(plan);
  const calc = useScenarioCalc(plan, scenarioId);
  const scenario = plan?.scenarios.find((s) => s.id === scenarioId);
  const [wanted, setYear] = useState<number | null>(null);
  const year = plan && wanted !== null && wanted >= plan.plan.startYear && wanted <= plan.plan.endYear ? wanted : plan ? defaultYear(plan) : 2030;
  const figures = useMemo(() => (plan && calc ? linkedActionFigures(plan, calc, year) : new Map()), [plan, calc, year]);
  const summary = useMemo(
    () => (plan && calc && scenario ? commitmentSummaryModel({ plan, calc, totals: commitmentTotals(plan, figures), year, scenarioName: scenario.name, locale }) : null),
    [plan, calc, scenario, figures, year, locale],
  );

  return (
    <section className="view view--wide">
      <h1>{t('nav.commitments')}</h1>
      {!plan ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <p className="lead">{t('commitments.intro')}</p>
          <ul className="level-meaning">
            {COMMITMENT_LEVELS.map((l) => (
              <li key={l}>
                <strong>{labelOf(LEVEL_LABELS, l, locale)}</strong> – {LEVEL_MEANING[l][locale]}
              </li>
            ))}
          </ul>
          <div className="commitments-controls">
            <ScenarioPicker plan={plan} scenarioId={scenarioId} />
            <div className="scenario-picker">
              <label htmlFor={yearId}>{t('commitments.year')}</label>
              <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {Array.from({ length: plan.plan.endYear - plan.plan.startYear + 1 }, (_, i) => plan.plan.startYear + i).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {summary && <ChartFigure model={summary} locale={locale} headingLevel={2} height={420} />}
          <ol className="commitments">
            {COMMITMENT_IDS.map((id, i) => (
              <CommitmentCard key={id} plan={plan} id={id} number={i + 1} figures={figures} year={year} readOnly={readOnly} />
            ))}
          </ol>
          {calc && scenario && <CoBenefits plan={plan} calc={calc} scenarioName={scenario.name} />}
        </>
      )}
    </section>
  );
}
