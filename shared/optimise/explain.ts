// Why no choice meets every constraint, in plain Swedish (DESIGN §10). Each constraint is first
// judged alone, where the best any choice can do has a plain answer:
// - a target: every candidate in, each at the start that gives most effect in the target year
//   (more effect never raises emissions, so that is the lowest the year can go);
// - a budget year: choosing nothing costs least, so the base's own actions must fit;
// - the carbon budget: the lowest cumulative emissions, found by the solver.
// When each holds alone, the constraints that cannot hold together are narrowed down by dropping
// one group at a time while the rest stays infeasible.
import type { Highs } from 'highs';
import { yearIndex } from '../calc/axis';
import { targetLevel, targetScope } from '../calc/targets';
import { formatMoneyWithUnit, formatNumber, formatTons } from '../format/number';
import type { Target } from '../domain/types';
import type { Coefficients } from './coefficients';
import { buildModel, type ConstraintSet } from './model';
import { solveModel } from './solve';

/** Seconds each solve of the explanation may take. */
const EXPLAIN_SECONDS = 5;

export function explainInfeasible(highs: Highs, co: Coefficients, set: ConstraintSet): string[] {
  const reasons = [
    ...set.targets.flatMap((t) => targetReason(co, t)),
    ...(set.budget ? budgetReasons(co) : []),
    ...(set.carbonBudget ? carbonReason(highs, co) : []),
  ];
  if (reasons.length > 0) return reasons;
  return [jointReason(highs, co, set)];
}

function targetReason(co: Coefficients, target: Target): string[] {
  const { ctx } = co;
  const i = yearIndex(ctx.axis, target.year);
  const scope = targetScope(target);
  const effect = co.fixed.effectBySector.map((series) => series[i]);
  let allEarliest = true;
  for (const c of co.candidates) {
    let best = 0;
    for (let k = 1; k < c.options.length; k++) if (c.options[k].effect[i] > c.options[best].effect[i]) best = k;
    if (c.options[best].effect[i] > c.options[0].effect[i]) allEarliest = false;
    if (c.sector !== undefined) effect[c.sector] += c.options[best].effect[i];
  }
  let lowest = 0;
  ctx.sectors.ids.forEach((_, s) => {
    const rest = ctx.sectors.baselines[s][i] - effect[s];
    if (!ctx.sectors.isSink[s]) lowest += Math.max(0, rest);
    else if (scope === 'net') lowest += rest;
  });
  const remaining = lowest - targetLevel(target, ctx.sectors);
  if (!(remaining > 0)) return [];
  const how =
    co.candidates.length === 0
      ? 'utan valbara åtgärder'
      : allEarliest
        ? 'även med alla valbara åtgärder vid tidigaste start'
        : `även med alla valbara åtgärder, var och en vid den start som ger mest effekt ${target.year}`;
  return [`Målet ${target.year} (${target.name}): ${how} återstår ${tonnes(remaining)}.`];
}

function budgetReasons(co: Coefficients): string[] {
  const budget = co.request.budget;
  const cost = co.fixed.cost;
  if (!budget || !cost) return [];
  const unit = co.request.plan.plan.moneyUnit;
  const reasons: string[] = [];
  for (let year = budget.fromYear; year <= budget.toYear; year++) {
    const spent = cost[year - co.ctx.axis.startYear];
    if (spent > budget.maxSek) {
      reasons.push(
        `Budgeten ${year}: åtgärderna i grundscenariot kostar redan ${formatMoneyWithUnit(spent, unit)}, taket är ${formatMoneyWithUnit(budget.maxSek, unit)}.`,
      );
    }
  }
  return reasons;
}

function carbonReason(highs: Highs, co: Coefficients): string[] {
  const budget = co.request.plan.carbonBudget;
  if (!budget) return [];
  const built = buildModel(co, { targets: [], budget: false, carbonBudget: false }, 'carbon');
  // Without candidates the cumulative emissions are the model's constant.
  const lowest = built.data.numCols === 0 ? Number(built.data.offset ?? 0) : solveModel(highs, built.data, { timeLimitSeconds: EXPLAIN_SECONDS }).objective;
  if (lowest === null || !(lowest > budget.tonsCo2e)) return [];
  return [
    `Koldioxidbudgeten (${formatTons(budget.tonsCo2e)} från ${budget.fromYear}): även med alla valbara åtgärder vid bästa start släpps ${tonnes(lowest - budget.tonsCo2e)} mer ut än budgeten.`,
  ];
}

/** The groups of constraints, each with its name in a sentence. */
function groups(co: Coefficients, set: ConstraintSet): { name: string; set: Partial<ConstraintSet>; target?: Target }[] {
  const out: { name: string; set: Partial<ConstraintSet>; target?: Target }[] = set.targets.map((t) => ({
    name: `målet ${t.year} (${t.name})`,
    set: {},
    target: t,
  }));
  const budget = co.request.budget;
  if (set.budget && budget) {
    const unit = co.request.plan.plan.moneyUnit;
    out.push({ name: `budgeten ${budget.fromYear}–${budget.toYear} (högst ${formatMoneyWithUnit(budget.maxSek, unit)} om året)`, set: { budget: true } });
  }
  if (set.carbonBudget) out.push({ name: 'koldioxidbudgeten', set: { carbonBudget: true } });
  return out;
}

/** Every group holds alone: the smallest set found that still cannot hold together. */
function jointReason(highs: Highs, co: Coefficients, set: ConstraintSet): string {
  let kept = groups(co, set);
  const feasible = (g: typeof kept): boolean | null => {
    const subset: ConstraintSet = {
      targets: g.flatMap((x) => (x.target ? [x.target] : [])),
      budget: g.some((x) => x.set.budget),
      carbonBudget: g.some((x) => x.set.carbonBudget),
    };
    const outcome = solveModel(highs, buildModel(co, subset).data, { timeLimitSeconds: EXPLAIN_SECONDS });
    return outcome.status === 'infeasible' ? false : outcome.status === 'noSolution' ? null : true;
  };
  for (let k = 0; k < kept.length && kept.length > 2;) {
    const without = kept.filter((_, j) => j !== k);
    if (feasible(without) === false) kept = without;
    else k++;
  }
  const names = kept.map((g) => g.name);
  if (names.length === 0) return 'Ingen kombination av de valbara åtgärderna uppfyller villkoren.';
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}` : names.join('');
  return `Villkoren går att uppfylla vart för sig men inte tillsammans: ${list}.`;
}

/** A shortfall in tonnes as a reader sees it: whole tonnes rounded up, never "0 t". */
function tonnes(tons: number): string {
  return tons >= 1 ? formatTons(Math.ceil(tons)) : `${formatNumber(tons, 'sv', 3)} t`;
}
