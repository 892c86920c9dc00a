// The follow-up (DESIGN §8): what was spent and achieved against the reference (an adopted
// version, or the current plan and a scenario), how the territory's emissions develop, and the
// pace still needed. Pure, like the engine it reuses: the planned series are the §5 engine's own
// (actionSeries for each action as if included, calculate for the emissions and target levels),
// never a second copy of its formulas.
import type { Actual, Plan } from '../domain/types';
import { actionSeries, calculate, createCalcContext, emptyActionSeries } from '../calc';
import { scenarioMembership } from '../calc/scenario';
import { actionChanges } from './changes';
import { observedTotals } from './observed';
import { targetPace } from './pace';
import {
  FIGURE_KEYS,
  type ActionFollowUp,
  type Figure,
  type FigureKey,
  type FollowUpOptions,
  type FollowUpReference,
  type FollowUpResult,
  type Sum,
  type TargetPace,
} from './types';

const ACTUAL_OF: Record<FigureKey, keyof Actual> = { capex: 'capexSek', opex: 'opexSek', savings: 'savingsSek', effect: 'effectTonsCo2e' };

/** Yf when none is asked for: the last year with any actual or observed point, else this year. */
export function defaultFollowUpYear(plan: Plan, currentYear: number): number {
  let last = -Infinity;
  for (const a of plan.actuals ?? []) if (a.year > last) last = a.year;
  for (const o of plan.observedEmissions ?? []) for (const p of o.points) if (p.year > last) last = p.year;
  return Number.isFinite(last) ? last : currentYear;
}

interface Planned {
  /** Per action id: Σ over the reference axis years ≤ Yf, as if included, in FIGURE_KEYS order. */
  byAction: Map<string, Float64Array>;
  /** Per figure: the yearly sum over the actions the reference scenario includes. */
  years: Record<FigureKey, Float64Array>;
}

/** The planned series of the reference, action by action, on the years `from`…: one pass. */
function plannedSeries(ref: FollowUpReference, from: number, length: number, year: number): Planned {
  const ctx = createCalcContext(ref.plan, ref.scenarioId);
  const member = scenarioMembership(ctx.scenario);
  const years = { capex: new Float64Array(length), opex: new Float64Array(length), savings: new Float64Array(length), effect: new Float64Array(length) };
  const byAction = new Map<string, Float64Array>();
  const series = emptyActionSeries(ctx.axis.length);
  const offset = ctx.axis.startYear - from;
  const upTo = Math.min(ctx.axis.length, year - ctx.axis.startYear + 1);
  for (const a of ref.plan.actions) {
    actionSeries(ctx, a, series);
    const sums = new Float64Array(4);
    const parts = [series.capex, series.opex, series.savings, series.effect];
    for (let k = 0; k < 4; k++) {
      const s = parts[k];
      let sum = 0;
      for (let i = 0; i < upTo; i++) sum += s[i];
      sums[k] = sum;
    }
    byAction.set(a.id, sums);
    if (member(a.id, a.status)) {
      for (let k = 0; k < 4; k++) {
        const s = parts[k];
        const out = years[FIGURE_KEYS[k]];
        for (let i = 0; i < s.length; i++) if (s[i] !== 0) out[i + offset] += s[i];
      }
    }
  }
  return { byAction, years };
}

interface Reported {
  /** Per action id: Σ actuals ≤ Yf per figure (NaN: none reported). */
  byAction: Map<string, Float64Array>;
  years: Record<FigureKey, Float64Array>;
  /** Whether any actual of the figure was reported in the year's slot. */
  reported: Record<FigureKey, Uint8Array>;
}

