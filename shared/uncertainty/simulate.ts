// The Monte Carlo of DESIGN §9 over the §5 engine. Each draw is `calculate` itself, on the plan
// as that draw has it: an included action that does not happen is excluded, and one that does
// is moved by its extra delay and has its effect and costs scaled (shift.ts) — so the formulas
// live only in the engine, and a draw in which nothing varies is exactly the plan's calculation.
//
// It runs in steps (`run(count)`), so that a worker can report progress and stop between them.
import { calculate, CalcError, planFrame, type PlanFrame } from '../calc';
import { adjustInto, scenarioStartAction } from '../calc/shift';
import { findScenario, scenarioMembership } from '../calc/scenario';
import type { Action, Plan, Scenario } from '../domain/types';
import { normalizeAction, normalizePlan } from '../domain/normalize';
import { formatNumber } from '../format/number';
import { DrawRecorder } from './collect';
import { drawAction, emptyDraw } from './draws';
import { seedStreams, type Streams } from './prng';
import { actionRanges, type ResolvedRanges } from './ranges';
import type { UncertaintyResult } from './result';

export const DEFAULT_DRAWS = 2_000;
export const DEFAULT_SEED = 1;
export const DRAWS_LIMITS = { min: 1, max: 50_000 } as const;
export const SEED_LIMITS = { min: 0, max: 4_294_967_295 } as const;

export interface UncertaintyOptions {
  /** Number of draws N, 1 – 50 000 (default 2 000). */
  draws?: number;
  /** Whole number 0 – 2³² − 1 (default 1). */
  seed?: number;
  /** The drivers' year Yd on the axis (default the first target year on the axis). */
  year?: number;
}

export class UncertaintySimulation {
  readonly draws: number;
  readonly seed: number;
  /** Yd: the year whose drawn effects rank the drivers. */
  readonly driverYear: number;
  private readonly scenario: Scenario;
  /** The plan each draw starts from: no financing, which the §9 answer does not use. */
  private readonly base: Plan;
  /** The base's settings, sectors and baseline, worked out once for every draw. */
  private readonly frame: PlanFrame;
  private readonly members: Int32Array;
  private readonly ranges: ResolvedRanges[];
  private readonly streams: Streams;
  private readonly recorder: DrawRecorder;
  private readonly draw = emptyDraw();
  /** Per included action, its slot in the current draw's actions, or -1 when it does not happen. */
  private readonly slots: Int32Array;
  /** Per included action, a copy of its own that each draw rewrites (adjustInto): no allocation per draw. */
  private readonly drawn: Action[];

  /** @throws CalcError for an unknown scenario, or draws, seed or year out of range (Swedish). */
  private readonly plan: Plan;

  constructor(
    input: Plan,
    private readonly scenarioId: string,
    options: UncertaintyOptions = {},
  ) {
    // Normalized once (the same values, one shape): the copies each draw makes keep that shape.
    const plan = withStartYearsApplied(normalizePlan(input), findScenario(input, scenarioId));
    this.plan = plan;
    this.scenario = findScenario(plan, scenarioId);
    ({ draws: this.draws, seed: this.seed } = drawsAndSeed(options));
    this.driverYear = checkDriverYear(plan, options.year);
    this.base = { ...plan, financing: [], financingSources: [] };
    this.frame = planFrame(this.base);
    this.members = includedSlots(plan.actions, this.scenario);
    this.slots = new Int32Array(this.members.length);
    this.drawn = Array.from(this.members, (slot) => normalizeAction(plan.actions[slot]));
    this.ranges = Array.from(this.members, (slot) => actionRanges(plan.actions[slot], plan.uncertaintyDefaults));
    const ids = Array.from(this.members, (slot) => plan.actions[slot].id);
    this.streams = seedStreams(this.seed, ids);
    const { startYear, endYear } = plan.plan;
    this.recorder = new DrawRecorder({
      draws: this.draws,
      years: Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i),
      targets: plan.targets,
      hasCarbonBudget: plan.carbonBudget !== undefined,
      actionIds: ids,
      driverIndex: this.driverYear - startYear,
    });
  }

  /** Draws made so far. */
  get completed(): number {
    return this.recorder.recorded;
  }

  get finished(): boolean {
    return this.completed === this.draws;
  }

  /** Makes up to `count` more draws. */
  run(count: number): void {
    const until = Math.min(this.draws, this.completed + count);
    while (this.completed < until) {
      const plan = this.drawnPlan();
      this.recorder.record(calculate(plan, this.scenarioId, { frame: this.frame }), this.slots);
    }
  }

  /** The §9 answer, after every draw (runs the ones still to do). */
  result(): UncertaintyResult {
    this.run(this.draws);
    return this.recorder.result(this.scenarioId, this.seed, this.driverYear);
  }

  /**
   * The plan as the next draw has it, and in `slots` where each included action is in it (-1
   * when it does not happen). An action that does not happen is left out of the draw's plan, as
   * if it did not exist: no effect, no cost. The rest keep their order, and actions the scenario
   * leaves out are never drawn and stay as they are: with every range collapsed to a point the
   * draw's plan holds the plan's very actions and the engine sums exactly as it does for it.
   */
  private drawnPlan(): Plan {
    const source = this.plan.actions;
    const { members, ranges, streams, draw, slots, drawn } = this;
    const actions: Action[] = [];
    for (let i = 0, m = 0; i < source.length; i++) {
      const action = source[i];
      if (m === members.length || members[m] !== i) {
        actions.push(action);
        continue;
      }
      drawAction(ranges[m], streams, m * 4, draw);
      if (!draw.happens) slots[m] = -1;
      else {
        slots[m] = actions.length;
        const planned = draw.delayYears === 0 && draw.effectFactor === 1 && draw.costFactor === 1;
        actions.push(planned ? action : adjustInto(drawn[m], action, draw.delayYears, draw.effectFactor, draw.costFactor));
      }
      m++;
    }
    return { ...this.base, actions };
  }
}

