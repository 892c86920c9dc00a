// A large plan in its follow-up years (DESIGN §8), deterministic like `largePlan`: the plan of
// `n` actions adopted as a version, then changed (every 50th action's investment raised, every
// 100th action's status moved on), with `years` years of actuals for every action up to last
// year (investment and operating cost each year, savings and effect in most) and observed
// emissions for every sector from 2010 to the year before last. The plan's first year is moved
// back so that all the actuals' years lie on its axis (an actual must, and not after this year).
import { toPlanDocument } from '../../shared/schema/document';
import type { Actual, ObservedEmission, Plan } from '../../shared/domain/types';
import { largePlan, prng } from './large-plan';

export const FOLLOWUP_VERSION_ID = 'v-bench';

export function largeFollowUpPlan(n: number, years = 10, currentYear = new Date().getFullYear(), seed = 14): Plan {
  const r = prng(seed);
  const last = currentYear - 1;
  const first = last - years + 1;
  const base = largePlan(n);
  const adopted: Plan = { ...base, plan: { ...base.plan, startYear: Math.min(base.plan.startYear, first) } };
  const { versions: _none, ...withoutVersions } = adopted;

  const actions = adopted.actions.map((a, i) => {
    if (i % 50 === 0) return { ...a, capexSek: Math.round(a.capexSek * 1.1) };
    if (i % 100 === 1 && a.status === 'decided') return { ...a, status: 'ongoing' as const };
    return a;
  });

  const actuals: Actual[] = [];
  for (const a of actions) {
    for (let y = first; y <= last; y++) {
      const actual: Actual = { actionId: a.id, year: y, capexSek: Math.round(r() * 5_000_000), opexSek: Math.round(r() * 400_000) };
      if (r() < 0.7) actual.savingsSek = Math.round(r() * 300_000);
      if (r() < 0.6) actual.effectTonsCo2e = Math.round(r() * 500) / 10;
      actuals.push(actual);
    }
  }

  const observedEmissions: ObservedEmission[] = adopted.sectors.map((s) => {
    const start = s.isSink ? -40_000 : 20_000 + r() * 80_000;
    const points = [];
    for (let y = 2010; y <= last - 1; y++) points.push({ year: y, tonsCo2e: Math.round(start * (1 - 0.02 * (y - 2010)) * (0.97 + r() * 0.06)) });
    return { sectorId: s.id, points };
  });

  return {
    ...adopted,
    actions,
    actuals,
    observedEmissions,
    versions: [
      {
        id: FOLLOWUP_VERSION_ID,
        name: 'Antagen av KF (bench)',
        adoptedOn: `${first}-06-15`,
        decisionRef: `KS ${first}/1`,
        scenarioId: 'all',
        plan: toPlanDocument(withoutVersions),
      },
    ],
  };
}
