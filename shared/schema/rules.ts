// Rules across fields and across entities (DESIGN §4 "Consistency"). Each check returns
// problems naming the offending item; the JSON import, the open gate and every API write run
// the same functions, so a rule is written once.
import type { Action, Baseline, FinancingEntry, Plan, PlanSettings, Scenario, Sector, Target } from '../domain/types';
import { action as actionFields, subjectOfKey } from '../fields';
import { followUpProblems, type FollowUpRuleOptions } from './followup-rules';
import { joinPath, type Problem } from './problems';

export type PlanRuleOptions = FollowUpRuleOptions;

const p = (path: string, message: string): Problem => ({ path, message });

export function planSettingsProblems(s: PlanSettings, base = 'plan'): Problem[] {
  const out: Problem[] = [];
  if (s.startYear >= s.endYear) {
    out.push(p(joinPath(base, 'endYear'), `Slutåret (${s.endYear}) måste vara senare än startåret (${s.startYear}).`));
  }
  return out;
}

/** What an action may reference: the sectors by id. */
export interface ActionContext {
  sector(id: string): Sector | undefined;
}

export function actionProblems(a: Action, ctx: ActionContext, base: string): Problem[] {
  const out: Problem[] = [];
  const sector = ctx.sector(a.sectorId);
  if (!sector) out.push(p(joinPath(base, 'sectorId'), `Sektorn "${a.sectorId}" finns inte i planen.`));
  if (a.effectStartYear !== undefined && a.effectEndYear !== undefined && a.effectEndYear < a.effectStartYear) {
    out.push(p(joinPath(base, 'effectEndYear'), `Effektens slutår (${a.effectEndYear}) får inte vara före effektens startår (${a.effectStartYear}).`));
  }
  if (a.effectKind === 'absolute' && a.effectTonsPerYear === undefined) {
    out.push(
      p(joinPath(base, 'effectTonsPerYear'), `${actionFields.fields.effectTonsPerYear.subject.sv} (ton per år) saknas för en åtgärd med effekttypen absolute.`),
    );
  }
  if (a.effectKind === 'share') {
    if (a.effectShare === undefined) {
      out.push(p(joinPath(base, 'effectShare'), `${actionFields.fields.effectShare.subject.sv} saknas för en åtgärd med effekttypen share.`));
    }
    if (sector?.isSink) {
      out.push(p(joinPath(base, 'effectShare'), 'En åtgärd i en kolsänka anger sitt upptag i ton per år, inte som andel (effectKind "absolute").'));
    }
  }
  out.push(...windowProblems(a, base));
  out.push(
    ...duplicates(
      a.costOverrides.map((o) => o.year),
      joinPath(base, 'costOverrides'),
      (y) => `Året ${y} har mer än en kostnadsjustering.`,
    ),
  );
  out.push(...duplicates(a.tags, joinPath(base, 'tags'), (t) => `Taggen "${t}" finns mer än en gång.`));
  out.push(...duplicates(a.commitments, joinPath(base, 'commitments'), (c) => `Åtagandet "${c}" finns mer än en gång.`));
  return out;
}

/** earliestStartYear ≤ startYear ≤ latestStartYear (DESIGN §10), each bound when set. */
function windowProblems(a: Action, base: string): Problem[] {
  const out: Problem[] = [];
  if (a.earliestStartYear !== undefined && a.earliestStartYear > a.startYear) {
    out.push(
      p(
        joinPath(base, 'earliestStartYear'),
        `${actionFields.fields.earliestStartYear.subject.sv} (${a.earliestStartYear}) får inte vara efter startåret (${a.startYear}).`,
      ),
    );
  }
  if (a.latestStartYear !== undefined && a.latestStartYear < a.startYear) {
    out.push(
      p(
        joinPath(base, 'latestStartYear'),
        `${actionFields.fields.latestStartYear.subject.sv} (${a.latestStartYear}) får inte vara före startåret (${a.startYear}).`,
      ),
    );
  }
  return out;
}

export function targetProblems(t: Target, base: string): Problem[] {
  if (t.kind === 'reduction') {
    const out: Problem[] = [];
    if (t.reduction === undefined) out.push(p(joinPath(base, 'reduction'), 'Ett minskningsmål behöver en minskning (0–100 %).'));
    if (t.referenceYear === undefined && t.referenceTonsCo2e === undefined) {
      out.push(p(joinPath(base, 'referenceYear'), 'Ett minskningsmål behöver ett referensår eller ett referensutsläpp i ton.'));
    }
    return out;
  }
  if (t.kind === 'absolute' && t.tonsCo2e === undefined) {
    return [p(joinPath(base, 'tonsCo2e'), 'Ett absolut mål behöver en målnivå i ton (tonsCo2e).')];
  }
  return [];
}

