// What every sheet of the council workbook draws on: the plan, the chosen scenario and the
// engine's result for it, and the sums per cost bearer and per owner that the budget sheets
// need (one pass over the included actions with the engine's own per-action series).
import { blankScenario, UNCANCELLED_STATUSES } from '../../../shared/domain/defaults';
import { COST_BEARERS, MONEY_UNIT_FACTOR, type CostBearer } from '../../../shared/domain/ids';
import type { Plan, Scenario, Version } from '../../../shared/domain/types';
import type { UncertaintyOptions } from '../../../shared/uncertainty';
import { actionSeries, calculate, createCalcContext, emptyActionSeries, type CalcContext, type CalcResult } from '../../../shared/calc';
import { moneyFormat } from '../sheet-model';

export interface WorkbookOptions {
  /** The scenario the sheets show; the plan's first if not given. */
  scenarioId?: string;
  /** The coming budget year of sheet Per nämnd; next calendar year if not given. */
  budgetYear?: number;
  /** The date the workbook says it was made. */
  exportedAt?: Date;
  /** Adds the sheet Osäkerhet with these draws and seed (DESIGN §9); slow for large plans, so asked for. */
  uncertainty?: UncertaintyOptions;
  /** The version sheet Uppföljning follows up (null: the plan itself); default the newest in `plan.versions`. */
  followUpVersion?: Version | null;
}

export interface OwnerBudget {
  capex: number[];
  opex: number[];
}

export interface ExportContext {
  /** The plan as given (the technical sheet's); `plan` may have a fallback scenario added. */
  source: Plan;
  plan: Plan;
  scenario: Scenario;
  /** True when the plan has no scenario and the sheets show every action but the cancelled. */
  fallbackScenario: boolean;
  calc: CalcResult;
  calcContext: CalcContext;
  years: number[];
  included: Set<string>;
  /** kronor → the plan's unit. */
  money(sek: number): number;
  moneyFmt: string;
  budgetYears: number[];
  capexByBearer: Map<CostBearer, number[]>;
  /** Per cost bearer, per owner: capex and opex in each budget year (kronor). */
  budgetByOwner: Map<CostBearer, Map<string, OwnerBudget>>;
  exportedAt: Date;
}

const FALLBACK: Scenario = blankScenario('export-all', 'Alla åtgärder utom avbrutna', UNCANCELLED_STATUSES);

/** The coming budget year and the two plan years after it, inside the plan's period. */
export function budgetYearsOf(plan: Plan, budgetYear: number): number[] {
  const { startYear, endYear } = plan.plan;
  const first = Math.min(Math.max(budgetYear, startYear), Math.max(startYear, endYear - 2));
  return [first, first + 1, first + 2].filter((y) => y <= endYear);
}

export function exportContext(source: Plan, opts: WorkbookOptions): ExportContext {
  const fallbackScenario = source.scenarios.length === 0;
  const plan = fallbackScenario ? { ...source, scenarios: [FALLBACK] } : source;
  const scenario = plan.scenarios.find((s) => s.id === opts.scenarioId) ?? plan.scenarios[0];
  const calc = calculate(plan, scenario.id);
  const calcContext = createCalcContext(plan, scenario.id);
  const included = new Set(calc.actions.filter((a) => a.included).map((a) => a.id));
  const factor = MONEY_UNIT_FACTOR[plan.plan.moneyUnit];
  const exportedAt = opts.exportedAt ?? new Date();
  const budgetYears = budgetYearsOf(plan, opts.budgetYear ?? exportedAt.getFullYear() + 1);

  const capexByBearer = new Map<CostBearer, number[]>(COST_BEARERS.map((b) => [b, calc.years.map(() => 0)]));
  const budgetByOwner = new Map<CostBearer, Map<string, OwnerBudget>>();
  const series = emptyActionSeries(calc.years.length);
  const budgetIndex = budgetYears.map((y) => y - plan.plan.startYear);
  for (const a of plan.actions) {
    if (!included.has(a.id)) continue;
    actionSeries(calcContext, a, series);
    const capex = capexByBearer.get(a.costBearer)!;
    for (let i = 0; i < capex.length; i++) capex[i] += series.capex[i];
    const owners = budgetByOwner.get(a.costBearer) ?? new Map<string, OwnerBudget>();
    budgetByOwner.set(a.costBearer, owners);
    const o = owners.get(a.owner.trim()) ?? { capex: budgetYears.map(() => 0), opex: budgetYears.map(() => 0) };
    owners.set(a.owner.trim(), o);
    budgetIndex.forEach((yi, k) => {
      o.capex[k] += series.capex[yi];
      o.opex[k] += series.opex[yi];
    });
  }
  return {
    source,
    plan,
    scenario,
    fallbackScenario,
    calc,
    calcContext,
    years: calc.years,
    included,
    money: (sek) => sek / factor,
    moneyFmt: moneyFormat(plan.plan.moneyUnit),
    budgetYears,
    capexByBearer,
    budgetByOwner,
    exportedAt,
  };
}
