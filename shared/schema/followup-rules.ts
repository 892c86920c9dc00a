// The consistency rules of DESIGN §8's lists: an actual names an action of the plan, reports at
// least one figure and no year after the current one; observed emissions name a sector, have one
// point per year, and are negative only in a sink. The JSON import, the open gate and every API
// write run these, as they run the rules of rules.ts.
import type { Actual, ObservedEmission, Plan, Sector } from '../domain/types';
import { ACTUAL_FIGURES } from '../fields';
import { joinPath, type Problem } from './problems';

export interface FollowUpRuleOptions {
  /** The current calendar year: no actual may lie after it. Default: the clock's year. */
  currentYear?: number;
}

const p = (path: string, message: string): Problem => ({ path, message });

export function currentYearOf(options: FollowUpRuleOptions): number {
  return options.currentYear ?? new Date().getFullYear();
}

/** An actual's own problems (at `base`): its action, its figures and its year. */
export function actualProblems(a: Actual, hasAction: (id: string) => boolean, currentYear: number, base: string): Problem[] {
  const out: Problem[] = [];
  if (!hasAction(a.actionId)) out.push(p(joinPath(base, 'actionId'), `Åtgärden "${a.actionId}" finns inte i planen.`));
  if (ACTUAL_FIGURES.every((f) => a[f] === undefined)) {
    out.push(p(base, `Utfallet för ${a.year} saknar siffror: ange investering, driftkostnad, besparing eller effekt.`));
  }
  if (a.year > currentYear) {
    out.push(p(joinPath(base, 'year'), `Året (${a.year}) ligger efter innevarande år (${currentYear}); utfall kan bara anges för år som har börjat.`));
  }
  return out;
}

/** The year of an actual that a write puts outside the plan's period. */
export function actualYearOutsidePlan(year: number, axis: { startYear: number; endYear: number }, path: string): Problem[] {
  if (year >= axis.startYear && year <= axis.endYear) return [];
  return [p(path, `Året (${year}) ligger utanför planperioden ${axis.startYear}–${axis.endYear}.`)];
}

export function observedProblems(o: ObservedEmission, sector: Sector | undefined, base: string): Problem[] {
  const out: Problem[] = [];
  if (!sector) out.push(p(joinPath(base, 'sectorId'), `Sektorn "${o.sectorId}" finns inte i planen.`));
  o.points.forEach((pt, i) => {
    if (pt.tonsCo2e < 0 && sector && !sector.isSink) {
      out.push(p(joinPath(base, `points[${i}].tonsCo2e`), `Utsläppet får bara vara negativt i en kolsänka; sektorn "${sector.name}" är ingen kolsänka.`));
    }
  });
  const seen = new Set<number>();
  o.points.forEach((pt, i) => {
    if (seen.has(pt.year)) out.push(p(joinPath(base, `points[${i}]`), `Året ${pt.year} har mer än en punkt.`));
    seen.add(pt.year);
  });
  return out;
}

interface Context {
  sectors: ReadonlyMap<string, Sector>;
  actionIds: ReadonlySet<string>;
}

export function followUpProblems(plan: Plan, ctx: Context, options: FollowUpRuleOptions): Problem[] {
  const out: Problem[] = [];
  const year = currentYearOf(options);
  const keys = new Set<string>();
  (plan.actuals ?? []).forEach((a, i) => {
    const base = `actuals[${i}]`;
    out.push(...actualProblems(a, (id) => ctx.actionIds.has(id), year, base));
    const key = `${a.actionId}\n${a.year}`;
    if (keys.has(key)) out.push(p(joinPath(base, 'year'), `Åtgärden "${a.actionId}" har mer än ett utfall för ${a.year}.`));
    keys.add(key);
  });
  const sectors = new Set<string>();
  (plan.observedEmissions ?? []).forEach((o, i) => {
    const base = `observedEmissions[${i}]`;
    out.push(...observedProblems(o, ctx.sectors.get(o.sectorId), base));
    if (sectors.has(o.sectorId)) out.push(p(joinPath(base, 'sectorId'), `Sektorn "${o.sectorId}" har mer än en post med observerade utsläpp.`));
    sectors.add(o.sectorId);
  });
  return out;
}
