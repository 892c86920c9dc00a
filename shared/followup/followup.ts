// The follow-up (DESIGN §8): what was spent and achieved against the reference (an adopted
// version, or the current plan and a scenario), how the territory's emissions develop, and the
// pace still needed. Pure, like the engine it reuses: the planned series are the §5 engine's own
// (actionSeries for each action as if included, calculate for the emissions and target levels),
// never a second copy of its formulas.
import type { Action, Actual, Plan } from '../domain/types';
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

/** Yf when none is asked for: the last year with any actual or observed point, else this year. */
export function defaultFollowUpYear(plan: Plan, currentYear: number): number {
  let last = -Infinity;
  for (const a of plan.actuals ?? []) if (a.year > last) last = a.year;
  for (const o of plan.observedEmissions ?? []) for (const p of o.points) if (p.year > last) last = p.year;
  return Number.isFinite(last) ? last : currentYear;
}

// Per-action sums are kept four to an action in one Float64Array (slot `4 × index + figure`),
// found through a map of ids: at 10 000 actions and 100 000 actuals a small typed array per
// action costs more in allocation and collection than all the sums themselves.

interface Planned {
  /** The index in `sums` of a reference action by id. */
  indexOf(id: string, guess: number): number | undefined;
  /** Per reference action, Σ over the reference axis years ≤ Yf as if included, in FIGURE_KEYS order. */
  sums: Float64Array;
  /** Per figure (FIGURE_KEYS order): the yearly sum over the actions the reference scenario includes. */
  years: Float64Array[];
}

/** The planned series of the reference, action by action, on the years `from`…: one pass. */
function plannedSeries(ref: FollowUpReference, from: number, length: number, year: number): Planned {
  const ctx = createCalcContext(ref.plan, ref.scenarioId);
  const member = scenarioMembership(ctx.scenario);
  const years = [new Float64Array(length), new Float64Array(length), new Float64Array(length), new Float64Array(length)];
  const actions = ref.plan.actions;
  const sums = new Float64Array(4 * actions.length);
  const series = emptyActionSeries(ctx.axis.length);
  const parts = [series.capex, series.opex, series.savings, series.effect];
  const offset = ctx.axis.startYear - from;
  const upTo = Math.min(ctx.axis.length, year - ctx.axis.startYear + 1);
  for (let j = 0; j < actions.length; j++) {
    const a = actions[j];
    actionSeries(ctx, a, series);
    const included = member(a.id, a.status);
    for (let k = 0; k < 4; k++) {
      const s = parts[k];
      let sum = 0;
      for (let i = 0; i < upTo; i++) sum += s[i];
      sums[4 * j + k] = sum;
      if (included) {
        const out = years[k];
        for (let i = 0; i < s.length; i++) if (s[i] !== 0) out[i + offset] += s[i];
      }
    }
  }
  // A version mostly lists the plan's actions in the same order: the same position is tried
  // first, a map of ids is made only when an action is not there.
  let index: Map<string, number> | undefined;
  const indexOf = (id: string, guess: number): number | undefined => {
    if (actions[guess]?.id === id) return guess;
    index ??= new Map(actions.map((a, j) => [a.id, j]));
    return index.get(id);
  };
  return { indexOf, sums, years };
}

interface Reported {
  /** Per action of the plan (its index), Σ actuals ≤ Yf per figure; NaN: none reported. */
  sums: Float64Array;
  /** Per figure: the yearly sum of the actuals reported. */
  years: Float64Array[];
  /** Per figure: whether any actual of it was reported in the year's slot. */
  reported: Uint8Array[];
}

function reportedActuals(actions: readonly Action[], actuals: readonly Actual[], from: number, length: number, year: number): Reported {
  const years = [new Float64Array(length), new Float64Array(length), new Float64Array(length), new Float64Array(length)];
  const reported = [new Uint8Array(length), new Uint8Array(length), new Uint8Array(length), new Uint8Array(length)];
  const index = new Map<string, number>();
  for (let j = 0; j < actions.length; j++) index.set(actions[j].id, j);
  const sums = new Float64Array(4 * actions.length).fill(NaN);
  for (const a of actuals) {
    const i = a.year - from;
    const onAxis = i >= 0 && i < length;
    const j = a.year <= year ? index.get(a.actionId) : undefined;
    const figures = [a.capexSek, a.opexSek, a.savingsSek, a.effectTonsCo2e];
    for (let k = 0; k < 4; k++) {
      const v = figures[k];
      if (v === undefined) continue;
      if (onAxis) {
        years[k][i] += v;
        reported[k][i] = 1;
      }
      if (j !== undefined) {
        const slot = 4 * j + k;
        sums[slot] = Number.isNaN(sums[slot]) ? v : sums[slot] + v;
      }
    }
  }
  return { sums, years, reported };
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
  const actual = reportedActuals(plan.actions, plan.actuals ?? [], from, length, year);

  const actions: ActionFollowUp[] = plan.actions.map((a, j) => {
    const p = planned.indexOf(a.id, j);
    const fig = (k: number) => figure(p === undefined ? 0 : planned.sums[4 * p + k], actual.sums[4 * j + k]);
    return { id: a.id, capex: fig(0), opex: fig(1), savings: fig(2), effect: fig(3) };
  });

  const years = Array.from({ length }, (_, i) => from + i);
  const upTo = Math.min(length, year - from + 1);
  const totals = { years, sum: {} as Record<FigureKey, Sum> } as FollowUpResult['totals'];
  FIGURE_KEYS.forEach((key, k) => {
    const p = planned.years[k];
    const r = actual.years[k];
    const rep = actual.reported[k];
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
  });

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
