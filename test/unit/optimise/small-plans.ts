// Small random plans for the optimiser's property test (≤ 8 candidates, windows ≤ 2 years), and
// a brute force over every choice that judges each by `calculate` alone — nothing of the
// optimiser's own code — so that the two can be compared.
import fc from 'fast-check';
import { calculate } from '../../../shared/calc';
import type { CostBearer } from '../../../shared/domain/ids';
import type { Action, Plan, Scenario, Target } from '../../../shared/domain/types';
import type { OptimiseObjective, OptimiseRequest, YearlyBudget } from '../../../shared/optimise';
import { makeAction, makePlan, makeScenario } from '../calc/fixtures';

const START = 2020;
const END = 2030;
const SECTORS = ['transport', 'heating', 'sinks'] as const;
const BEARERS: CostBearer[] = ['municipality', 'municipalCompany', 'business'];

const money = (max: number) => fc.integer({ min: 0, max }).map((k) => k * 1000);

function actionArb(id: string, status: Action['status']): fc.Arbitrary<Action> {
  return fc
    .record({
      sector: fc.constantFrom(...SECTORS),
      share: fc.boolean(),
      tons: fc.double({ min: 5, max: 700, noNaN: true }),
      fraction: fc.double({ min: 0.02, max: 0.6, noNaN: true }),
      startYear: fc.integer({ min: 2021, max: 2028 }),
      before: fc.integer({ min: 0, max: 2 }),
      after: fc.integer({ min: 0, max: 2 }),
      implementationYears: fc.integer({ min: 1, max: 3 }),
      rampYears: fc.integer({ min: 0, max: 2 }),
      life: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
      capexSek: money(90_000),
      opexSekPerYear: money(3_000),
      savingsSekPerYear: money(4_000),
      coBenefitSekPerYear: money(1_000),
      override: fc.option(fc.record({ at: fc.integer({ min: 0, max: 2 }), capex: money(20_000) }), { nil: undefined }),
      costBearer: fc.constantFrom(...BEARERS),
    })
    .map((r) => {
      const share = r.share && r.sector !== 'sinks';
      // Windows of at most 2 years, on the axis (DESIGN §10: its years lie on the axis).
      const before = Math.min(r.before, r.startYear - START);
      const window = Math.min(2, before + r.after);
      return makeAction({
        id,
        code: id.toUpperCase(),
        name: `Åtgärd ${id}`,
        status,
        sectorId: r.sector,
        costBearer: r.costBearer,
        startYear: r.startYear,
        earliestStartYear: r.startYear - Math.min(before, window),
        latestStartYear: r.startYear + window - Math.min(before, window),
        implementationYears: r.implementationYears,
        rampYears: r.rampYears,
        effectEndYear: r.life === undefined ? undefined : r.startYear + r.implementationYears + r.life,
        effectKind: share ? 'share' : 'absolute',
        effectTonsPerYear: share ? undefined : r.tons,
        effectShare: share ? r.fraction : undefined,
        capexSek: r.capexSek,
        opexSekPerYear: r.opexSekPerYear,
        savingsSekPerYear: r.savingsSekPerYear,
        coBenefitSekPerYear: r.coBenefitSekPerYear,
        costOverrides: r.override ? [{ year: r.startYear + r.override.at, capexSek: r.override.capex }] : [],
      });
    });
}

function targetArb(id: string): fc.Arbitrary<Target> {
  return fc.oneof(
    fc
      .record({ year: fc.integer({ min: 2024, max: END }), reduction: fc.double({ min: 0.02, max: 0.5, noNaN: true }) })
      .map(({ year, reduction }): Target => ({ id, name: `Mål ${id}`, year, scope: 'gross', kind: 'reduction', reduction, referenceYear: START })),
    fc
      .record({ year: fc.integer({ min: 2024, max: END }), tonsCo2e: fc.double({ min: 600, max: 1500, noNaN: true }) })
      .map(({ year, tonsCo2e }): Target => ({ id, name: `Mål ${id}`, year, scope: 'net', kind: 'absolute', tonsCo2e })),
  );
}

export interface SmallCase {
  plan: Plan;
  request: OptimiseRequest;
}

