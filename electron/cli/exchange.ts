// The CLI's import and export commands (issue 7): export-xlsx, export-csv, import-xlsx and
// import-baseline, over the same code the app's exchange.* calls use.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/exchange/limits';
import { describeImportProblem, type ImportProblem } from '../../shared/exchange/problems';
import { STATISTICS_USES, type StatisticsUse } from '../../shared/exchange/outcomes';
import { readSettings, currentUser } from '../app-data/settings';
import { writePlanFile } from '../document/files';
import { folderPicker } from '../document/folder-picker';
import { DocumentManager } from '../document/manager';
import { applyBaseline, previewBaseline } from '../exchange/baseline';
import { exportToFile, type ExportFormat } from '../exchange/export-file';
import { FileRefused } from '../exchange/file-kind';
import { planFromWorkbook } from '../exchange/plan-import';
import { readImportFile, type ImportedFile } from '../exchange/read-file';
import { discardStaged, stage } from '../exchange/staging';
import { actionsCsv } from '../exchange/write-csv';
import { dispatch } from '../services/dispatch';
import { CliError, isJsonPath, readJsonPlan, refuseExisting, withCheckedCopy, writeOutput } from './io';
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

const actor = () => ({ replica: readSettings().replica, user: currentUser() });

function cliFailure(e: unknown): never {
  if (e instanceof ApiFailure || e instanceof FileRefused) throw new CliError(e.message);
  throw e;
}

/** A file to import, refused by size before it is read. */
async function importFile(path: string): Promise<ImportedFile> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError(`Filen ${path} finns inte eller kan inte läsas.`);
  }
  if (size > MAX_IMPORT_BYTES) throw new CliError(tooLargeMessage(size));
  try {
    return await readImportFile(readFileSync(path), basename(path));
  } catch (e) {
    return cliFailure(e);
  }
}

function problemsLine(file: string, problems: ImportProblem[]): string {
  const more = problems.length > 1 ? ` (och ${problems.length - 1} problem till)` : '';
  return `${file} lästes inte in: ${describeImportProblem(problems[0])}${more}`;
}

export async function exportCommand(a: Args, format: ExportFormat, usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  // A .klimat keeps its versions apart from the plan: sheet Uppföljning follows up the newest.
  const plan = isJsonPath(input) ? readJsonPlan(input) : await withCheckedCopy(input, (db) => ({ ...readPlan(db), versions: format === 'xlsx' ? newestList(db) : undefined }));
  const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
  if (scenarioId !== undefined && !plan.scenarios.some((s) => s.id === scenarioId)) {
    throw new CliError(`Scenariot "${scenarioId}" finns inte i planen; planens scenarier är: ${plan.scenarios.map((s) => s.id).join(', ')}.`);
  }
  if (format === 'csv' && out === '-') {
    writeOutput('-', actionsCsv(plan), false);
    return;
  }
  refuseExisting(out, !!a.values.force);
  await exportToFile(plan, format, { scenarioId }, resolve(out), true).catch(cliFailure);
}

export async function importXlsxCommand(a: Args, usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  refuseExisting(out, !!a.values.force);
  const file = await importFile(input);
  if (file.kind !== 'xlsx') throw new CliError(`${basename(input)} är ingen Excel-arbetsbok; import-xlsx läser arbetsböcker som appen har exporterat.`);
  const r = planFromWorkbook(file.tables);
  if (!r.ok) throw new CliError(problemsLine(basename(input), r.problems));
  try {
    writePlanFile(out, r.plan, actor(), `import-xlsx ${basename(input)}`, !!a.values.force);
  } catch (e) {
    cliFailure(e);
  }
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
  if (!existsSync(planPath)) throw new CliError(`Filen ${planPath} finns inte.`);
  const staged = stage(await importFile(statsPath));
  const manager = new DocumentManager(folderPicker(dirname(resolve(planPath))));
  try {
    const opened = await dispatch({ manager }, 'document.open', { name: basename(planPath) });
    if (!opened.ok) throw new CliError(opened.error.message);
    const s = manager.require();
    try {
      const preview = previewBaseline(s, staged.id, municipality, use as StatisticsUse);
      for (const w of preview.warnings) process.stderr.write(`Varning: ${w}\n`);
      applyBaseline(s, staged.id, municipality, use as StatisticsUse);
    } catch (e) {
      cliFailure(e);
    }
    const saved = await dispatch({ manager }, 'document.save', {});
    if (!saved.ok) throw new CliError(saved.error.message);
  } finally {
    discardStaged(staged.id);
    manager.close(true);
  }
}
