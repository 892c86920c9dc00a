// report.pdf and report.followupPdf: the council report and the follow-up report, rendered by
// Chromium (electron/report) from the open plan.
import { basename } from 'node:path';
import type { Plan, Version } from '../../shared/domain/types';
import { ApiFailure } from '../../shared/api/result';
import type { ExportResult } from '../../shared/exchange/outcomes';
import { reportPayload, type ReportPayload } from '../../shared/report/options';
import { followUpReportPayload } from '../../shared/report/followup';
import { toPlanDocument } from '../../shared/schema/document';
import { readPlan, readPlanSettings, readScenarios } from '../document/read';
import type { Session } from '../document/session';
import type { Sqlite } from '../document/db';
import { listVersions, readVersionPlan } from '../document/versions';
import { runTask } from '../exchange/tasks';
import { refuseExistingPdf, suggestedFollowUpPdfName, suggestedPdfName, writePdfFile } from '../report/export';
import { reportPdf } from '../report/printer';
import { pickerOf, type CallContext, type FileQuestions, type Handlers } from './handler';

type Choices = Parameters<typeof reportPayload>[1];

/** The payload for the plan as it is now, or the refusal (no such scenario, no section). */
function payloadOf(plan: Plan, choices: Choices, now: Date) {
  const made = reportPayload(plan, choices, now);
  if (!made.ok) throw new ApiFailure(made.path === 'scenarioId' ? 'notFound' : 'invalid', made.message, made.path);
  return made.payload;
}

/** Refuses bad choices before a dialog opens; they depend on the scenarios only. */
function checkChoices(s: Session, choices: Choices): void {
  const plan = { plan: readPlanSettings(s.db), scenarios: readScenarios(s.db) } as Plan;
  payloadOf(plan, choices, new Date());
}

/** The plan's adopted version `id` with its plan. */
export function versionWithPlan(db: Sqlite, id: string): Version {
  const info = listVersions(db).find((v) => v.id === id);
  if (!info) throw new ApiFailure('notFound', `Versionen "${id}" finns inte i planen.`, 'versionId');
  return { ...info, plan: toPlanDocument(readVersionPlan(db, id)) };
}

interface FollowUpChoices {
  versionId?: string;
  scenarioId?: string;
  year?: number;
}

/** The follow-up report's payload for the plan as it is now, or the refusal (no such version or scenario). */
function followUpPayloadOf(db: Sqlite, { versionId, scenarioId, year }: FollowUpChoices, now: Date) {
  const plan = readPlan(db);
  const version = versionId === undefined ? null : versionWithPlan(db, versionId);
  const made = followUpReportPayload(plan, version, { scenarioId, year }, now);
  if (!made.ok) throw new ApiFailure('notFound', made.message, made.path);
  return { plan, payload: made.payload };
}

/** Prints `payload`, and saves it in the file chosen, or hands it back as a download. */
async function savePdf(
  { file }: CallContext,
  payload: ReportPayload,
  suggested: string,
  overwrite: boolean | undefined,
  taskId: string | undefined,
): Promise<ExportResult> {
  const r = await runTask(taskId, async (task) => {
    if (file === undefined) {
      // No file asked for (the browser host): the browser saves it where the user keeps downloads.
      const bytes = await reportPdf(payload, task);
      return { status: 'download' as const, fileName: suggested, mime: 'application/pdf', base64: bytes.toString('base64') };
    }
    if (!file) return { status: 'cancelled' as const };
    if (!overwrite && !file.replaceAgreed) refuseExistingPdf(file.path);
    const bytes = await reportPdf(payload, task);
    task.check();
    writePdfFile(bytes, file.path);
    return { status: 'saved' as const, fileName: basename(file.path) };
  });
  return r === 'cancelled' ? { status: 'cancelled' } : r;
}

export const reportFiles = {
  'report.pdf': (ctx, { scenarioId, sections, name }) => {
    const s = ctx.manager.require();
    checkChoices(s, { scenarioId, sections });
    // The browser host without a name: the PDF comes back as a download.
    if (pickerOf(ctx).picker === 'names' && !name) return null;
    return { kind: 'export', name, format: 'pdf', suggested: suggestedPdfName({ plan: readPlanSettings(s.db) }, new Date()) };
  },
  'report.followupPdf': (ctx, { versionId, scenarioId, year, name }) => {
    const s = ctx.manager.require();
    const now = new Date();
    // Refused before a dialog opens: an unknown version or scenario.
    const { plan, payload } = followUpPayloadOf(s.db, { versionId, scenarioId, year }, now);
    if (pickerOf(ctx).picker === 'names' && !name) return null;
    return { kind: 'export', name, format: 'pdf', suggested: suggestedFollowUpPdfName(plan, payload.followUp.year, now) };
  },
} satisfies FileQuestions;

export const reportHandlers = {
  'report.pdf': async (ctx, { scenarioId, sections, overwrite, taskId }) => {
    const plan = readPlan(ctx.manager.require().db);
    const now = new Date();
    const payload = payloadOf(plan, { scenarioId, sections }, now);
    return savePdf(ctx, payload, suggestedPdfName(plan, now), overwrite, taskId);
  },
  'report.followupPdf': async (ctx, { versionId, scenarioId, year, overwrite, taskId }) => {
    const now = new Date();
    const { plan, payload } = followUpPayloadOf(ctx.manager.require().db, { versionId, scenarioId, year }, now);
    return savePdf(ctx, payload, suggestedFollowUpPdfName(plan, payload.followUp.year, now), overwrite, taskId);
  },
} satisfies Partial<Handlers>;
