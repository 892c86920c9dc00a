// Översikt's dashboard for the chosen scenario: do we reach the 2030 and 2040 targets, what is
// left of the carbon budget, what does the portfolio cost and who pays, how much is financed.
// Everything is computed in the page from the plan snapshot, so it follows every edit at once.
import { useId, useMemo } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { formatMoneyWhole, formatNumber, formatPercent, headlineMoney } from '../../../shared/format/number';
import { labelOf, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { ChartFigure } from '../../charts/ChartFigure';
import { bearerTotals, costsByBearer } from '../../charts/models/aggregates';
import { costBearerModel } from '../../charts/models/cost-bearers';
import { trajectoryModel } from '../../charts/models/trajectory';
import { useI18n } from '../../i18n/I18nProvider';
import { useScenarioId } from '../../plan/scenario-store';
import { useScenarioCalc } from '../scenarios/calc-cache';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';
import { GapTable } from './GapTable';
import { gapInYear, headline, type TargetGap } from './headline';
import { formatOdds } from '../../uncertainty/odds';
import { useUncertainty } from '../../uncertainty/useUncertainty';
import type { UncertaintyResult } from '../../../shared/uncertainty';
import './dashboard.css';
import '../../uncertainty/uncertainty.css';

export function Dashboard({ plan }: { plan: Plan }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const scenarioId = useScenarioId(plan);
  const calc = useScenarioCalc(plan, scenarioId);
  const { result: odds } = useUncertainty(plan, scenarioId);
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  const figures = useMemo(() => (calc ? headline(plan, calc) : null), [plan, calc]);
  const trajectory = useMemo(
    () => (calc && scenario ? trajectoryModel({ plan, calc, scenarioName: scenario.name, locale }) : null),
    [plan, calc, scenario, locale],
  );
  const bearers = useMemo(
    () => (calc && scenario ? costBearerModel({ plan, calc, totals: bearerTotals(costsByBearer(plan, calc)), scenarioName: scenario.name, locale }) : null),
    [plan, calc, scenario, locale],
  );

  return (
    <section className="dashboard" aria-labelledby={headingId}>
      <div className="dashboard__head">
        <h2 id={headingId}>{scenario ? t('dashboard.title', { name: scenario.name }) : t('dashboard.titlePlain')}</h2>
        <ScenarioPicker plan={plan} scenarioId={scenarioId} />
      </div>
      {!calc || !figures || !scenario ? (
        <p className="chart__empty">{t('dashboard.noScenario')}</p>
      ) : (
        <>
          <Figures plan={plan} figures={figures} odds={odds} />
          <div className="dashboard__charts">
            {trajectory && <ChartFigure model={trajectory} locale={locale} height={360} />}
            {bearers && <ChartFigure model={bearers} locale={locale} height={360} />}
          </div>
          <section className="card dashboard__gaps" aria-labelledby={`${headingId}-gaps`}>
            <h3 id={`${headingId}-gaps`}>{t('dashboard.gaps.title')}</h3>
            {figures.gaps.length ? (
              <GapTable gaps={figures.gaps} caption={t('dashboard.gaps.title')} />
            ) : (
              <p className="chart__empty">
                {t('dashboard.noTargets')} <a href="#/targets">{t('dashboard.toTargets')}</a>
              </p>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function Figures({ plan, figures, odds }: { plan: Plan; figures: NonNullable<ReturnType<typeof headline>>; odds: UncertaintyResult | null }) {
  const { t, locale } = useI18n();
  const unit = plan.plan.moneyUnit;
  const money = (sek: number) => {
    const h = headlineMoney(sek, unit, locale);
    return `${h.value} ${labelOf(MONEY_UNIT_LABELS, h.unit, locale)}`;
  };
  const tons = (v: number) => `${formatNumber(v, locale)} ${t('dashboard.unitTons')}`;
  const { budget } = figures;
  return (
    <dl className="kpis">
      {[2030, 2040].map((year) => (
        <GapFigure key={year} year={year} gap={gapInYear(figures.gaps, year)} tons={tons} odds={odds} />
      ))}
      <div className="kpi">
        <dt>{t('dashboard.budget')}</dt>
        {budget ? (
          <>
            <dd className={budget.remaining >= 0 ? 'kpi__value' : 'kpi__value kpi__value--missed'}>{tons(budget.remaining)}</dd>
            <dd className="kpi__detail">
              {budget.exhaustedYear === null
                ? t('dashboard.budgetLasts')
                : t(budget.remaining < 0 ? 'dashboard.budgetOver' : 'dashboard.budgetExhausted', { year: budget.exhaustedYear })}
            </dd>
          </>
        ) : (
          <dd className="kpi__detail">
            {t('dashboard.noBudget')} <a href="#/targets">{t('dashboard.toTargets')}</a>
          </dd>
        )}
      </div>
      <div className="kpi">
        <dt>{t('dashboard.capex')}</dt>
        <dd className="kpi__value">{money(figures.capexSek)}</dd>
        <dd className="kpi__detail">{t('dashboard.npv', { value: money(figures.npvSek) })}</dd>
      </div>
      <div className="kpi">
        <dt>{t('dashboard.financing')}</dt>
        <dd className="kpi__value">{money(figures.securedSek)}</dd>
        <dd className="kpi__detail">
          {(() => {
            // One unit for the whole sentence (the largest amount's), so that it adds up as read.
            const shown = headlineMoney(Math.max(figures.neededSek, figures.securedSek), unit, locale).unit;
            const m = (sek: number) => `${formatMoneyWhole(sek, shown, locale)} ${labelOf(MONEY_UNIT_LABELS, shown, locale)}`;
            const share = figures.neededSek > 0 ? formatPercent(figures.securedSek / figures.neededSek, locale) : '–';
            const words = {
              needed: m(figures.neededSek),
              secured: m(figures.securedSek),
              share,
              missing: m(figures.missingSek),
              surplus: m(figures.surplusSek),
            };
            if (figures.missingSek <= 0) return t('dashboard.financingCovered', words);
            return t(figures.surplusSek > 0 ? 'dashboard.financingMissingSurplus' : 'dashboard.financingMissing', words);
          })()}
        </dd>
      </div>
    </dl>
  );
}

function GapFigure({ year, gap, tons, odds }: { year: number; gap: TargetGap | undefined; tons(v: number): string; odds: UncertaintyResult | null }) {
  const { t, locale } = useI18n();
  const probability = gap && odds?.targets.find((o) => o.id === gap.target.id)?.probabilityMet;
  return (
    <div className="kpi">
      <dt>{t('dashboard.gapTo', { year })}</dt>
      {!gap || gap.result.gap === null ? (
        <dd className="kpi__detail">{t('dashboard.noTargetYear', { year })}</dd>
      ) : gap.result.gap <= 0 ? (
        <>
          <dd className="kpi__value kpi__value--met">✓ {t('dashboard.met')}</dd>
          <dd className="kpi__detail">{t('dashboard.margin', { value: tons(-gap.result.gap), name: gap.target.name })}</dd>
        </>
      ) : (
        <>
          <dd className="kpi__value kpi__value--missed">{tons(gap.result.gap)}</dd>
          <dd className="kpi__detail">
            {gap.share === null ? gap.target.name : t('dashboard.gapShare', { share: formatPercent(gap.share, locale), year, name: gap.target.name })}
          </dd>
        </>
      )}
      {gap && gap.result.gap !== null && (
        <dd className="kpi__odds" data-odds={gap.target.id}>
          {probability === undefined || probability === null ? t('uncertainty.kpiPending') : t('uncertainty.kpi', { percent: formatOdds(probability, locale) })}
        </dd>
      )}
    </div>
  );
}
