// Domain entity ↔ table row, read off the field registry (shared/fields): each field names its
// column, so the pairs of functions below only add the columns that are not fields (ordering
// positions, keys of child rows). Absent optional fields are NULL in the store and absent (not
// null) in the domain shape, as the JSON export wants.
import type {
  Action,
  Actual,
  Baseline,
  CarbonBudget,
  CommitmentChoice,
  CostOverride,
  FinancingEntry,
  FinancingSource,
  ObservedEmission,
  PlanSettings,
  Scenario,
  Sector,
  Target,
  UncertaintyDefaults,
  UncertaintyRanges,
  VersionInfo,
} from './domain';
import * as E from '../../shared/fields';
import { rowMapper } from '../../shared/fields/entity';
import { UNCERTAINTY_STATUSES, type UncertaintyStatus } from '../../shared/domain/ids';
import { normalizeAction } from '../../shared/domain/normalize';
import type { Row } from './tables';

const plan = rowMapper<PlanSettings>(E.planSettings.fields);
const sectors = rowMapper<Sector>(E.sector.fields);
const targets = rowMapper<Target>(E.target.fields);
const budget = rowMapper<CarbonBudget>(E.carbonBudget.fields);
const sources = rowMapper<FinancingSource>(E.financingSource.fields);
const entries = rowMapper<FinancingEntry>(E.financingEntry.fields);
const commitments = rowMapper<CommitmentChoice>(E.commitmentChoice.fields);
const overrides = rowMapper<CostOverride>(E.costOverride.fields);
const actions = rowMapper<Action>(E.action.fields);
const scenarios = rowMapper<Scenario>(E.scenario.fields);
const baselines = rowMapper<Baseline>(E.baseline.fields);
const uncertaintyDefaults = rowMapper<UncertaintyRanges & { status: UncertaintyStatus }>(E.uncertaintyDefault.fields);
const actuals = rowMapper<Actual>(E.actual.fields);
const observed = rowMapper<ObservedEmission>(E.observedEmission.fields);
const versions = rowMapper<VersionInfo>(E.version.fields);

/** Drops the keys whose value is undefined: the domain shape of an entity that is not hot. */
function compact<T extends object>(t: T): T {
  for (const k of Object.keys(t) as (keyof T)[]) if (t[k] === undefined) delete t[k];
  return t;
}

export const planFromRow = (r: Row<'plan'>): PlanSettings => plan.fromRow(r);
export const planToRow = (p: PlanSettings) => plan.toRow(p, { id: 'plan' }) as Row<'plan'>;

export const sectorFromRow = (r: Row<'sectors'>): Sector => compact(sectors.fromRow(r));
export const sectorToRow = (s: Sector, position: number) => sectors.toRow(s, { position }) as Row<'sectors'>;

export const targetFromRow = (r: Row<'targets'>): Target => compact(targets.fromRow(r));
export const targetToRow = (t: Target, position: number) => targets.toRow(t, { position }) as Row<'targets'>;

export const carbonBudgetFromRow = (r: Row<'carbon_budget'>): CarbonBudget => budget.fromRow(r);
export const carbonBudgetToRow = (b: CarbonBudget) => budget.toRow(b, { id: 'budget' }) as Row<'carbon_budget'>;

export const sourceFromRow = (r: Row<'financing_sources'>): FinancingSource => sources.fromRow(r);
export const sourceToRow = (s: FinancingSource, position: number) => sources.toRow(s, { position }) as Row<'financing_sources'>;

export const entryFromRow = (r: Row<'financing_entries'>): FinancingEntry => entries.fromRow(r);
export const entryToRow = (e: FinancingEntry, position: number) => entries.toRow(e, { position }) as Row<'financing_entries'>;

export const commitmentFromRow = (r: Row<'commitments'>): CommitmentChoice => compact(commitments.fromRow(r));
export const commitmentToRow = (c: CommitmentChoice, position: number) => commitments.toRow(c, { position }) as Row<'commitments'>;

export const overrideFromRow = (r: Row<'cost_overrides'>): CostOverride => compact(overrides.fromRow(r));
export const overrideToRow = (actionId: string, o: CostOverride, position: number) =>
  overrides.toRow(o, { action_id: actionId, position }) as Row<'cost_overrides'>;

/** The action's own columns; its lists (overrides, scores, links, tags) live in child tables. */
export type ActionScalars = Omit<Action, keyof ActionLists>;

export type ActionLists = Pick<Action, 'costOverrides' | 'coBenefits' | 'commitments' | 'tags'>;