export function smallCaseArb(): fc.Arbitrary<SmallCase> {
  return fc
    .record({
      baseCount: fc.integer({ min: 0, max: 2 }),
      candidateCount: fc.integer({ min: 1, max: 8 }),
      targetCount: fc.integer({ min: 0, max: 2 }),
      transport: fc.double({ min: 400, max: 1200, noNaN: true }),
      heating: fc.double({ min: 100, max: 600, noNaN: true }),
      sinks: fc.double({ min: -200, max: 0, noNaN: true }),
      change: fc.double({ min: -0.05, max: 0.02, noNaN: true }),
      discountRate: fc.double({ min: 0, max: 0.06, noNaN: true }),
      carbonValue: fc.integer({ min: 0, max: 3000 }),
      delayYears: fc.integer({ min: 0, max: 1 }),
      effectFactor: fc.double({ min: 0.8, max: 1.2, noNaN: true }),
      costFactor: fc.double({ min: 0.9, max: 1.3, noNaN: true }),
      objective: fc.constantFrom<OptimiseObjective>('npv', 'societal'),
      budget: fc.option(
        fc.record({
          bearers: fc.subarray(BEARERS, { minLength: 1 }),
          from: fc.integer({ min: START, max: END }),
          span: fc.integer({ min: 0, max: 4 }),
          max: money(150_000),
        }),
        { nil: undefined },
      ),
      carbon: fc.option(fc.double({ min: 8000, max: 18000, noNaN: true }), { nil: undefined }),
    })
    .chain((r) =>
      fc.record({
        r: fc.constant(r),
        base: fc.tuple(...Array.from({ length: r.baseCount }, (_, i) => actionArb(`b${i}`, 'decided'))),
        candidates: fc.tuple(...Array.from({ length: r.candidateCount }, (_, i) => actionArb(`c${i}`, 'proposed'))),
        targets: fc.tuple(...Array.from({ length: r.targetCount }, (_, i) => targetArb(`t${i}`))),
      }),
    )
    .map(({ r, base, candidates, targets }): SmallCase => {
      const plan = makePlan(
        {
          sectors: [
            { id: 'transport', name: 'Transporter', isSink: false },
            { id: 'heating', name: 'Uppvärmning', isSink: false },
            { id: 'sinks', name: 'Kolsänkor', isSink: true },
          ],
          baseline: [
            { sectorId: 'transport', points: [{ year: START, tonsCo2e: r.transport }], annualChange: r.change },
            { sectorId: 'heating', points: [{ year: START, tonsCo2e: r.heating }], annualChange: 0 },
            { sectorId: 'sinks', points: [{ year: START, tonsCo2e: r.sinks }], annualChange: 0 },
          ],
          targets,
          carbonBudget: r.carbon === undefined ? undefined : { fromYear: 2022, tonsCo2e: r.carbon, scope: 'gross' },
          actions: [...base, ...candidates],
          scenarios: [makeScenario({ delayYears: r.delayYears, effectFactor: r.effectFactor, costFactor: r.costFactor })],
        },
        { startYear: START, endYear: END, priceBaseYear: 2022, discountRate: r.discountRate, carbonValueSekPerTon: r.carbonValue },
      );
      const budget: YearlyBudget | undefined = r.budget && {
        costBearers: r.budget.bearers,
        fromYear: r.budget.from,
        toYear: Math.min(END, r.budget.from + r.budget.span),
        maxSek: r.budget.max,
      };
      return { plan, request: { scenarioId: 'decided', objective: r.objective, budget, carbonBudget: r.carbon !== undefined } };
    });
}

/** Every choice: each candidate out, or in at one of its window's years. */
export function everyChoice(plan: Plan): Map<string, number>[] {
  const candidates = plan.actions.filter((a) => a.status === 'proposed');
  let choices: Map<string, number>[] = [new Map()];
  for (const a of candidates) {
    const starts: number[] = [];
    for (let y = a.earliestStartYear ?? a.startYear; y <= (a.latestStartYear ?? a.startYear); y++) starts.push(y);
    choices = choices.flatMap((c) => [c, ...starts.map((y) => new Map([...c, [a.id, y]]))]);
  }
  return choices;
}

export function choiceCount(plan: Plan): number {
  return plan.actions
    .filter((a) => a.status === 'proposed')
    .reduce((n, a) => n * ((a.latestStartYear ?? a.startYear) - (a.earliestStartYear ?? a.startYear) + 2), 1);
}

export interface Judged {
  value: number;
  /** The largest breach of any constraint (≤ 0: all met). */
  worst: number;
}

/** The choice as a scenario, written here from §10's words, not with the optimiser's helper. */
function scenarioOf(plan: Plan, choice: Map<string, number>, only?: (a: Action) => boolean): Scenario {
  const base = plan.scenarios[0];
  const startYears = Object.fromEntries([...choice].filter(([id, y]) => plan.actions.find((a) => a.id === id)!.startYear !== y));
  const chosen = [...choice.keys()];
  const exclude = only ? plan.actions.filter((a) => !only(a)).map((a) => a.id) : [];
  return { ...base, id: 'judged', include: chosen, exclude, startYears };
}

/** The choice judged by the engine: its objective and how far it breaks the worst constraint. */
export function judge(plan: Plan, request: OptimiseRequest, choice: Map<string, number>): Judged {
  const withScenario = (s: Scenario): Plan => ({ ...plan, scenarios: [...plan.scenarios, s] });
  const calc = calculate(withScenario(scenarioOf(plan, choice)), 'judged');
  const value = calc.actions.reduce((sum, a) => sum + (a.included ? (request.objective === 'societal' ? a.societalNpvSek : a.npvSek) : 0), 0);
  let worst = -Infinity;
  for (const t of calc.targets) if (t.gap !== null) worst = Math.max(worst, t.gap);
  if (request.carbonBudget && calc.carbonBudget) worst = Math.max(worst, -calc.carbonBudget.remaining);
  const budget = request.budget;
  if (budget) {
    // The budget's bearers alone: every other action excluded; the financing cost is capex + opex.
    const counted = calculate(withScenario(scenarioOf(plan, choice, (a) => budget.costBearers.includes(a.costBearer))), 'judged');
    for (let y = budget.fromYear; y <= budget.toYear; y++) worst = Math.max(worst, counted.financing.cost[y - START] - budget.maxSek);
  }
  return { value, worst };
}
