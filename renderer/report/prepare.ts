// Everything the report prints, computed in the page from the plan snapshot Node handed over:
// the engine's result for the chosen scenario (and the others, for the comparison), and the
// chart models of the sections the user picked — the same builders as the app's charts.
import { calculate, type CalcResult } from '../../shared/calc';
import type { Plan, Scenario } from '../../shared/domain/types';
import type { ReportPayload } from '../../shared/report/options';
import type { ReportSectionId } from '../../shared/report/sections';
import type { ChartModel } from '../charts/model';
import { coBenefitsPerYear, commitmentTotals, costsByBearer, linkedActionFigures } from '../charts/models/aggregates';
import { coBenefitModel } from '../charts/models/co-benefits';
import { commitmentSummaryModel } from '../charts/models/commitment-summary';
import { comparisonModel } from '../charts/models/comparison';
import { investmentModel } from '../charts/models/investment';
import { maccModel } from '../charts/models/macc';
import { sectorStackModel } from '../charts/models/sector-stack';
import { trajectoryModel } from '../charts/models/trajectory';
import { simulateUncertainty, type UncertaintyResult } from '../../shared/uncertainty';
import { driversModel, fanModel } from '../uncertainty/charts';

export interface ScenarioCalc {
  scenario: Scenario;
  calc: CalcResult;
}

/** The report's charts, by the names its sections use. */
export type ChartKey =
  'trajectory' | 'sectors' | 'comparison' | 'uncertaintyGross' | 'uncertaintyNet' | 'drivers' | 'macc' | 'investment' | 'coBenefits' | 'commitments';

/** Chart images (blob: URLs) by chart. */
export type Images = Partial<Record<ChartKey, string>>;

export interface ReportChart {
  model: ChartModel;
  /** Height of the image in CSS pixels (its width is the text column's). */
  height: number;
}

export interface ReportData {
  payload: ReportPayload;
  plan: Plan;
  scenario: Scenario;
  calc: CalcResult;
  /** The year of the abatement cost curve and of the commitments' effects: 2030 when on the axis. */
  focusYear: number;
  /** Every scenario of the plan, the chosen one first (the comparison section only). */
  scenarios: ScenarioCalc[];
  charts: Partial<Record<ChartKey, ReportChart>>;
  /** The uncertainty of the chosen scenario (2 000 draws, seed 1, as `klimat uncertainty`); the uncertainty section only. */
  uncertainty: UncertaintyResult | null;
}

export function focusYearOf(plan: Plan): number {
  const { startYear, endYear } = plan.plan;
  return Math.min(endYear, Math.max(startYear, 2030));
}

export function prepare(payload: ReportPayload): ReportData {
  const { plan, scenarioId, sections } = payload;
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`the plan has no scenario ${scenarioId}`);
  const focusYear = focusYearOf(plan);
  const calc = calculate(plan, scenarioId, { maccYear: focusYear });
  const has = (s: ReportSectionId) => sections.includes(s);
  const name = scenario.name;
  const locale = 'sv' as const;

  const scenarios: ScenarioCalc[] = has('scenarios')
    ? [scenario, ...plan.scenarios.filter((s) => s.id !== scenarioId)].map((s) => ({ scenario: s, calc: s.id === scenarioId ? calc : calculate(plan, s.id) }))
    : [];

  const charts: Partial<Record<ChartKey, ReportChart>> = {};
  const add = (key: ChartKey, model: ChartModel, height: number) => {
    charts[key] = { model, height };
  };
  if (has('emissions')) {
    add('trajectory', trajectoryModel({ plan, calc, scenarioName: name, locale }), 330);
    add('sectors', sectorStackModel({ plan, calc, scenarioName: name, locale }), 380);
  }
  if (has('scenarios')) add('comparison', comparisonModel({ plan, compared: scenarios.map((s) => ({ name: s.scenario.name, calc: s.calc })), locale }), 300);
  const uncertainty = has('uncertainty') ? simulateUncertainty(plan, scenarioId) : null;
  if (uncertainty) {
    add('uncertaintyGross', fanModel({ plan, result: uncertainty, calc, scope: 'gross', scenarioName: name, locale }), 330);
    if (plan.sectors.some((s) => s.isSink)) add('uncertaintyNet', fanModel({ plan, result: uncertainty, calc, scope: 'net', scenarioName: name, locale }), 330);
    add('drivers', driversModel({ plan, result: uncertainty, locale }), 300);
  }
  if (has('macc')) add('macc', maccModel({ plan, calc, year: focusYear, scenarioName: name, locale }), 360);
  if (has('investment'))
    add('investment', investmentModel({ plan, calc, byBearer: costsByBearer(plan, calc), mode: 'bearer', scenarioName: name, locale }), 340);
  if (has('coBenefits')) add('coBenefits', coBenefitModel({ plan, calc, perYear: coBenefitsPerYear(plan, calc), scenarioName: name, locale }), 260);
  if (has('commitments')) {
    const totals = commitmentTotals(plan, linkedActionFigures(plan, calc, focusYear));
    add('commitments', commitmentSummaryModel({ plan, calc, totals, year: focusYear, scenarioName: name, locale }), 360);
  }
  return { payload, plan, scenario, calc, focusYear, scenarios, charts, uncertainty };
}
