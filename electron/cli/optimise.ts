// `optimise` (DESIGN §10): the cheapest choice and timing of candidate actions that meets the
// targets within the budgets, printed as JSON; `--save` adds it to the file as a scenario through
// the same call table as the app, and saves atomically.
import { basename, dirname, resolve } from 'node:path';
import { COST_BEARERS, type CostBearer } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/types';
import {
  isFound,
  optimise,
  OptimiseInputError,
  OPTIMISE_OBJECTIVES,
  savedScenarioValues,
  type OptimiseAnswer,
  type OptimiseObjective,
  type OptimiseRequest,
  type YearlyBudget,
} from '../../shared/optimise';
import { dispatch } from '../services/dispatch';
import { DocumentManager } from '../document/manager';
import { folderPicker } from '../document/folder-picker';
import { nodeHighs } from '../optimise/highs';
import { CliError, isJsonPath } from './io';
import type { Args } from './commands';

export const OPTIMISE_USAGE =
  'optimise <plan.klimat | plan.json> --scenario <grund> [--targets id,id] [--candidates id,id] [--objective npv|societal] ' +
  '[--budget <bärare,bärare>:<från>-<till>:<maxSek>] [--carbon-budget] [--time-limit <s>] [--save "<scenarionamn>"]';

export async function optimiseCommand(a: Args, read: (path: string) => Promise<Plan>): Promise<void> {
  const [input] = a.positionals;
  if (!input) throw new CliError(`Fel antal argument. Användning: klimat ${OPTIMISE_USAGE}`);
  const request = requestFromArgs(a);
  const save = a.values.save;
  if (save !== undefined && (typeof save !== 'string' || !save.trim())) throw new CliError('Ange scenariots namn efter --save.');
  if (typeof save === 'string' && isJsonPath(input))
    throw new CliError('--save skriver scenariot i en .klimat-fil; för JSON, importera den först med import-json.');
  const plan = await read(input);
  const highs = await nodeHighs();
  let answer: OptimiseAnswer;
  try {
    answer = optimise(highs, plan, request);
  } catch (e) {
    if (e instanceof OptimiseInputError) throw new CliError(e.message);
    throw e;
  }
  if (typeof save === 'string' && isFound(answer)) {
    await saveScenario(input, savedScenarioValues(answer, save.trim()));
  }
  process.stdout.write(`${JSON.stringify(printed(answer))}\n`);
}

/** The §10 object: status, objective, value, include, startYears, targets; or the reasons. */
function printed(answer: OptimiseAnswer): object {
  if (!isFound(answer)) {
    return { status: answer.status, objective: answer.objective, reasons: answer.reasons };
  }
  const moved = answer.chosen.filter((c) => c.moved);
  return {
    status: answer.status,
    objective: answer.objective,
    value: answer.value,
    ...(answer.status === 'timeLimit' ? { mipGap: answer.mipGap } : {}),
    include: answer.chosen.map((c) => c.actionId),
    startYears: Object.fromEntries(moved.map((c) => [c.actionId, c.startYear])),
    targets: answer.targets.map((t) => ({ id: t.id, gap: t.gap, met: t.met })),
  };
}

function requestFromArgs(a: Args): OptimiseRequest {
  const scenarioId = a.values.scenario;
  if (typeof scenarioId !== 'string' || !scenarioId) throw new CliError('Ange grundscenariot med --scenario <id>, t.ex. --scenario decided.');
  const objective = a.values.objective ?? 'npv';
  if (typeof objective !== 'string' || !(OPTIMISE_OBJECTIVES as readonly string[]).includes(objective)) {
    throw new CliError(`Målfunktionen "${String(objective)}" finns inte; ange --objective npv eller --objective societal.`);
  }
  const request: OptimiseRequest = { scenarioId, objective: objective as OptimiseObjective, carbonBudget: !!a.values['carbon-budget'] };
  const list = (name: string): string[] | undefined => {
    const v = a.values[name];
    if (v === undefined) return undefined;
    const ids =
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    if (ids.length === 0) throw new CliError(`Ange minst ett id efter --${name}, åtskilda med komma.`);
    return ids;
  };
  request.targets = list('targets');
  request.candidates = list('candidates');
  if (a.values.budget !== undefined) request.budget = parseBudget(a.values.budget);
  if (a.values['time-limit'] !== undefined) {
    const seconds = Number(a.values['time-limit']);
    if (!(seconds > 0 && seconds <= 3600)) throw new CliError('Ange --time-limit som sekunder, mer än 0 och högst 3 600.');
    request.timeLimitSeconds = seconds;
  }
  return request;
}

/** `municipality,municipalCompany:2025-2030:50000000` → the yearly budget. */
export function parseBudget(value: string | boolean): YearlyBudget {
  const m = typeof value === 'string' ? /^([A-Za-z,]+):(\d{4})-(\d{4}):(\d+)$/.exec(value.trim()) : null;
  if (!m) throw new CliError('Ange budgeten som <bärare,bärare>:<från>-<till>:<maxSek>, t.ex. --budget municipality:2025-2030:50000000.');
  const costBearers = m[1].split(',').filter(Boolean);
  const unknown = costBearers.find((b) => !(COST_BEARERS as readonly string[]).includes(b));
  if (unknown !== undefined) throw new CliError(`Kostnadsbäraren "${unknown}" finns inte; välj bland ${COST_BEARERS.join(', ')}.`);
  return { costBearers: costBearers as CostBearer[], fromYear: Number(m[2]), toYear: Number(m[3]), maxSek: Number(m[4]) };
}

/** scenarios.create and document.save through the dispatcher, as `call` does. */
async function saveScenario(file: string, values: object): Promise<void> {
  const manager = new DocumentManager(folderPicker(dirname(resolve(file))));
  try {
    const opened = await dispatch({ manager }, 'document.open', { name: basename(file) });
    if (!opened.ok) throw new CliError(opened.error.message);
    const created = await dispatch({ manager }, 'scenarios.create', { values });
    if (!created.ok) throw new CliError(created.error.path ? `${created.error.path}: ${created.error.message}` : created.error.message);
    const saved = await dispatch({ manager }, 'document.save', {});
    if (!saved.ok) throw new CliError(saved.error.message);
  } finally {
    manager.close(true);
  }
}
