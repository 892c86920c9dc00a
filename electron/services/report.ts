// report.pdf: the council report, rendered by Chromium (electron/report) from the open plan.
import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { reportPayload } from '../../shared/report/options';
import { readPlan } from '../document/read';
import { runTask } from '../exchange/tasks';
import { refuseExistingPdf, suggestedPdfName, writePdfFile } from '../report/export';
import { reportPdf } from '../report/printer';
import type { Handlers } from './handler';

export const reportHandlers = {
  'report.pdf': async ({ manager }, { scenarioId, sections, name, overwrite, taskId }) => {
    const s = manager.require();
    const plan = readPlan(s.db);
    const now = new Date();
    const made = reportPayload(plan, { scenarioId, sections }, now);
    if (!made.ok) throw new ApiFailure(made.path === 'scenarioId' ? 'notFound' : 'invalid', made.message, made.path);
    const suggested = suggestedPdfName(plan, now);
    const files = manager.files;
    const r = await runTask(taskId, async (task) => {
      if (files.picker === 'names' && !name) {
        // The browser host: the browser saves it where the user keeps downloads.
        const bytes = await reportPdf(made.payload, task);
        return { status: 'download' as const, fileName: suggested, mime: 'application/pdf', base64: bytes.toString('base64') };
      }
      const target = await files.chooseExport(name, suggested, 'pdf');
      if (!target) return { status: 'cancelled' as const };
      // A system dialog has already asked whether to replace an existing file.
      if (!overwrite && files.picker !== 'dialog') refuseExistingPdf(target);
      const bytes = await reportPdf(made.payload, task);
      task.check();
      writePdfFile(bytes, target);
      return { status: 'saved' as const, fileName: basename(target) };
    });
    return r === 'cancelled' ? { status: 'cancelled' } : r;
  },
} satisfies Partial<Handlers>;
