// The CLI's `export-pdf <in.klimat | in.json> <ut.pdf> [--scenario <id>] [--sections a,b] [--force]`:
// the same report page and printing as the app, with the system's Chromium.
import { resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { parseSectionList, reportPayload } from '../../shared/report/options';
import type { ReportSectionId } from '../../shared/report/sections';
import { CliError, readAnyPlan, refuseExisting } from '../cli/io';
import { writePdfFile } from './export';
import { reportPdf } from './printer';

interface Args {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

function sectionsOf(a: Args): ReportSectionId[] | undefined {
  const text = a.values.sections;
  if (text === undefined) return undefined;
  const r = parseSectionList(typeof text === 'string' ? text : '');
  if (!r.ok) throw new CliError(r.message);
  return r.sections;
}

export async function exportPdfCommand(a: Args, usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  const sections = sectionsOf(a);
  refuseExisting(out, !!a.values.force);
  const plan = await readAnyPlan(input);
  const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
  const made = reportPayload(plan, { scenarioId, sections }, new Date());
  if (!made.ok) throw new CliError(made.message);
  try {
    writePdfFile(await reportPdf(made.payload), resolve(out));
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(e.message);
    throw e;
  }
}
