// Scenarier's charts for the chosen scenario: emissions by sector, a comparison of two to four
// scenarios, the wedges between baseline and scenario, money per year, and the abatement cost
// curve. All from the engine in the page, recomputed on every edit.
import { useMemo, useState, type ComponentProps } from 'react';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { ChartFigure } from '../../charts/ChartFigure';
import { costsByBearer } from '../../charts/models/aggregates';
import { baselines } from '../../charts/models/baselines';
import { comparisonModel } from '../../charts/models/comparison';
import { investmentModel, type InvestmentMode } from '../../charts/models/investment';
import { maccModel } from '../../charts/models/macc';
import { sectorStackModel } from '../../charts/models/sector-stack';
import { wedgeModel, type WedgeMode } from '../../charts/models/wedge';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useI18n } from '../../i18n/I18nProvider';
import { cachedCalc, defaultYear, useScenarioCalc } from './calc-cache';

export const MAX_COMPARED = 4;

/** The scenarios compared by default: the chosen one and "decided" (or the next one). */
export function defaultCompared(plan: Plan, scenarioId: string): string[] {
  const other = plan.scenarios.find((s) => s.id === 'decided' && s.id !== scenarioId) ?? plan.scenarios.find((s) => s.id !== scenarioId);
  return other ? [scenarioId, other.id] : [scenarioId];
}

export function ScenarioCharts({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t, locale } = useI18n();
  const [wantedYear, setMaccYear] = useState<number | null>(null);
  const [wedgeMode, setWedgeMode] = useState<WedgeMode>('sector');
  const [investMode, setInvestMode] = useState<InvestmentMode>('component');
  const [picked, setPicked] = useState<string[] | null>(null);
  const { startYear, endYear } = plan.plan;
  const maccYear = wantedYear !== null && wantedYear >= startYear && wantedYear <= endYear ? wantedYear : defaultYear(plan);
  const calc = useScenarioCalc(plan, scenario.id, maccYear);

  const { sectors, baseline } = plan;
  const settings = plan.plan;
  // The baseline depends on the axis, the sectors and their points only.
  const bases = useMemo(() => baselines(plan), [settings, sectors, baseline]);
  const existing = new Set(plan.scenarios.map((s) => s.id));
  const comparedIds = (picked ?? defaultCompared(plan, scenario.id)).filter((id) => existing.has(id)).slice(0, MAX_COMPARED);
  const comparedKey = comparedIds.join('|');

  const name = scenario.name;
  const sectorStack = useMemo(() => calc && sectorStackModel({ plan, calc, scenarioName: name, locale }), [plan, calc, name, locale]);
  const comparison = useMemo(() => {
    const compared = comparedKey
      .split('|')
      .filter(Boolean)
      .map((id) => ({ name: plan.scenarios.find((s) => s.id === id)?.name ?? id, calc: id === scenario.id && calc ? calc : cachedCalc(plan, id) }))
      .filter((c): c is { name: string; calc: NonNullable<typeof calc> } => c.calc !== null);
    return comparisonModel({ plan, compared, locale });
  }, [plan, calc, scenario.id, comparedKey, locale]);
  const wedges = useMemo(
    () => calc && wedgeModel({ plan, calc, baselines: bases, mode: wedgeMode, scenarioName: name, locale }),
    [plan, calc, bases, wedgeMode, name, locale],
  );
  const investment = useMemo(
    () =>
      calc &&
      investmentModel({ plan, calc, byBearer: investMode === 'bearer' ? costsByBearer(plan, calc) : undefined, mode: investMode, scenarioName: name, locale }),
    [plan, calc, investMode, name, locale],
  );
  const macc = useMemo(() => calc && maccModel({ plan, calc, year: maccYear, scenarioName: name, locale }), [plan, calc, maccYear, name, locale]);

  if (!calc || !sectorStack || !wedges || !investment || !macc) return null;
  const years = calc.years;

  function toggleCompared(id: string, on: boolean): void {
    const next = on ? [...comparedIds, id] : comparedIds.filter((x) => x !== id);
    setPicked(next);
  }

  return (
    <div className="scenario-charts">
      <ChartFigure model={sectorStack} locale={locale} headingLevel={2} />
      <ChartFigure
        model={comparison}
        locale={locale}
        headingLevel={2}
        controls={
          <CompareChoice plan={plan} chosen={comparedIds} onToggle={toggleCompared} label={t('charts.compare')} full={comparedIds.length >= MAX_COMPARED} />
        }
      />
      <ChartFigure
        model={wedges}
        locale={locale}
        headingLevel={2}
        controls={
          <ChartChoice
            label={t('charts.wedgeMode')}
            value={wedgeMode}
            onChange={(v) => setWedgeMode(v as WedgeMode)}
            options={[
              ['sector', t('charts.bySector')],
              ['action', t('charts.byAction')],
            ]}
          />
        }
      />
      <ChartFigure
        model={investment}
        locale={locale}
        headingLevel={2}
        controls={
          <ChartChoice
            label={t('charts.investMode')}
            value={investMode}
            onChange={(v) => setInvestMode(v as InvestmentMode)}
            options={[
              ['component', t('charts.byComponent')],
              ['bearer', t('charts.byBearer')],
            ]}
          />
        }
      />
      <ChartFigure
        model={macc}
        locale={locale}
        headingLevel={2}
        height={380}
        controls={
          <ChartChoice
            label={t('charts.maccYear')}
            value={String(maccYear)}
            onChange={(v) => setMaccYear(Number(v))}
            options={years.map((y) => [String(y), String(y)])}
          />
        }
      />
    </div>
  );
}

/** A choice among a chart's tools (what it shows, or its year). */
function ChartChoice(props: Omit<ComponentProps<typeof LabeledSelect>, 'className' | 'inline'>) {
  return <LabeledSelect {...props} className="chart-choice" inline />;
}

function CompareChoice({
  plan,
  chosen,
  onToggle,
  label,
  full,
}: {
  plan: Plan;
  chosen: string[];
  onToggle(id: string, on: boolean): void;
  label: string;
  full: boolean;
}) {
  return (
    <fieldset className="compare-choice">
      <legend>{label}</legend>
      {plan.scenarios.map((s) => {
        const on = chosen.includes(s.id);
        return (
          <label key={s.id}>
            <input type="checkbox" checked={on} disabled={!on && full} onChange={(e) => onToggle(s.id, e.target.checked)} />
            {s.name}
          </label>
        );
      })}
    </fieldset>
  );
}