function reportedActuals(actuals: readonly Actual[], from: number, length: number, year: number): Reported {
  const years = { capex: new Float64Array(length), opex: new Float64Array(length), savings: new Float64Array(length), effect: new Float64Array(length) };
  const reported = { capex: new Uint8Array(length), opex: new Uint8Array(length), savings: new Uint8Array(length), effect: new Uint8Array(length) };
  const byAction = new Map<string, Float64Array>();
  for (const a of actuals) {
    const i = a.year - from;
    let sums: Float64Array | undefined;
    for (let k = 0; k < 4; k++) {
      const key = FIGURE_KEYS[k];
      const v = a[ACTUAL_OF[key]] as number | undefined;
      if (v === undefined) continue;
      if (i >= 0 && i < length) {
        years[key][i] += v;
        reported[key][i] = 1;
      }
      if (a.year <= year) {
        sums ??= byAction.get(a.actionId) ?? byAction.set(a.actionId, new Float64Array(4).fill(NaN)).get(a.actionId)!;
        sums[k] = Number.isNaN(sums[k]) ? v : sums[k] + v;
      }
    }
  }
  return { byAction, years, reported };
}

function figure(planned: number, actual: number): Figure {
  const a = Number.isNaN(actual) ? null : actual + 0;
  return { planned: planned + 0, actual: a, deviation: a === null ? null : a - planned + 0 };
}

/**
 * The follow-up of `plan` (its actuals and observed emissions) against `ref` for the year Yf.
 * @throws CalcError when the reference plan has no scenario `ref.scenarioId`.
 */
export function followUp(plan: Plan, ref: FollowUpReference, options: FollowUpOptions): FollowUpResult {
  const year = options.year ?? defaultFollowUpYear(plan, options.currentYear);
  const from = Math.min(plan.plan.startYear, ref.plan.plan.startYear);
  const to = Math.max(plan.plan.endYear, ref.plan.plan.endYear);
  const length = to - from + 1;
  const planned = plannedSeries(ref, from, length, year);
  const actual = reportedActuals(plan.actuals ?? [], from, length, year);

  const none = new Float64Array(4);
  const noActual = new Float64Array(4).fill(NaN);
  const actions: ActionFollowUp[] = plan.actions.map((a) => {
    const p = planned.byAction.get(a.id) ?? none;
    const r = actual.byAction.get(a.id) ?? noActual;
    return { id: a.id, capex: figure(p[0], r[0]), opex: figure(p[1], r[1]), savings: figure(p[2], r[2]), effect: figure(p[3], r[3]) };
  });

  const years = Array.from({ length }, (_, i) => from + i);
  const upTo = Math.min(length, year - from + 1);
  const totals = { years, sum: {} as Record<FigureKey, Sum> } as FollowUpResult['totals'];
  for (const key of FIGURE_KEYS) {
    const p = planned.years[key];
    const r = actual.years[key];
    const rep = actual.reported[key];
    let sumP = 0;
    let sumA = 0;
    let any = false;
    for (let i = 0; i < upTo; i++) {
      sumP += p[i];
      if (rep[i]) {
        sumA += r[i];
        any = true;
      }
    }
    totals[key] = { planned: Array.from(p, (v) => v + 0), actual: Array.from(r, (v, i) => (rep[i] ? v + 0 : null)) };
    totals.sum[key] = { planned: sumP + 0, actual: any ? sumA + 0 : null };
  }

  const calc = calculate(ref.plan, ref.scenarioId);
  const observed = observedTotals(plan.observedEmissions, plan.sectors);
  const emissionsFrom = Math.min(from, observed.years[0] ?? from);
  const emissionYears = Array.from({ length: to - emissionsFrom + 1 }, (_, i) => emissionsFrom + i);
  const refFrom = ref.plan.plan.startYear;
  const onRef = (series: number[]) => emissionYears.map((y) => (y - refFrom >= 0 && y - refFrom < series.length ? series[y - refFrom] : null));

  const targets: TargetPace[] = [];
  ref.plan.targets.forEach((t, i) => {
    const pace = targetPace(t, calc.targets[i].level, observed, year);
    if (pace) targets.push(pace);
  });

  return {
    reference: { versionId: ref.versionId, scenarioId: ref.scenarioId },
    year,
    actions,
    totals,
    emissions: {
      years: emissionYears,
      observedGross: emissionYears.map(observed.gross),
      observedNet: emissionYears.map(observed.net),
      plannedGross: onRef(calc.emissions.gross),
      plannedNet: onRef(calc.emissions.net),
    },
    targets,
    changes: ref.versionId === null ? { added: [], removed: [], changed: [] } : actionChanges(plan.actions, ref.plan.actions),
  };
}
