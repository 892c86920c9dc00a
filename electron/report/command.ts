// The CLI's `export-pdf <in.klimat | in.json> <ut.pdf> [--scenario <id>] [--sections a,b] [--force]`,
// and `--report followup [--version <id>] [--year <y>]` for the follow-up report: the same report
// page and printing as the app, with the system's Chromium.
import { resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { parseSectionList, reportPayload, type ReportPayload } from '../../shared/report/options';
import { followUpReportPayload } from '../../shared/report/followup';
import { planAndVersion, yearOption } from '../cli/followup';
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

/** The follow-up report's payload: `--report followup [--version <id>] [--scenario <id>] [--year <y>]`. */
async function followUpPayloadOf(a: Args, input: string): Promise<ReportPayload> {
  if (a.values.sections !== undefined) throw new CliError('--sections gäller rapporten till fullmäktige; uppföljningsrapporten har alltid alla sina avsnitt.');
  const year = yearOption(a);
  const versionId = typeof a.values.version === 'string' ? a.values.version : undefined;
  const { plan, version } = await planAndVersion(input, versionId);
  const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
  const made = followUpReportPayload(plan, version, { scenarioId, year }, new Date());
  if (!made.ok) throw new CliError(made.message);
  return made.payload;
}

export async function exportPdfCommand(a: Args, usage: string): Promise<void> {
  const [input, out] = a.positionals;
  if (!input || !out) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  const kind = a.values.report ?? 'council';
  if (kind !== 'council' && kind !== 'followup') throw new CliError(`--report måste vara council eller followup (inte "${String(kind)}").`);
  if (kind === 'council' && (a.values.version !== undefined || a.values.year !== undefined)) {
    throw new CliError('--version och --year gäller uppföljningsrapporten; ange --report followup.');
  }
  refuseExisting(out, !!a.values.force);
  let payload: ReportPayload;
  if (kind === 'followup') payload = await followUpPayloadOf(a, input);
  else {
    const sections = sectionsOf(a);
    const plan = await readAnyPlan(input);
    const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
    const made = reportPayload(plan, { scenarioId, sections }, new Date());
    if (!made.ok) throw new CliError(made.message);
    payload = made.payload;
  }
  try {
    writePdfFile(await reportPdf(payload), resolve(out));
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(e.message);
    throw e;
  }
}
