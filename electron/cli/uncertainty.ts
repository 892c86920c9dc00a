// `uncertainty`: the Monte Carlo of shared/uncertainty on a plan from JSON or .klimat, printed as
// the pure JSON of DESIGN §9.
import type { Plan } from '../../shared/domain/types';
import { CalcError } from '../../shared/calc';
import { drawsAndSeed, simulateUncertainty, type UncertaintyOptions } from '../../shared/uncertainty';
import { CliError } from './io';
import type { Args } from './commands';

export const UNCERTAINTY_USAGE = 'uncertainty <fil.json | fil.klimat> --scenario <id> [--draws N] [--seed S] [--year <år>]';

export async function uncertaintyCommand(a: Args, read: (path: string) => Promise<Plan>): Promise<void> {
  const [input] = a.positionals;
  if (!input || a.positionals.length > 1) throw new CliError(`Fel antal argument. Användning: klimat ${UNCERTAINTY_USAGE}`);
  const scenario = a.values.scenario;
  if (typeof scenario !== 'string' || !scenario) throw new CliError('Ange scenariot med --scenario <id>, t.ex. --scenario decided.');
  const options: UncertaintyOptions = {
    draws: whole(a.values.draws, 'Antalet dragningar (--draws)'),
    seed: whole(a.values.seed, 'Fröet (--seed)'),
    year: whole(a.values.year, 'Året (--year)'),
  };
  const plan = await read(input);
  try {
    process.stdout.write(`${JSON.stringify(simulateUncertainty(plan, scenario, options))}\n`);
  } catch (e) {
    if (e instanceof CalcError) throw new CliError(e.message);
    throw e;
  }
}

/** `--draws` and `--seed` of export-xlsx --uncertainty, checked as the simulation checks them. */
export function drawsAndSeedOf(a: Args): { draws: number; seed: number } {
  try {
    return drawsAndSeed({ draws: whole(a.values.draws, 'Antalet dragningar (--draws)'), seed: whole(a.values.seed, 'Fröet (--seed)') });
  } catch (e) {
    if (e instanceof CalcError) throw new CliError(e.message);
    throw e;
  }
}

/** A whole number written in digits, or undefined when the option is absent. */
function whole(value: string | boolean | undefined, label: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value.trim())) {
    throw new CliError(`${label} måste vara ett heltal, inte "${String(value)}".`);
  }
  return Number(value.trim());
}
