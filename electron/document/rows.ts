// Domain entity ↔ table row, one pair of functions per entity. Absent optional fields are
// NULL in the store and absent (not null) in the domain shape, as the JSON export wants.
import type {
  Action,
  ActionStatus,
  CarbonBudget,
  CommitmentChoice,
  CommitmentId,
  CommitmentLevel,
  CostBearer,
  CostOverride,
  EffectKind,
  FinancingEntry,
  FinancingSource,
  FinancingSourceKind,
  FinancingStatus,
  MoneyUnit,
  PlanSettings,
  Scenario,
  Sector,
  Target,
  TargetKind,
  TargetScope,
} from './domain';
import type { Baseline } from './domain';
import { normalizeAction } from '../../shared/domain/normalize';
import { actionUncertainty, actionUncertaintyColumns } from './uncertainty-rows';
import type { Row } from './tables';

/** Copies `v` to `out[key]` only when it is not null: absent stays absent. */
function opt<T, K extends keyof T>(out: T, key: K, v: T[K] | null): void {
  if (v !== null && v !== undefined) out[key] = v;
}
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function planFromRow(r: Row<'plan'>): PlanSettings {
  return {
    municipality: r.municipality,
    municipalityCode: r.municipality_code,
    title: r.title,
    startYear: r.start_year,
    endYear: r.end_year,
    priceBaseYear: r.price_base_year,
    discountRate: r.discount_rate,
    carbonValueSekPerTon: r.carbon_value_sek_per_ton,
    moneyUnit: r.money_unit as MoneyUnit,
  };
}

export function planToRow(p: PlanSettings): Row<'plan'> {
  return {
    id: 'plan',
    municipality: p.municipality,
    municipality_code: p.municipalityCode,
    title: p.title,
    start_year: p.startYear,
    end_year: p.endYear,
    price_base_year: p.priceBaseYear,
    discount_rate: p.discountRate,
    carbon_value_sek_per_ton: p.carbonValueSekPerTon,
    money_unit: p.moneyUnit,
  };
}

export function sectorFromRow(r: Row<'sectors'>): Sector {
  const s: Sector = { id: r.id, name: r.name, isSink: r.is_sink === 1 };
  if (r.hidden === 1) s.hidden = true;
  return s;
}

export function sectorToRow(s: Sector, position: number): Row<'sectors'> {
  return { id: s.id, position, name: s.name, is_sink: s.isSink ? 1 : 0, hidden: s.hidden ? 1 : 0 };
}

export function targetFromRow(r: Row<'targets'>): Target {
  const t: Target = { id: r.id, name: r.name, year: r.year, scope: r.scope as TargetScope, kind: r.kind as TargetKind };
  opt(t, 'reduction', r.reduction);
  opt(t, 'referenceYear', r.reference_year);
  opt(t, 'referenceTonsCo2e', r.reference_tons_co2e);
  opt(t, 'tonsCo2e', r.tons_co2e);
  return t;
}

export function targetToRow(t: Target, position: number): Row<'targets'> {
  return {
    id: t.id,
    position,
    name: t.name,
    year: t.year,
    scope: t.scope,
    kind: t.kind,
    reduction: nul(t.reduction),
    reference_year: nul(t.referenceYear),
    reference_tons_co2e: nul(t.referenceTonsCo2e),
    tons_co2e: nul(t.tonsCo2e),
  };
}

export function carbonBudgetFromRow(r: Row<'carbon_budget'>): CarbonBudget {
  return { fromYear: r.from_year, tonsCo2e: r.tons_co2e, scope: r.scope as TargetScope };
}

export function carbonBudgetToRow(b: CarbonBudget): Row<'carbon_budget'> {
  return { id: 'budget', from_year: b.fromYear, tons_co2e: b.tonsCo2e, scope: b.scope };
}

export function sourceFromRow(r: Row<'financing_sources'>): FinancingSource {
  return { id: r.id, name: r.name, kind: r.kind as FinancingSourceKind };
}

export function sourceToRow(s: FinancingSource, position: number): Row<'financing_sources'> {
  return { id: s.id, position, name: s.name, kind: s.kind };
}

export function entryFromRow(r: Row<'financing_entries'>): FinancingEntry {
  return {
    id: r.id,
    actionId: r.action_id,
    sourceId: r.source_id,
    year: r.year,
    amountSek: r.amount_sek,
    status: r.status as FinancingStatus,
  };
}

export function entryToRow(e: FinancingEntry, position: number): Row<'financing_entries'> {
  return {
    id: e.id,
    position,
    source_id: e.sourceId,
    action_id: e.actionId,
    year: e.year,
    amount_sek: e.amountSek,
    status: e.status,
  };
}

export function commitmentFromRow(r: Row<'commitments'>): CommitmentChoice {
  return { id: r.id as CommitmentId, level: r.level as CommitmentLevel };
}

export function commitmentToRow(c: CommitmentChoice, position: number): Row<'commitments'> {
  return { id: c.id, position, level: c.level };
}

export function overrideFromRow(r: Row<'cost_overrides'>): CostOverride {
  const o: CostOverride = { year: r.year };
  opt(o, 'capexSek', r.capex_sek);
  opt(o, 'opexSek', r.opex_sek);
  opt(o, 'savingsSek', r.savings_sek);
  return o;
}