export function baselineProblems(b: Baseline, sector: Sector | undefined, base: string): Problem[] {
  const out: Problem[] = [];
  if (!sector) out.push(p(joinPath(base, 'sectorId'), `Sektorn "${b.sectorId}" finns inte i planen.`));
  b.points.forEach((pt, i) => {
    if (pt.tonsCo2e < 0 && sector && !sector.isSink) {
      out.push(p(joinPath(base, `points[${i}].tonsCo2e`), `Utsläppet får bara vara negativt i en kolsänka; sektorn "${sector.name}" är ingen kolsänka.`));
    }
  });
  out.push(
    ...duplicates(
      b.points.map((pt) => pt.year),
      joinPath(base, 'points'),
      (y) => `Året ${y} har mer än en punkt.`,
    ),
  );
  return out;
}

export interface ScenarioContext {
  hasAction(id: string): boolean;
}

export function scenarioProblems(s: Scenario, ctx: ScenarioContext, base: string): Problem[] {
  const out: Problem[] = [];
  for (const key of ['include', 'exclude'] as const) {
    s[key].forEach((id, i) => {
      if (!ctx.hasAction(id)) out.push(p(joinPath(base, `${key}[${i}]`), `Åtgärden "${id}" finns inte i planen.`));
    });
    out.push(...duplicates(s[key], joinPath(base, key), (id) => `Åtgärden "${id}" finns mer än en gång.`));
  }
  for (const id of Object.keys(s.startYears ?? {})) {
    if (!ctx.hasAction(id)) out.push(p(joinPath(base, `startYears.${id}`), `Åtgärden "${id}" finns inte i planen.`));
  }
  out.push(...duplicates(s.includeStatuses, joinPath(base, 'includeStatuses'), (st) => `Statusen "${st}" finns mer än en gång.`));
  return out;
}

/** Every value that occurs more than once, reported at its second occurrence. */
export function duplicates<T>(values: readonly T[], base: string, message: (v: T) => string): Problem[] {
  const seen = new Set<T>();
  const out: Problem[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(p(`${base}[${i}]`, message(v)));
    seen.add(v);
  });
  return out;
}

/** All consistency rules of a whole plan (after each entity has passed its schema). */
export function planProblems(plan: Plan, options: PlanRuleOptions = {}): Problem[] {
  const out: Problem[] = [...planSettingsProblems(plan.plan)];
  const sectors = new Map(plan.sectors.map((s) => [s.id, s]));
  const actionIds = new Set(plan.actions.map((a) => a.id));
  const sourceIds = new Set(plan.financingSources.map((s) => s.id));
  const idKinds = [
    ['sectors', plan.sectors],
    ['targets', plan.targets],
    ['financingSources', plan.financingSources],
    ['actions', plan.actions],
    ['financing', plan.financing],
    ['commitments', plan.commitments],
    ['scenarios', plan.scenarios],
  ] as const;
  for (const [kind, rows] of idKinds) {
    out.push(
      ...duplicates(
        rows.map((r) => r.id),
        kind,
        (id) => `Id:t "${id}" finns mer än en gång i ${kind}.`,
      ).map(atId),
    );
  }
  out.push(
    ...duplicates(
      plan.baseline.map((b) => b.sectorId),
      'baseline',
      (id) => `Sektorn "${id}" har mer än ett basscenario.`,
    ).map((pr) => ({ ...pr, path: `${pr.path}.sectorId` })),
  );
  plan.baseline.forEach((b, i) => out.push(...baselineProblems(b, sectors.get(b.sectorId), `baseline[${i}]`)));
  plan.targets.forEach((t, i) => out.push(...targetProblems(t, `targets[${i}]`)));
  const actionCtx: ActionContext = { sector: (id) => sectors.get(id) };
  plan.actions.forEach((a, i) => out.push(...actionProblems(a, actionCtx, `actions[${i}]`)));
  plan.financing.forEach((f, i) => {
    if (!sourceIds.has(f.sourceId)) out.push(p(`financing[${i}].sourceId`, `Finansieringskällan "${f.sourceId}" finns inte i planen.`));
    if (f.actionId !== null && !actionIds.has(f.actionId)) {
      out.push(p(`financing[${i}].actionId`, `Åtgärden "${f.actionId}" finns inte i planen.`));
    }
  });
  const scenarioCtx: ScenarioContext = { hasAction: (id) => actionIds.has(id) };
  plan.scenarios.forEach((s, i) => out.push(...scenarioProblems(s, scenarioCtx, `scenarios[${i}]`)));
  out.push(...followUpProblems(plan, { sectors, actionIds }, options));
  (plan.versions ?? []).forEach((v, i) => {
    const { format: _f, formatVersion: _v, ...frozen } = v.plan;
    const base = `versions[${i}]`;
    for (const pr of planProblems(frozen, options)) out.push({ ...pr, path: joinPath(`${base}.plan`, pr.path) });
    if (!frozen.scenarios.some((sc) => sc.id === v.scenarioId)) {
      out.push(p(`${base}.scenarioId`, `Det antagna scenariot "${v.scenarioId}" finns inte i versionens plan.`));
    }
  });
  out.push(
    ...duplicates(
      (plan.versions ?? []).map((v) => v.id),
      'versions',
      (id) => `Id:t "${id}" finns mer än en gång i versions.`,
    ).map(atId),
  );
  return out;
}

