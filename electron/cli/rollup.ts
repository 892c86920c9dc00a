// `rollup`: several municipalities' plans side by side and summed (DESIGN §11), as JSON on
// stdout or as an Excel workbook. Files that fail the gate are listed with their reason.
import { resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { ID_PATTERN } from '../../shared/domain/ids';
import { writeFileAtomically } from '../exchange/export-file';
import { filesOfArguments, rollupFiles } from '../rollup/rollup';
import { writeRollupWorkbook } from '../rollup/workbook';
import { CliError, refuseExisting } from './io';

interface Args {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export async function rollupCommand(a: Args, usage: string): Promise<void> {
  if (a.positionals.length === 0) throw new CliError(`Ange minst en plan eller mapp. Användning: klimat ${usage}`);
  const { scenario, json, xlsx, force } = a.values;
  if (json && xlsx !== undefined) throw new CliError('Ange antingen --json eller --xlsx <ut.xlsx>, inte båda.');
  if (xlsx !== undefined && (typeof xlsx !== 'string' || !xlsx)) throw new CliError('Ange arbetsbokens namn efter --xlsx, t.ex. --xlsx region.xlsx.');
  if (scenario !== undefined && (typeof scenario !== 'string' || !ID_PATTERN.test(scenario))) {
    throw new CliError(`Scenario-id "${String(scenario)}" är ogiltigt; ange t.ex. --scenario decided.`);
  }
  const files = filesOfArguments(a.positionals);
  if (files.length === 0) throw new CliError('Det finns inga .klimat-filer att sammanställa i de angivna mapparna.');
  if (typeof xlsx === 'string') refuseExisting(xlsx, !!force);
  const result = await rollupFiles(files, { scenarioId: scenario as string | undefined });
  if (typeof xlsx !== 'string') {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  try {
    await writeFileAtomically(resolve(xlsx), true, (stream) => writeRollupWorkbook(result, stream));
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(e.message);
    throw e;
  }
}
