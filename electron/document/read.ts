// Reads a whole plan from a document into the domain snapshot (a handful of queries, then
// assembled in memory: fast enough for 100 000 actions).
import type { Action, Baseline, CoBenefitCategory, CommitmentId, Plan, Scenario, ActionStatus } from './domain';
import type { SelectQueryBuilder } from 'kysely';
import { all, first, qb, type Sqlite } from './db';
import type { DB } from './tables';
import {
  actionFromRow,
  actualFromRow,
  baselineFromRow,
  carbonBudgetFromRow,
  commitmentFromRow,
  entryFromRow,
  observedFromRow,
  overrideFromRow,
  planFromRow,
  scenarioFromRow,
  sectorFromRow,
  sourceFromRow,
  targetFromRow,
  uncertaintyDefaultsFromRows,
} from './rows';

/** Groups child rows by their parent id, keeping the query's order. */
function groupBy<R, K extends keyof R>(rows: R[], key: K): Map<R[K], R[]> {
  const m = new Map<R[K], R[]>();
  for (const r of rows) {
    const list = m.get(r[key]);
    if (list) list.push(r);
    else m.set(r[key], [r]);
  }
  return m;
}

export class MissingPlanError extends Error {}

export function readPlanSettings(db: Sqlite) {
  const row = first(db, qb.selectFrom('plan').selectAll());
  if (!row) throw new MissingPlanError('Dokumentet saknar planuppgifter.');
  return planFromRow(row);
}

/** All actions, or the one with `id`, with their lists. */
export function readActions(db: Sqlite, id?: string): Action[] {
  const one = <Q extends SelectQueryBuilder<DB, keyof DB, object>>(q: Q, col: 'id' | 'action_id'): Q => (id === undefined ? q : (q.where(col, '=', id) as Q));
  const rows = all(db, one(qb.selectFrom('actions').selectAll().orderBy('position'), 'id'));
  const overrides = groupBy(all(db, one(qb.selectFrom('cost_overrides').selectAll().orderBy('action_id').orderBy('position'), 'action_id')), 'action_id');
  const scores = groupBy(all(db, one(qb.selectFrom('co_benefit_scores').selectAll(), 'action_id')), 'action_id');
  const links = groupBy(all(db, one(qb.selectFrom('action_commitments').selectAll().orderBy('action_id').orderBy('position'), 'action_id')), 'action_id');
  const tags = groupBy(all(db, one(qb.selectFrom('action_tags').selectAll().orderBy('action_id').orderBy('position'), 'action_id')), 'action_id');
  return rows.map((r) => {
    const coBenefits: Action['coBenefits'] = {};
    for (const s of scores.get(r.id) ?? []) coBenefits[s.category as CoBenefitCategory] = s.score;
    return actionFromRow(r, {
      costOverrides: (overrides.get(r.id) ?? []).map(overrideFromRow),
      coBenefits,
      commitments: (links.get(r.id) ?? []).map((l) => l.commitment_id as CommitmentId),
      tags: (tags.get(r.id) ?? []).map((t) => t.tag),
    });
  });
}

export function readBaselines(db: Sqlite): Baseline[] {
  const points = groupBy(all(db, qb.selectFrom('baseline_points').selectAll().orderBy('sector_id').orderBy('position')), 'sector_id');
  return all(db, qb.selectFrom('baselines').selectAll().orderBy('position')).map((b) =>
    baselineFromRow(
      b,
      (points.get(b.sector_id) ?? []).map((p) => ({ year: p.year, tonsCo2e: p.tons_co2e })),
    ),
  );
}

