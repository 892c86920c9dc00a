// DESIGN §5, written out literally: one plain function per formula, every series computed from
// its definition, no typed arrays, no blocks, no caches, no slots. It is slow on purpose and
// exists so that the tuned engine in shared/calc has a readable specification beside it: a
// property test (test/unit/calc/reference.test.ts) holds the two equal on random plans.
import type { Action, Baseline, CarbonBudget, Plan, Scenario, Sector, Target } from '../../shared/domain/types';
import type { CalcResult, ActionResult, TargetResult } from '../../shared/calc/result';

type Year = number;

/** The plan's axis: startYear..endYear, inclusive. */
export function axisYears(plan: Plan): Year[] {
  const out: Year[] = [];
  for (let y = plan.plan.startYear; y <= plan.plan.endYear; y++) out.push(y);
  return out;
}

/** B_s(y): the points' value, linear between them, flat before, `annualChange` after; 0 without points. */
export function baselineValue(baseline: Baseline | undefined, y: Year): number {
  if (!baseline || baseline.points.length === 0) return 0;
  const points = [...baseline.points].sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points[points.length - 1];
  if (y <= first.year) return first.tonsCo2e;
  if (y >= last.year) return last.tonsCo2e * Math.pow(1 + baseline.annualChange, y - last.year);
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    if (y >= a.year && y <= b.year) return a.tonsCo2e + ((b.tonsCo2e - a.tonsCo2e) * (y - a.year)) / (b.year - a.year);
  }
  return last.tonsCo2e;
}

const baselineOf = (plan: Plan, sectorId: string) => plan.baseline.find((b) => b.sectorId === sectorId);

/** (status ∈ includeStatuses or id ∈ include) and id ∉ exclude. */
export function isIncluded(a: Action, s: Scenario): boolean {
  return (s.includeStatuses.includes(a.status) || s.include.includes(a.id)) && !s.exclude.includes(a.id);
}

export interface Timing {
  start: Year;
  impl: number;
  es: Year;
  ee: Year | null;
}

/** start = startYear + D; es = (effectStartYear ?? startYear + impl) + D; ee = effectEndYear + D. */
export function timing(a: Action, s: Scenario): Timing {
  const D = s.delayYears;
  const impl = a.implementationYears;
  return {
    start: a.startYear + D,
    impl,
    es: (a.effectStartYear ?? a.startYear + impl) + D,
    ee: a.effectEndYear === undefined ? null : a.effectEndYear + D,
  };
}

/** r(y): 0 outside the effect years, else 1, or the share of the ramp reached. */
export function ramp(a: Action, t: Timing, y: Year): number {
  if (y < t.es || (t.ee !== null && y > t.ee)) return 0;
  if (a.rampYears === 0) return 1;
  return Math.min(1, (y - t.es + 1) / a.rampYears);
}

/** e_a(y): F × tonnes × r(y), or F × share × B_s(y) × r(y). */
export function effect(plan: Plan, a: Action, s: Scenario, y: Year): number {
  const r = ramp(a, timing(a, s), y);
  if (a.effectKind === 'share') return s.effectFactor * (a.effectShare ?? 0) * baselineValue(baselineOf(plan, a.sectorId), y) * r;
  return s.effectFactor * (a.effectTonsPerYear ?? 0) * r;
}

const isOperatingYear = (t: Timing, y: Year) => y >= t.es && (t.ee === null || y <= t.ee);

/** The override of the action for year y; its year moves with the scenario's delay. */
const overrideIn = (a: Action, s: Scenario, y: Year) => a.costOverrides.find((o) => o.year + s.delayYears === y);

export function capex(a: Action, s: Scenario, y: Year): number {
  const t = timing(a, s);
  const computed = y >= t.start && y < t.start + t.impl ? a.capexSek / t.impl : 0;
  return s.costFactor * (overrideIn(a, s, y)?.capexSek ?? computed);
}

export function opex(a: Action, s: Scenario, y: Year): number {
  const computed = isOperatingYear(timing(a, s), y) ? a.opexSekPerYear : 0;
  return s.costFactor * (overrideIn(a, s, y)?.opexSek ?? computed);
}

export function savings(a: Action, s: Scenario, y: Year): number {
  const computed = isOperatingYear(timing(a, s), y) ? a.savingsSekPerYear : 0;
  return overrideIn(a, s, y)?.savingsSek ?? computed;
}