export function overrideToRow(actionId: string, o: CostOverride, position: number): Row<'cost_overrides'> {
  return {
    action_id: actionId,
    year: o.year,
    position,
    capex_sek: nul(o.capexSek),
    opex_sek: nul(o.opexSek),
    savings_sek: nul(o.savingsSek),
  };
}

/** The action's own columns; its lists (overrides, scores, links, tags) live in child tables. */
export type ActionScalars = Omit<Action, keyof ActionLists>;

export type ActionLists = Pick<Action, 'costOverrides' | 'coBenefits' | 'commitments' | 'tags'>;

/** The action in the field order of DESIGN §6 and in one shape (see shared/domain/normalize.ts). */
export function actionFromRow(r: Row<'actions'>, lists: ActionLists): Action {
  return normalizeAction({
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description ?? undefined,
    sectorId: r.sector_id,
    owner: r.owner,
    costBearer: r.cost_bearer as CostBearer,
    status: r.status as ActionStatus,
    startYear: r.start_year,
    implementationYears: r.implementation_years,
    effectStartYear: r.effect_start_year ?? undefined,
    effectEndYear: r.effect_end_year ?? undefined,
    rampYears: r.ramp_years,
    effectKind: r.effect_kind as EffectKind,
    effectTonsPerYear: r.effect_tons_per_year ?? undefined,
    effectShare: r.effect_share ?? undefined,
    lifetimeYears: r.lifetime_years ?? undefined,
    capexSek: r.capex_sek,
    opexSekPerYear: r.opex_sek_per_year,
    savingsSekPerYear: r.savings_sek_per_year,
    coBenefitSekPerYear: r.co_benefit_sek_per_year,
    notes: r.notes,
    ...lists,
    uncertainty: actionUncertainty(r),
  });
}

export function actionToRow(a: ActionScalars, position: number): Row<'actions'> {
  return {
    id: a.id,
    position,
    code: a.code,
    name: a.name,
    description: nul(a.description),
    sector_id: a.sectorId,
    owner: a.owner,
    cost_bearer: a.costBearer,
    status: a.status,
    start_year: a.startYear,
    implementation_years: a.implementationYears,
    effect_start_year: nul(a.effectStartYear),
    effect_end_year: nul(a.effectEndYear),
    ramp_years: a.rampYears,
    effect_kind: a.effectKind,
    effect_tons_per_year: nul(a.effectTonsPerYear),
    effect_share: nul(a.effectShare),
    lifetime_years: nul(a.lifetimeYears),
    capex_sek: a.capexSek,
    opex_sek_per_year: a.opexSekPerYear,
    savings_sek_per_year: a.savingsSekPerYear,
    co_benefit_sek_per_year: a.coBenefitSekPerYear,
    notes: a.notes,
    ...actionUncertaintyColumns(a.uncertainty),
  };
}

export function scenarioFromRow(r: Row<'scenarios'>): Omit<Scenario, 'includeStatuses' | 'include' | 'exclude'> {
  return { id: r.id, name: r.name, delayYears: r.delay_years, effectFactor: r.effect_factor, costFactor: r.cost_factor };
}

export function scenarioToRow(s: Scenario, position: number): Row<'scenarios'> {
  return {
    id: s.id,
    position,
    name: s.name,
    delay_years: s.delayYears,
    effect_factor: s.effectFactor,
    cost_factor: s.costFactor,
  };
}

/** The rows of an action's lists, in the child tables. */
export function actionChildRows(a: Action) {
  return {
    cost_overrides: a.costOverrides.map((o, i) => overrideToRow(a.id, o, i)),
    co_benefit_scores: Object.entries(a.coBenefits).map(([category, score]) => ({ action_id: a.id, category, score: score as number })),
    action_commitments: a.commitments.map((c, i) => ({ action_id: a.id, commitment_id: c, position: i })),
    action_tags: a.tags.map((tag, i) => ({ action_id: a.id, tag, position: i })),
  };
}
export const ACTION_CHILD_TABLES = ['cost_overrides', 'co_benefit_scores', 'action_commitments', 'action_tags'] as const;

export function baselineToRow(b: Baseline, position: number): Row<'baselines'> {
  return { sector_id: b.sectorId, position, annual_change: b.annualChange };
}

export function baselinePointRows(b: Baseline): Row<'baseline_points'>[] {
  return b.points.map((p, i) => ({ sector_id: b.sectorId, year: p.year, position: i, tons_co2e: p.tonsCo2e }));
}

/** The rows of a scenario's lists: included statuses and the explicit include/exclude. */
export function scenarioChildRows(s: Scenario) {
  return {
    scenario_statuses: s.includeStatuses.map((status, i) => ({ scenario_id: s.id, status, position: i })),
    scenario_actions: [
      ...s.include.map((action_id, i) => ({ scenario_id: s.id, action_id, mode: 'include' as const, position: i })),
      ...s.exclude.map((action_id, i) => ({ scenario_id: s.id, action_id, mode: 'exclude' as const, position: i })),
    ],
  };
}