export function readScenarios(db: Sqlite): Scenario[] {
  const statuses = groupBy(all(db, qb.selectFrom('scenario_statuses').selectAll().orderBy('scenario_id').orderBy('position')), 'scenario_id');
  const members = groupBy(all(db, qb.selectFrom('scenario_actions').selectAll().orderBy('scenario_id').orderBy('position')), 'scenario_id');
  const moves = groupBy(all(db, qb.selectFrom('scenario_start_years').selectAll().orderBy('scenario_id').orderBy('position')), 'scenario_id');
  return all(db, qb.selectFrom('scenarios').selectAll().orderBy('position')).map((r) => {
    const m = members.get(r.id) ?? [];
    const moved = moves.get(r.id);
    return scenarioFromRow(r, {
      includeStatuses: (statuses.get(r.id) ?? []).map((s) => s.status as ActionStatus),
      include: m.filter((x) => x.mode === 'include').map((x) => x.action_id),
      exclude: m.filter((x) => x.mode === 'exclude').map((x) => x.action_id),
      // fromEntries defines own properties, so even an action id such as "__proto__" stays a plain key.
      startYears: moved ? Object.fromEntries(moved.map((x) => [x.action_id, x.year])) : undefined,
    });
  });
}

/** The actual outcomes, in their list order (DESIGN §8). */
export function readActuals(db: Sqlite): NonNullable<Plan['actuals']> {
  return all(db, qb.selectFrom('actuals').selectAll().orderBy('position')).map(actualFromRow);
}

export function readObserved(db: Sqlite): NonNullable<Plan['observedEmissions']> {
  const points = groupBy(all(db, qb.selectFrom('observed_points').selectAll().orderBy('sector_id').orderBy('position')), 'sector_id');
  return all(db, qb.selectFrom('observed_emissions').selectAll().orderBy('position')).map((o) =>
    observedFromRow(
      o,
      (points.get(o.sector_id) ?? []).map((p) => ({ year: p.year, tonsCo2e: p.tons_co2e })),
    ),
  );
}

export function readPlan(db: Sqlite): Plan {
  const budget = first(db, qb.selectFrom('carbon_budget').selectAll());
  const plan: Plan = {
    plan: readPlanSettings(db),
    sectors: all(db, qb.selectFrom('sectors').selectAll().orderBy('position')).map(sectorFromRow),
    baseline: readBaselines(db),
    targets: all(db, qb.selectFrom('targets').selectAll().orderBy('position')).map(targetFromRow),
    financingSources: all(db, qb.selectFrom('financing_sources').selectAll().orderBy('position')).map(sourceFromRow),
    actions: readActions(db),
    financing: all(db, qb.selectFrom('financing_entries').selectAll().orderBy('position')).map(entryFromRow),
    commitments: all(db, qb.selectFrom('commitments').selectAll().orderBy('position')).map(commitmentFromRow),
    scenarios: readScenarios(db),
  };
  if (budget) plan.carbonBudget = carbonBudgetFromRow(budget);
  const defaults = uncertaintyDefaultsFromRows(all(db, qb.selectFrom('uncertainty_defaults').selectAll()));
  if (defaults) plan.uncertaintyDefaults = defaults;
  // DESIGN §8's lists only where the plan has some: a plan without follow-up reads as before.
  const actuals = readActuals(db);
  if (actuals.length) plan.actuals = actuals;
  const observed = readObserved(db);
  if (observed.length) plan.observedEmissions = observed;
  return orderLikeJson(plan);
}

/** Top-level keys in the order of DESIGN §6, so that exported JSON reads like the spec. */
function orderLikeJson(p: Plan): Plan {
  const {
    plan,
    sectors,
    baseline,
    targets,
    carbonBudget,
    financingSources,
    actions,
    financing,
    commitments,
    scenarios,
    uncertaintyDefaults,
    actuals,
    observedEmissions,
  } = p;
  const ordered: Plan = carbonBudget
    ? { plan, sectors, baseline, targets, carbonBudget, financingSources, actions, financing, commitments, scenarios }
    : { plan, sectors, baseline, targets, financingSources, actions, financing, commitments, scenarios };
  // Added by §8 and §9 after the rest: absent (not undefined) when the plan has none.
  if (uncertaintyDefaults) ordered.uncertaintyDefaults = uncertaintyDefaults;
  if (actuals) ordered.actuals = actuals;
  if (observedEmissions) ordered.observedEmissions = observedEmissions;
  return ordered;
}