export const netCost = (a: Action, s: Scenario, y: Year) => capex(a, s, y) + opex(a, s, y) - savings(a, s, y);

/** DF(y) = (1 + d)^−(y − priceBaseYear). */
export const discountFactor = (plan: Plan, y: Year) => Math.pow(1 + plan.plan.discountRate, -(y - plan.plan.priceBaseYear));

/**
 * CRF(d, n) = d / (1 − (1 + d)^−n), and 1/n when d = 0. For a rate so small that 1 + d rounds
 * to 1, the denominator must still be the tiny number it is: 1 − (1 + d)^−n = −expm1(−n·ln(1 + d)).
 */
export const capitalRecovery = (d: number, n: number) => (d === 0 ? 1 / n : d / -Math.expm1(-n * Math.log1p(d)));

export function actionFigures(plan: Plan, a: Action, s: Scenario): ActionResult {
  const years = axisYears(plan);
  const e = years.map((y) => effect(plan, a, s, y));
  const npvSek = years.reduce((sum, y) => sum + netCost(a, s, y) * discountFactor(plan, y), 0);
  const discountedTons = years.reduce((sum, y, i) => sum + e[i] * discountFactor(plan, y), 0);
  const steadyTons = Math.max(0, ...e);
  const d = plan.plan.discountRate;
  const annualized =
    a.lifetimeYears === undefined || steadyTons < 1e-6
      ? null
      : (s.costFactor * a.capexSek * capitalRecovery(d, a.lifetimeYears) + s.costFactor * a.opexSekPerYear - a.savingsSekPerYear) / steadyTons;
  const t = timing(a, s);
  const coBenefits = years.reduce((sum, y) => sum + (isOperatingYear(t, y) ? a.coBenefitSekPerYear * discountFactor(plan, y) : 0), 0);
  return {
    id: a.id,
    included: isIncluded(a, s),
    effect: e,
    npvSek,
    discountedTons,
    levelizedCostSekPerTon: discountedTons < 1e-6 ? null : npvSek / discountedTons,
    annualizedCostSekPerTon: annualized,
    societalNpvSek: npvSek - plan.plan.carbonValueSekPerTon * discountedTons - coBenefits,
  };
}

/** S_s(y): B_s(y) − Σ e_a(y) over the included actions of s, floored at 0 unless a sink. */
export function sectorEmission(plan: Plan, sector: Sector, s: Scenario, y: Year): { value: number; overallocated: boolean } {
  const B = baselineValue(baselineOf(plan, sector.id), y);
  const sum = plan.actions.filter((a) => a.sectorId === sector.id && isIncluded(a, s)).reduce((acc, a) => acc + effect(plan, a, s, y), 0);
  if (sector.isSink) return { value: B - sum, overallocated: false };
  // "Exceeds" beyond a rounding error: shares that add up to exactly 100 % must not be flagged.
  return { value: Math.max(0, B - sum), overallocated: sum - B > 1e-9 * Math.max(1, Math.abs(B)) };
}

/** The scope total of the baseline (gross: non-sink sectors; net: all). */
export function baselineTotal(plan: Plan, scope: 'gross' | 'net', y: Year): number {
  return plan.sectors.filter((x) => scope === 'net' || !x.isSink).reduce((sum, x) => sum + baselineValue(baselineOf(plan, x.id), y), 0);
}

export function scenarioTotal(plan: Plan, s: Scenario, scope: 'gross' | 'net', y: Year): number {
  return plan.sectors.filter((x) => scope === 'net' || !x.isSink).reduce((sum, x) => sum + sectorEmission(plan, x, s, y).value, 0);
}

/** Level: reduction → (1 − r) × reference; absolute → tonnes; netZero → 0 on the net scope. */
export function targetResult(plan: Plan, t: Target, s: Scenario): TargetResult {
  const reference = t.referenceTonsCo2e ?? (t.referenceYear === undefined ? 0 : baselineTotal(plan, t.scope, t.referenceYear));
  const level = t.kind === 'reduction' ? (1 - (t.reduction ?? 0)) * reference : t.kind === 'absolute' ? (t.tonsCo2e ?? 0) : 0;
  const scope = t.kind === 'netZero' ? 'net' : t.scope;
  if (t.year < plan.plan.startYear || t.year > plan.plan.endYear) return { id: t.id, year: t.year, level, scenario: null, gap: null, met: null };
  const scenario = scenarioTotal(plan, s, scope, t.year);
  return { id: t.id, year: t.year, level, scenario, gap: scenario - level, met: scenario - level <= 0 };
}

