// `calc`: the engine of shared/calc on a plan from JSON or .klimat, printed as pure JSON.
import type { Plan } from '../../shared/domain/types';
import { calculate, CalcError } from '../../shared/calc';
import { CliError } from './io';
import type { Args } from './commands';

export async function calcCommand(a: Args, read: (path: string) => Promise<Plan>): Promise<void> {
  const [input] = a.positionals;
  if (!input) throw new CliError('Fel antal argument. Användning: klimat calc <fil.json | fil.klimat> --scenario <id> [--year <år>]');
  const scenario = a.values.scenario;
  if (typeof scenario !== 'string' || !scenario) throw new CliError('Ange scenariot med --scenario <id>, t.ex. --scenario decided.');
  let maccYear: number | undefined;
  if (a.values.year !== undefined) {
    maccYear = Number(a.values.year);
    if (!Number.isInteger(maccYear)) throw new CliError(`Året "${String(a.values.year)}" är inget heltal.`);
  }
  const plan = await read(input);
  try {
    const result = calculate(plan, scenario, maccYear === undefined ? {} : { maccYear });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (e) {
    if (e instanceof CalcError) throw new CliError(e.message);
    throw e;
  }
}
