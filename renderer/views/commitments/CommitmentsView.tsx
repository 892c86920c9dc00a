// Åtaganden: the ten joint commitments of Klimatkontrakt 2030 in the document's order, each with
// its chosen level, what that level asks, and the actions that serve it; a summary of effect
// and capex per commitment; then the actions' co-benefits (multipla nyttor).
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { COMMITMENT_IDS, COMMITMENT_LEVELS } from '../../../shared/domain/ids';
import { labelOf, LEVEL_LABELS } from '../../../shared/i18n/labels';
import { LEVEL_MEANING } from '../../../shared/reference/commitment-levels';
import { ChartFigure } from '../../charts/ChartFigure';
import { actionFigureLookup, commitmentTotals, linkedActionFigures } from '../../charts/models/aggregates';
import { commitmentSummaryModel } from '../../charts/models/commitment-summary';
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { defaultYear, useScenarioCalc } from '../scenarios/calc-cache';
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
  // The cards ask for the figures of the actions they show; the summary chart, which needs every
  // linked action's, is drawn in a render of its own after the view is on screen (10 000 actions).
  const figureOf = useMemo(() => (plan && calc ? actionFigureLookup(plan, calc, year) : () => undefined), [plan, calc, year]);
  const now = useMemo(() => (plan && calc && scenario ? { plan, calc, scenario, year } : null), [plan, calc, scenario, year]);
  const later = useDeferredValue(now, null);
  const summary = useMemo(
    () =>
      later
        ? commitmentSummaryModel({
            plan: later.plan,
            calc: later.calc,
            totals: commitmentTotals(later.plan, linkedActionFigures(later.plan, later.calc, later.year)),
            year: later.year,
            scenarioName: later.scenario.name,
            locale,
          })
        : null,
    [later, locale],
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
          {summary ? (
            <ChartFigure model={summary} locale={locale} headingLevel={2} height={420} />
          ) : (
            <div className="card chart-pending chart-pending--tall" aria-busy="true" />
          )}
          <ol className="commitments">
            {COMMITMENT_IDS.map((id, i) => (
              <CommitmentCard key={id} plan={plan} id={id} number={i + 1} figureOf={figureOf} year={year} readOnly={readOnly} />
            ))}
          </ol>
          {/* Below the ten commitments: drawn in the render after the view is on screen. */}
          {later && <CoBenefits plan={later.plan} calc={later.calc} scenarioName={later.scenario.name} />}
        </>
      )}
    </section>
  );
}