/** The action in the registry's field order and in one shape (see shared/domain/normalize.ts). */
export function actionFromRow(r: Row<'actions'>, lists: ActionLists): Action {
  return normalizeAction(actions.fromRow(r, lists));
}

export const actionToRow = (a: ActionScalars, position: number) => actions.toRow(a as Action, { position }) as Row<'actions'>;

/** The scenario's own columns; its lists come from scenario_statuses, scenario_actions and scenario_start_years. */
export function scenarioFromRow(r: Row<'scenarios'>, lists: Pick<Scenario, 'includeStatuses' | 'include' | 'exclude' | 'startYears'>): Scenario {
  return scenarios.fromRow(r, lists);
}

export const scenarioToRow = (s: Scenario, position: number) => scenarios.toRow(s, { position }) as Row<'scenarios'>;

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

export function baselineFromRow(r: Row<'baselines'>, points: Baseline['points']): Baseline {
  return baselines.fromRow(r, { points });
}

export const baselineToRow = (b: Baseline, position: number) => baselines.toRow(b, { position }) as Row<'baselines'>;

export function baselinePointRows(b: Baseline): Row<'baseline_points'>[] {
  return b.points.map((p, i) => ({ sector_id: b.sectorId, year: p.year, position: i, tons_co2e: p.tonsCo2e }));
}

export const actualFromRow = (r: Row<'actuals'>): Actual => compact(actuals.fromRow(r));
export const actualToRow = (a: Actual, position: number) => actuals.toRow(a, { position }) as Row<'actuals'>;

export const observedFromRow = (r: Row<'observed_emissions'>, points: ObservedEmission['points']): ObservedEmission => observed.fromRow(r, { points });
export const observedToRow = (o: ObservedEmission, position: number) => observed.toRow(o, { position }) as Row<'observed_emissions'>;

export function observedPointRows(o: ObservedEmission): Row<'observed_points'>[] {
  return o.points.map((p, i) => ({ sector_id: o.sectorId, year: p.year, position: i, tons_co2e: p.tonsCo2e }));
}

export const versionFromRow = (r: Row<'versions'>): VersionInfo => compact(versions.fromRow(r));
export const versionToRow = (v: VersionInfo, position: number, schemaVersion: number) =>
  versions.toRow(v, { position, schema_version: schemaVersion }) as Row<'versions'>;

/** The rows of a scenario's lists: included statuses, the explicit include/exclude, the moved start years. */
export function scenarioChildRows(s: Scenario) {
  return {
    scenario_start_years: Object.entries(s.startYears ?? {}).map(([action_id, year], i) => ({ scenario_id: s.id, action_id, year, position: i })),
    scenario_statuses: s.includeStatuses.map((status, i) => ({ scenario_id: s.id, status, position: i })),
    scenario_actions: [
      ...s.include.map((action_id, i) => ({ scenario_id: s.id, action_id, mode: 'include' as const, position: i })),
      ...s.exclude.map((action_id, i) => ({ scenario_id: s.id, action_id, mode: 'exclude' as const, position: i })),
    ],
  };
}

/**
 * The plan's uncertainty defaults (DESIGN §9) as rows of uncertainty_defaults: one per status
 * that sets anything, in the statuses' order. A field left out is NULL, never a number, so that
 * "the built-in default" stays distinguishable from a value equal to it.
 */
export function uncertaintyDefaultsRows(d: UncertaintyDefaults | undefined): Row<'uncertainty_defaults'>[] {
  return UNCERTAINTY_STATUSES.flatMap((status) => {
    const u = d?.[status];
    return u && Object.values(u).some((v) => v !== undefined) ? [uncertaintyDefaults.toRow({ ...u, status }) as Row<'uncertainty_defaults'>] : [];
  });
}

/** The plan's uncertainty defaults, keyed by status in the statuses' order; undefined when it sets none. */
export function uncertaintyDefaultsFromRows(rows: readonly Row<'uncertainty_defaults'>[]): UncertaintyDefaults | undefined {
  const byStatus = new Map(rows.map((r) => [r.status, r]));
  const out: UncertaintyDefaults = {};
  for (const status of UNCERTAINTY_STATUSES) {
    const r = byStatus.get(status);
    if (!r) continue;
    const ranges: UncertaintyRanges & { status?: string } = compact(uncertaintyDefaults.fromRow(r));
    delete ranges.status;
    if (Object.keys(ranges).length > 0) out[status] = ranges;
  }
  return Object.keys(out).length ? out : undefined;
}