/** cumulative(y) = Σ of the scenario's scope total over the axis years fromYear..y. */
export function carbonBudgetResult(plan: Plan, b: CarbonBudget, s: Scenario) {
  let cumulative = 0;
  let exhaustedYear: number | null = null;
  for (const y of axisYears(plan)) {
    if (y < b.fromYear) continue;
    cumulative += scenarioTotal(plan, s, b.scope, y);
    if (exhaustedYear === null && cumulative > b.tonsCo2e) exhaustedYear = y;
  }
  return { tonsCo2e: b.tonsCo2e, cumulative, remaining: b.tonsCo2e - cumulative, exhaustedYear };
}

/** An entry counts when it has no action or its action is included; its year is not delayed. */
function financingSeries(plan: Plan, s: Scenario, years: Year[], pick: (status: string, sourceId: string) => boolean): number[] {
  const counts = (actionId: string | null) => actionId === null || plan.actions.some((a) => a.id === actionId && isIncluded(a, s));
  return years.map((y) =>
    plan.financing.filter((f) => f.year === y && counts(f.actionId) && pick(f.status, f.sourceId)).reduce((sum, f) => sum + f.amountSek, 0),
  );
}

/** The whole calc object of DESIGN §6 for one scenario, from the formulas above. */
export function referenceCalculate(plan: Plan, scenarioId: string): CalcResult {
  const s = plan.scenarios.find((x) => x.id === scenarioId);
  if (!s) throw new Error(`no scenario ${scenarioId}`);
  const years = axisYears(plan);
  const included = plan.actions.filter((a) => isIncluded(a, s));
  const overallocated: { sectorId: string; year: number }[] = [];
  // fromEntries, not assignment: a sector may be called "__proto__".
  const bySector: Record<string, number[]> = Object.fromEntries(
    plan.sectors.map((sector) => [
      sector.id,
      years.map((y) => {
        const r = sectorEmission(plan, sector, s, y);
        if (r.overallocated) overallocated.push({ sectorId: sector.id, year: y });
        return r.value;
      }),
    ]),
  );
  const sumOf = (f: (a: Action, y: Year) => number) => years.map((y) => included.reduce((sum, a) => sum + f(a, y), 0));
  const capexSeries = sumOf((a, y) => capex(a, s, y));
  const opexSeries = sumOf((a, y) => opex(a, s, y));
  const savingsSeries = sumOf((a, y) => savings(a, s, y));
  const secured = financingSeries(plan, s, years, (st) => st === 'secured');
  const cost = years.map((_, i) => capexSeries[i] + opexSeries[i]);
  return {
    scenarioId,
    years,
    emissions: {
      bySector,
      gross: years.map((y) => scenarioTotal(plan, s, 'gross', y)),
      net: years.map((y) => scenarioTotal(plan, s, 'net', y)),
      baselineGross: years.map((y) => baselineTotal(plan, 'gross', y)),
      baselineNet: years.map((y) => baselineTotal(plan, 'net', y)),
      overallocated,
    },
    targets: plan.targets.map((t) => targetResult(plan, t, s)),
    carbonBudget: plan.carbonBudget ? carbonBudgetResult(plan, plan.carbonBudget, s) : null,
    costs: { capex: capexSeries, opex: opexSeries, savings: savingsSeries, net: years.map((_, i) => capexSeries[i] + opexSeries[i] - savingsSeries[i]) },
    financing: {
      secured,
      applied: financingSeries(plan, s, years, (st) => st === 'applied'),
      potential: financingSeries(plan, s, years, (st) => st === 'potential'),
      cost,
      gap: years.map((_, i) => cost[i] - secured[i]),
      bySource: Object.fromEntries(plan.financingSources.map((src) => [src.id, financingSeries(plan, s, years, (_, id) => id === src.id)])),
    },
    actions: plan.actions.map((a) => actionFigures(plan, a, s)),
  };
}
