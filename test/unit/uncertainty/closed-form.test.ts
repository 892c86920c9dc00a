// The simulation against closed forms (issue 17, "What must be shown"): a probability, a
// triangular effect range and an extra-delay range whose outcomes can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { simulateUncertainty } from '../../../shared/uncertainty';
import { BASELINE_TONS, effectAction, flatPlan, ranges, target, withinFourSigma } from './plans';

const N = 4_000;

describe('a single action that happens with probability p', () => {
  it.each([0.3, 0.5, 0.9])('meets a target it alone can meet in a share ≈ %s of the draws', (p) => {
    // 1 000 − 400 = 600 ≤ 800 only when the action happens.
    const plan = flatPlan([effectAction('a', 400, ranges({ probability: p }))], [target('t', 2025, 800)]);
    const result = simulateUncertainty(plan, 'decided', { draws: N, seed: 11 });
    const odds = result.targets[0].probabilityMet!;
    expect(withinFourSigma(odds, p, N)).toBe(true);
    expect(result.gross.p50[5]).toBe(odds >= 0.5 ? 600 : 1000);
  });

  it('probability 0 never happens and 1 always does', () => {
    for (const p of [0, 1]) {
      const plan = flatPlan([effectAction('a', 400, ranges({ probability: p }))], [target('t', 2025, 800)]);
      expect(simulateUncertainty(plan, 'decided', { draws: 500 }).targets[0].probabilityMet).toBe(p);
    }
  });
});

describe('a triangular effect range Triangular(0.4, 1, 1.3)', () => {
  const [a, c, b] = [0.4, 1, 1.3];
  const tons = 500;
  const plan = (level: number) => flatPlan([effectAction('a', tons, ranges({ effectLow: a, effectHigh: b }))], [target('t', 2025, level)]);

  it('gives the known mean effect, (a + c + b)/3', () => {
    const result = simulateUncertainty(plan(0), 'decided', { draws: N, seed: 3 });
    const sd = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    const mean = BASELINE_TONS - tons * ((a + b + c) / 3);
    expect(Math.abs(result.gross.mean[5] - mean)).toBeLessThanOrEqual((4 * tons * sd) / Math.sqrt(N));
    expect(result.gross.p5[5]).toBeGreaterThanOrEqual(BASELINE_TONS - tons * b);
    expect(result.gross.p95[5]).toBeLessThanOrEqual(BASELINE_TONS - tons * a);
  });

  it('gives the known probability above the mode: P(fE ≥ 1.1) = (b − 1.1)²/((b − a)(b − c))', () => {
    // Met when 1 000 − 500·fE ≤ 450, i.e. fE ≥ 1.1.
    const result = simulateUncertainty(plan(450), 'decided', { draws: N, seed: 5 });
    expect(withinFourSigma(result.targets[0].probabilityMet!, (b - 1.1) ** 2 / ((b - a) * (b - c)), N)).toBe(true);
  });

  it('gives the known probability below the mode: P(fE ≥ 0.6) = 1 − (0.6 − a)²/((b − a)(c − a))', () => {
    // Met when 1 000 − 500·fE ≤ 700, i.e. fE ≥ 0.6.
    const result = simulateUncertainty(plan(700), 'decided', { draws: N, seed: 6 });
    expect(withinFourSigma(result.targets[0].probabilityMet!, 1 - (0.6 - a) ** 2 / ((b - a) * (c - a)), N)).toBe(true);
  });

  it('scales the costs by their own triangle, and never the savings', () => {
    const action = effectAction('a', 0, ranges({ costLow: 0.5, costHigh: 2 }), { capexSek: 1_000, savingsSekPerYear: 7, lifetimeYears: 10 });
    const result = simulateUncertainty(flatPlan([action]), 'decided', { draws: N, seed: 8 });
    // Triangular(0.5, 1, 2) has mean 3.5/3 and the capex is paid once, in 2020.
    const sd = Math.sqrt((0.25 + 4 + 1 - 1 - 0.5 - 2) / 18);
    expect(Math.abs(result.capexSek.mean - (1_000 * 3.5) / 3)).toBeLessThanOrEqual((4 * 1_000 * sd) / Math.sqrt(N));
    expect(result.capexSek.p10).toBeGreaterThanOrEqual(500);
    expect(result.capexSek.p90).toBeLessThanOrEqual(2_000);
  });
});

