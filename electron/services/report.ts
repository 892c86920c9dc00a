// report.pdf and report.followupPdf: the council report and the follow-up report, rendered by
// Chromium (electron/report) from the open plan.
import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { reportPayload, type ReportPayload } from '../../shared/report/options';
import { followUpReportPayload } from '../../shared/report/followup';
import type { Plan } from '../../shared/domain/types';
import { toPlanDocument } from '../../shared/schema/document';
import { readPlan } from '../document/read';
import { listVersions, readVersionPlan } from '../document/versions';
import type { DocumentManager } from '../document/manager';
import { runTask } from '../exchange/tasks';
import { refuseExistingPdf, suggestedFollowUpPdfName, suggestedPdfName, writePdfFile } from '../report/export';
import { reportPdf } from '../report/printer';
import type { Handlers } from './handler';
import type { ExportResult } from '../../shared/exchange/outcomes';

interface Saving {
  name?: string;
  overwrite?: boolean;
  taskId?: string;
}

/** Prints `payload` and saves it through the dialog, by name in the folder, or hands it back as a download. */
async function savePdf(manager: DocumentManager, payload: ReportPayload, suggested: string, { name, overwrite, taskId }: Saving): Promise<ExportResult> {
  const files = manager.files;
  const r = await runTask(taskId, async (task) => {
    if (files.picker === 'names' && !name) {
      // The browser host: the browser saves it where the user keeps downloads.
      const bytes = await reportPdf(payload, task);
      return { status: 'download' as const, fileName: suggested, mime: 'application/pdf', base64: bytes.toString('base64') };
    }
    const target = await files.chooseExport(name, suggested, 'pdf');
    if (!target) return { status: 'cancelled' as const };
    // A system dialog has already asked whether to replace an existing file.
    if (!overwrite && files.picker !== 'dialog') refuseExistingPdf(target);
    const bytes = await reportPdf(payload, task);
    task.check();
    writePdfFile(bytes, target);
    return { status: 'saved' as const, fileName: basename(target) };
  });
  return r === 'cancelled' ? { status: 'cancelled' } : r;
}

/** The plan's adopted version `id` with its plan. */
export function versionWithPlan(plan: Plan, db: Parameters<typeof listVersions>[0], id: string) {
  const info = listVersions(db).find((v) => v.id === id);
  if (!info) throw new ApiFailure('notFound', `Versionen "${id}" finns inte i planen.`, 'versionId');
  return { ...info, plan: toPlanDocument(readVersionPlan(db, id)) };
}

export const reportHandlers = {
  'report.pdf': async ({ manager }, { scenarioId, sections, ...saving }) => {
    const s = manager.require();
    const plan = readPlan(s.db);
    const now = new Date();
    const made = reportPayload(plan, { scenarioId, sections }, now);
    if (!made.ok) throw new ApiFailure(made.path === 'scenarioId' ? 'notFound' : 'invalid', made.message, made.path);
    return savePdf(manager, made.payload, suggestedPdfName(plan, now), saving);
  },
  'report.followupPdf': async ({ manager }, { versionId, scenarioId, year, ...saving }) => {
    const s = manager.require();
    const plan = readPlan(s.db);
    const now = new Date();
    const version = versionId === undefined ? null : versionWithPlan(plan, s.db, versionId);
    const made = followUpReportPayload(plan, version, { scenarioId, year }, now);
    if (!made.ok) throw new ApiFailure('notFound', made.message, made.path);
    return savePdf(manager, made.payload, suggestedFollowUpPdfName(plan, made.payload.followUp.year, now), saving);
  },
} satisfies Partial<Handlers>;
