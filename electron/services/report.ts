// report.pdf: the council report, rendered by Chromium (electron/report) from the open plan.
import { basename } from 'node:path';
import type { Plan } from '../../shared/domain/types';
import { ApiFailure } from '../../shared/api/result';
import { reportPayload } from '../../shared/report/options';
import { readPlan, readPlanSettings, readScenarios } from '../document/read';
import type { Session } from '../document/session';
import { runTask } from '../exchange/tasks';
import { refuseExistingPdf, suggestedPdfName, writePdfFile } from '../report/export';
import { reportPdf } from '../report/printer';
import { pickerOf, type FileQuestions, type Handlers } from './handler';

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

export const reportFiles = {
  'report.pdf': (ctx, { scenarioId, sections, name }) => {
    const s = ctx.manager.require();
    checkChoices(s, { scenarioId, sections });
    // The browser host without a name: the PDF comes back as a download.
    if (pickerOf(ctx).picker === 'names' && !name) return null;
    return { kind: 'export', name, format: 'pdf', suggested: suggestedPdfName({ plan: readPlanSettings(s.db) }, new Date()) };
  },
} satisfies FileQuestions;

export const reportHandlers = {
  'report.pdf': async ({ manager, file }, { scenarioId, sections, overwrite, taskId }) => {
    const plan = readPlan(manager.require().db);
    const now = new Date();
    const payload = payloadOf(plan, { scenarioId, sections }, now);
    const r = await runTask(taskId, async (task) => {
      if (file === undefined) {
        const bytes = await reportPdf(payload, task);
        return { status: 'download' as const, fileName: suggestedPdfName(plan, now), mime: 'application/pdf', base64: bytes.toString('base64') };
      }
      if (!file) return { status: 'cancelled' as const };
      if (!overwrite && !file.replaceAgreed) refuseExistingPdf(file.path);
      const bytes = await reportPdf(payload, task);
      task.check();
      writePdfFile(bytes, file.path);
      return { status: 'saved' as const, fileName: basename(file.path) };
    });
    return r === 'cancelled' ? { status: 'cancelled' } : r;
  },
} satisfies Partial<Handlers>;