describe('an extra delay of up to 3 years', () => {
  it('gives each delay 0–3 a quarter of the draws', () => {
    // Effect from 2021 + d: present in year Y when d ≤ Y − 2021.
    const action = effectAction('a', 400, ranges({ delayMaxYears: 3 }), { effectStartYear: undefined, startYear: 2020 });
    const targets = [2021, 2022, 2023, 2024].map((year) => target(`t${year}`, year, 800));
    const result = simulateUncertainty(flatPlan([action], targets), 'decided', { draws: N, seed: 9 });
    const shares = result.targets.map((t) => t.probabilityMet!);
    [0.25, 0.5, 0.75].forEach((expected, i) => expect(withinFourSigma(shares[i], expected, N)).toBe(true));
    expect(shares[3]).toBe(1);
    // 2020: the action never works before its start, whatever the delay.
    expect(result.gross.p5[0]).toBe(1000);
  });

  it('adds to the scenario delay', () => {
    const action = effectAction('a', 400, ranges({ delayMaxYears: 1 }), { effectStartYear: 2021 });
    const plan = flatPlan(
      [action],
      [2021, 2022, 2023].map((year) => target(`t${year}`, year, 800)),
    );
    const delayed = { ...plan, scenarios: [{ ...plan.scenarios[0], delayYears: 1 }] };
    // Effect from 2021 + 1 + d.
    const [in2021, in2022, in2023] = simulateUncertainty(delayed, 'decided', { draws: N, seed: 2 }).targets;
    expect(in2021.probabilityMet).toBe(0);
    expect(withinFourSigma(in2022.probabilityMet!, 0.5, N)).toBe(true);
    expect(in2023.probabilityMet).toBe(1);
  });
});

describe('the carbon budget', () => {
  it('runs out when the action does not happen, and a rank past those draws gives null', () => {
    // 11 years at 1 000 t = 11 000 t; with the action 600 t a year = 6 600 t.
    const plan = flatPlan([effectAction('a', 400, ranges({ probability: 0.3 }))], [], {
      carbonBudget: { fromYear: 2020, tonsCo2e: 9_000, scope: 'gross' },
    });
    const budget = simulateUncertainty(plan, 'decided', { draws: N, seed: 4 }).carbonBudget!;
    expect(withinFourSigma(budget.probabilityExhausted, 0.7, N)).toBe(true);
    // Without the action: 1 000 t a year, past 9 000 t in the tenth year, 2029.
    expect(budget.exhaustedYear).toEqual({ p10: 2029, p50: 2029, p90: null });
  });
});

describe('drivers', () => {
  it('are the included actions by the variance of their drawn effect, with shares of the sum', () => {
    const plan = flatPlan([
      effectAction('steady', 300, ranges({})),
      effectAction('wide', 200, ranges({ effectLow: 0.5, effectHigh: 1.5 })),
      effectAction('narrow', 200, ranges({ effectLow: 0.9, effectHigh: 1.1 })),
      effectAction('out', 200, ranges({ probability: 0.5 }), { status: 'idea' }),
    ]);
    const { drivers } = simulateUncertainty(plan, 'decided', { draws: N, seed: 1, year: 2025 });
    expect(drivers.year).toBe(2025);
    expect(drivers.actions.map((d) => d.actionId)).toEqual(['wide', 'narrow', 'steady']);
    // Var of Triangular(0.5, 1, 1.5) = 1/24, times 200².
    expect(drivers.actions[0].variance / ((200 * 200) / 24)).toBeCloseTo(1, 1);
    expect(drivers.actions[2]).toEqual({ actionId: 'steady', variance: 0, share: 0 });
    const shares = drivers.actions.reduce((sum, d) => sum + d.share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('default to the first target year on the axis', () => {
    const plan = flatPlan([], [target('late', 2040, 0), target('b', 2027, 0), target('a', 2024, 0)]);
    expect(simulateUncertainty(plan, 'decided', { draws: 1 }).drivers.year).toBe(2024);
    expect(simulateUncertainty(flatPlan([]), 'decided', { draws: 1 }).drivers.year).toBe(2030);
  });
});
