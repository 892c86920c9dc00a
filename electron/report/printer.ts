// Which Chromium prints the report: the system's through playwright by default (CLI, browser
// host), Electron's own when electron/main.ts says so at start-up.
import type { ReportPayload } from '../../shared/report/options';
import type { Task } from '../exchange/tasks';
import { openChromiumTab } from './chromium';
import { printReport, type OpenTab } from './print';

let opener: OpenTab | null = null;

export function setReportTabOpener(open: OpenTab): void {
  opener = open;
}

export function reportPdf(payload: ReportPayload, task?: Task): Promise<Buffer> {
  return printReport(opener ?? (() => openChromiumTab()), payload, task);
}
