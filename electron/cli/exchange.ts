// The CLI's import and export commands (issue 7): export-xlsx, export-csv, import-json,
// import-xlsx and import-baseline. Imports go through the call table and its dispatcher (the
// same checks, size limits and messages as the app); the command line only names the files.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { DocumentManager } from '../document/manager';
import { exportToFile, type ExportFormat } from '../exchange/export-file';
import { FileRefused } from '../exchange/file-kind';
import { actionsCsv } from '../exchange/write-csv';
import { dispatch } from '../services/dispatch';
import type { ServiceContext } from '../services/handler';
import { drawsAndSeedOf } from './uncertainty';
import { CliError, givenFile, isJsonPath, readJsonPlan, refuseExisting, withCheckedCopy, writeOutput } from './io';
import { STATISTICS_USES, type StatisticsUse } from '../../shared/exchange/outcomes';
import { readPlan } from '../document/read';
import { newestVersion } from '../document/versions';
import type { Sqlite } from '../document/db';

function newestList(db: Sqlite) {
  const v = newestVersion(db);
  return v ? [v] : undefined;
}

interface Args {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** Runs one call of the contract through the dispatcher (the app's own checks); its value, or the CLI's one-line error. */
async function run<N extends CallName>(ctx: ServiceContext, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new CliError(r.error.message);
  return r.value as CallOutput<N>;
}

function cliFailure(e: unknown): never {
  if (e instanceof ApiFailure || e instanceof FileRefused) throw new CliError(e.message);
  throw e;
}

/** import-json and import-xlsx: document.import of the file, then document.saveAs to the new file. */
export async function importPlanCommand(a: Args, format: 'json' | 'xlsx', usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  refuseExisting(out, !!a.values.force);
  const manager = new DocumentManager(givenFile(out));
  try {
    await run({ manager, files: givenFile(input) }, 'document.import', { from: 'folder', name: basename(input), format });
    // The command line has already agreed to replace an existing file (--force).
    await run({ manager, files: givenFile(out, true) }, 'document.saveAs', {});
  } finally {
    manager.close(true);
  }
}

export async function exportCommand(a: Args, format: ExportFormat, usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  // A .klimat keeps its versions apart from the plan: sheet Uppföljning follows up the newest.
  const plan = isJsonPath(input)
    ? readJsonPlan(input)
    : await withCheckedCopy(input, (db) => ({ ...readPlan(db), versions: format === 'xlsx' ? newestList(db) : undefined }));
  const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
  if (scenarioId !== undefined && !plan.scenarios.some((s) => s.id === scenarioId)) {
    throw new CliError(`Scenariot "${scenarioId}" finns inte i planen; planens scenarier är: ${plan.scenarios.map((s) => s.id).join(', ')}.`);
  }
  if (format === 'csv' && out === '-') {
    writeOutput('-', actionsCsv(plan), false);
    return;
  }
  const uncertainty = format === 'xlsx' && a.values.uncertainty ? drawsAndSeedOf(a) : undefined;
  refuseExisting(out, !!a.values.force);
  await exportToFile(plan, format, { scenarioId, uncertainty }, resolve(out), true).catch(cliFailure);
}

export async function importBaselineCommand(a: Args, usage: string): Promise<void> {
  const [planPath, statsPath] = a.positionals;
  const municipality = a.values.municipality;
  if (!planPath || !statsPath) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  if (typeof municipality !== 'string') throw new CliError('Ange kommunen med --municipality, t.ex. --municipality Östersund eller --municipality 2380.');
  const use = a.values.as ?? 'baseline';
  if (typeof use !== 'string' || !(STATISTICS_USES as readonly string[]).includes(use)) {
    throw new CliError(`--as måste vara baseline, observed eller both (inte "${String(use)}").`);
  }
  const as = use as StatisticsUse;
  if (!existsSync(planPath)) throw new CliError(`Filen ${planPath} finns inte.`);
  const manager = new DocumentManager(givenFile(planPath));
  let fileId: string | undefined;
  try {
    await run({ manager }, 'document.open', {});
    const staged = await run({ manager, files: givenFile(statsPath) }, 'exchange.stage', { from: 'folder', name: basename(statsPath), purpose: 'statistics' });
    fileId = staged?.fileId;
    if (!fileId) throw new CliError(`Filen ${statsPath} kunde inte läsas.`);
    const preview = await run({ manager }, 'exchange.baselinePreview', { fileId, municipality, as });
    for (const w of preview.warnings) process.stderr.write(`Varning: ${w}\n`);
    await run({ manager }, 'exchange.baselineApply', { fileId, municipality, as });
    await run({ manager }, 'document.save', {});
  } finally {
    if (fileId) await dispatch({ manager }, 'exchange.discard', { fileId });
    manager.close(true);
  }
}
