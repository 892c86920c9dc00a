// Benchmark of the optimiser (DESIGN §10, issue 18): the sample plan (≤ 1 s) and 300 candidates
// with windows of ±3 years over 26 years (≤ 10 s), with HiGHS' gap when its time limit stops it.
import { readFileSync } from 'node:fs';
import { calculate } from '../../shared/calc';
import type { Plan, Target } from '../../shared/domain/types';
import { isFound, optimise, type OptimiseAnswer, type OptimiseRequest } from '../../shared/optimise';
import { parsePlanDocument } from '../../shared/schema/document';
import { nodeHighs } from '../../electron/optimise/highs';
import { largePlan } from '../support/large-plan';
import type { Print } from './stats';

const SAMPLE = new URL('../../assets/sample/umea-2480.json', import.meta.url);

function describe(answer: OptimiseAnswer): string {
  if (!isFound(answer)) return `${answer.status} (${answer.reasons.length} reasons)`;
  const gap = answer.mipGap === null ? '–' : `${(answer.mipGap * 100).toFixed(4)} %`;
  return `${answer.status}, ${answer.chosen.length} chosen (${answer.chosen.filter((c) => c.moved).length} moved), HiGHS gap ${gap}`;
}

function timed(print: Print, label: string, run: () => OptimiseAnswer): void {
  const t0 = performance.now();
  const answer = run();
  print(`${label}: ${(performance.now() - t0).toFixed(0)} ms — ${describe(answer)}`);
}

export async function benchOptimise(print: Print): Promise<void> {
  const t0 = performance.now();
  const highs = await nodeHighs();
  print(`HiGHS ${highs.version.string} (WebAssembly) loaded and compiled in ${(performance.now() - t0).toFixed(0)} ms (once per process)`);

  const parsed = parsePlanDocument(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  if (!parsed.ok) throw new Error('the sample plan is invalid');
  const sample = parsed.plan;
  const candidates = sample.actions.filter((a) => a.status === 'proposed' || a.status === 'idea').length;
  print(`sample plan (${sample.actions.length} actions, ${candidates} candidates with windows), base "decided":`);
  timed(print, '  toward its own three targets (infeasible, with the reasons)', () => optimise(highs, sample, { scenarioId: 'decided' }));
  const halving: Target = { id: 'halvering', name: 'Halvering 2030', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 1990 };
  const reachable: Plan = { ...sample, targets: [...sample.targets, halving] };
  timed(print, '  toward −50 % in 2030', () => optimise(highs, reachable, { scenarioId: 'decided', targets: ['halvering'] }));
  timed(print, '  toward −50 % in 2030, societal, at most 400 mnkr a year 2025–2030 for the municipality and its companies', () =>
    optimise(highs, reachable, {
      scenarioId: 'decided',
      targets: ['halvering'],
      objective: 'societal',
      budget: { costBearers: ['municipality', 'municipalCompany'], fromYear: 2025, toYear: 2030, maxSek: 400_000_000 },
    }),
  );

  for (const share of [0.5, 0.9]) {
    const large = largeProblem(share);
    print(
      `300 candidates, windows of ±3 years, 26 years; targets 2030 and 2040 ${share * 100} % of the way from the base to every candidate in; a yearly budget (time limit 20 s):`,
    );
    timed(print, '  npv', () => optimise(highs, large.plan, large.request));
    timed(print, '  societal', () => optimise(highs, large.plan, { ...large.request, objective: 'societal' }));
  }
}

/**
 * A generated plan whose 300 candidates (actions the base "decided" leaves out) may each start
 * up to three years earlier or later, and targets for 2030 and 2040 a share of the way from the
 * base to every candidate in at its own start: reachable, and only by a choice.
 */
function largeProblem(share: number): { plan: Plan; request: OptimiseRequest } {
  const doc: Plan = largePlan(600, 18);
  const base = doc.scenarios.find((s) => s.id === 'decided')!;
  const inBase = new Set(base.includeStatuses);
  let count = 0;
  const actions = doc.actions.map((a) => {
    if (inBase.has(a.status) || a.status === 'cancelled' || count >= 300) return a;
    count++;
    return { ...a, earliestStartYear: Math.max(doc.plan.startYear, a.startYear - 3), latestStartYear: Math.min(doc.plan.endYear, a.startYear + 3) };
  });
  const candidates = actions.filter((a) => a.earliestStartYear !== undefined).map((a) => a.id);
  const plan: Plan = { ...doc, actions, targets: [] };
  const baseGross = calculate(plan, 'decided').emissions.gross;
  const withAll: Plan = { ...plan, scenarios: [...plan.scenarios, { ...base, id: 'everything', include: candidates }] };
  const allGross = calculate(withAll, 'everything').emissions.gross;
  const target = (year: number): Target => {
    const i = year - plan.plan.startYear;
    return { id: `t${year}`, name: `Mål ${year}`, year, scope: 'gross', kind: 'absolute', tonsCo2e: baseGross[i] - share * (baseGross[i] - allGross[i]) };
  };
  return {
    plan: { ...plan, targets: [target(2030), target(2040)] },
    request: {
      scenarioId: 'decided',
      candidates,
      budget: { costBearers: ['municipality'], fromYear: 2025, toYear: 2035, maxSek: 2_000_000_000 },
    },
  };
}