const atId = (pr: Problem): Problem => ({ ...pr, path: `${pr.path}.id` });

// Years outside the plan. The engine counts only the axis startYear..endYear (DESIGN §5), so a
// start year, an effect start, a cost override or a financing entry put outside it would make
// money or effect vanish from every total without a word. A write that puts one there is
// refused; a year that is already outside (an imported plan, a changed axis) is left alone, so
// that editing another field of the same row still works.

type Axis = Pick<PlanSettings, 'startYear' | 'endYear'>;

type AxisYearField = 'startYear' | 'effectStartYear' | 'year' | 'earliestStartYear' | 'latestStartYear' | 'startYears';

export function yearOutsidePlan(field: AxisYearField, year: number, axis: Axis, path: string): Problem[] {
  if (year >= axis.startYear && year <= axis.endYear) return [];
  return [p(path, `${subjectOfKey(field)} (${year}) ligger utanför planperioden ${axis.startYear}–${axis.endYear}.`)];
}

/** The years of action `next` that the write moves outside the plan (`prev` is the stored action). */
export function actionYearsOutsidePlan(next: Action, prev: Action | undefined, axis: Axis, base: string): Problem[] {
  const out: Problem[] = [];
  if (next.startYear !== prev?.startYear) out.push(...yearOutsidePlan('startYear', next.startYear, axis, joinPath(base, 'startYear')));
  if (next.effectStartYear !== undefined && next.effectStartYear !== prev?.effectStartYear) {
    out.push(...yearOutsidePlan('effectStartYear', next.effectStartYear, axis, joinPath(base, 'effectStartYear')));
  }
  for (const field of ['earliestStartYear', 'latestStartYear'] as const) {
    const year = next[field];
    if (year !== undefined && year !== prev?.[field]) out.push(...yearOutsidePlan(field, year, axis, joinPath(base, field)));
  }
  const had = new Set(prev?.costOverrides.map((o) => o.year));
  next.costOverrides.forEach((o, i) => {
    if (!had.has(o.year)) out.push(...yearOutsidePlan('year', o.year, axis, joinPath(base, `costOverrides[${i}].year`)));
  });
  return out;
}

/** The start years a scenario write moves outside the plan (`prev` is the stored scenario). */
export function scenarioYearsOutsidePlan(next: Scenario, prev: Scenario | undefined, axis: Axis, base: string): Problem[] {
  const before = prev?.startYears ?? {};
  return Object.entries(next.startYears ?? {}).flatMap(([id, year]) =>
    Object.prototype.hasOwnProperty.call(before, id) && before[id] === year
      ? []
      : yearOutsidePlan('startYears', year, axis, joinPath(base, `startYears.${id}`)),
  );
}

/** A financing entry's year, when the write moves it outside the plan. */
export function entryYearOutsidePlan(next: FinancingEntry, prev: FinancingEntry | undefined, axis: Axis, base: string): Problem[] {
  return next.year === prev?.year ? [] : yearOutsidePlan('year', next.year, axis, joinPath(base, 'year'));
}
