// The council report as PDF (issue 7). Node renders it with Chromium from the plan as it is,
// for the chosen scenario and sections, and saves it through the system dialog (Electron), by
// name in the host's folder, or, in the browser host without a name, hands it back as a download.
import { z } from 'zod';
import type { ExportResult } from '../../exchange/outcomes';
import { reportChoices } from '../../report/options';
import { bool, id, num } from '../../schema/primitives';
import { read } from '../define';
import { fileName } from './document';

export const reportCalls = {
  /**
   * The follow-up report (DESIGN §8) against an adopted version (`versionId`) or, without one, the
   * plan as it is and a scenario, for the follow-up year (default: the last year with an outcome).
   */
  'report.followupPdf': read<ExportResult>()(
    z.strictObject({
      versionId: id('versionId').optional(),
      scenarioId: id('scenarioId').optional(),
      year: num('year').optional(),
      name: fileName.optional(),
      overwrite: bool('overwrite').optional(),
      taskId: id('taskId').optional(),
    }),
  ),
  'report.pdf': read<ExportResult>()(
    z.strictObject({
      ...reportChoices,
      name: fileName.optional(),
      overwrite: bool('overwrite').optional(),
      /** Lets the page ask for progress and cancel (exchange.progress, exchange.cancel). */
      taskId: id('taskId').optional(),
    }),
  ),
};