/**
 * The plan with the scenario's moved start years (DESIGN §10) written into its actions, and the
 * scenario without them: a draw's extra delay then comes on top of the moved start, as the
 * scenario's delay does, instead of the engine moving the delayed action back to the year the
 * scenario names. With every range a point the engine calculates exactly what it calculates for
 * the scenario itself (the same shiftAction).
 */
function withStartYearsApplied(plan: Plan, scenario: Scenario): Plan {
  const { startYears } = scenario;
  if (startYears === undefined) return plan;
  return {
    ...plan,
    actions: plan.actions.map((a) => scenarioStartAction(startYears, a)),
    scenarios: plan.scenarios.map((s) => (s.id === scenario.id ? { ...s, startYears: undefined } : s)),
  };
}

/** The whole §9 simulation in one call. */
export function simulateUncertainty(plan: Plan, scenarioId: string, options: UncertaintyOptions = {}): UncertaintyResult {
  return new UncertaintySimulation(plan, scenarioId, options).result();
}

/** The first target year on the axis, else the axis' last year. */
export function defaultDriverYear(plan: Plan): number {
  const { startYear, endYear } = plan.plan;
  const onAxis = plan.targets.map((t) => t.year).filter((y) => y >= startYear && y <= endYear);
  return onAxis.length > 0 ? Math.min(...onAxis) : endYear;
}

function includedSlots(actions: readonly Action[], scenario: Scenario): Int32Array {
  const isIncluded = scenarioMembership(scenario);
  const slots: number[] = [];
  for (let i = 0; i < actions.length; i++) if (isIncluded(actions[i].id, actions[i].status)) slots.push(i);
  return Int32Array.from(slots);
}

/**
 * The number of draws and the seed, defaults applied.
 * @throws CalcError when either is not a whole number in its range (Swedish).
 */
export function drawsAndSeed(options: UncertaintyOptions): { draws: number; seed: number } {
  return {
    draws: checkWhole(options.draws ?? DEFAULT_DRAWS, DRAWS_LIMITS, 'Antalet dragningar'),
    seed: checkWhole(options.seed ?? DEFAULT_SEED, SEED_LIMITS, 'Fröet'),
  };
}

function checkDriverYear(plan: Plan, year: number | undefined): number {
  const { startYear, endYear } = plan.plan;
  const chosen = year ?? defaultDriverYear(plan);
  if (!Number.isInteger(chosen) || chosen < startYear || chosen > endYear) {
    throw new CalcError(`Året ${String(chosen)} ligger utanför planens tidsaxel ${startYear}–${endYear}.`);
  }
  return chosen;
}

function checkWhole(value: number, limits: { min: number; max: number }, label: string): number {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    throw new CalcError(`${label} måste vara ett heltal ${limits.min}–${formatNumber(limits.max)}, inte ${String(value)}.`);
  }
  return value;
}
