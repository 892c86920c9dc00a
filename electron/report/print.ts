// Printing the report page to PDF, whichever Chromium does it (Electron's own, or the system's
// through playwright): load the page with the payload, print a draft, read from it the page
// every section starts on, write the numbers into the table of contents and print the report.
// The numbers take room reserved from the start, so the pages stay where the draft had them;
// the final PDF is read again to make sure. The draft leaves out the PDF's structure tags and
// outline, which only help readers of the final file and take most of the printing time.
import type { ReportPayload } from '../../shared/report/options';
import type { SectionPages } from '../../shared/report/bridge';
import { footerTemplate, headerTemplate, PAGE_MARGINS_MM, type FrameText } from '../../shared/report/frame';
import { sectionAnchor } from '../../shared/report/sections';
import { followUpLabel } from '../../shared/report/followup';
import type { Task } from '../exchange/tasks';
import { namedDestinationPages } from './pdf-pages';

/** What a printer needs from its browser: one page with the report in it. */
export interface ReportTab {
  /** Draws the report (window.klimatReport.load); resolves when it can be printed. */
  load(payload: ReportPayload): Promise<void>;
  setPages(pages: SectionPages): Promise<void>;
  print(options: PrintOptions): Promise<Buffer>;
  close(): Promise<void>;
}

export type OpenTab = () => Promise<ReportTab>;

export interface PrintOptions {
  headerTemplate: string;
  footerTemplate: string;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** The final print: tagged (for screen readers) and with an outline of the headings. */
  tagged: boolean;
}

export function printOptions(payload: ReportPayload): PrintOptions {
  const p = payload.plan.plan;
  const scenario = payload.plan.scenarios.find((s) => s.id === payload.scenarioId);
  const frame: FrameText = {
    municipality: p.municipality,
    title: p.title,
    scenarioName: scenario?.name ?? payload.scenarioId,
    date: payload.date,
    ...(payload.followUp ? { label: followUpLabel(payload.followUp) } : {}),
  };
  return { headerTemplate: headerTemplate(frame), footerTemplate: footerTemplate(frame), margins: { ...PAGE_MARGINS_MM }, tagged: true };
}

/** The page each chosen section starts on, from a printed PDF; empty when it cannot be read. */
export function sectionPages(pdf: Buffer, payload: ReportPayload): SectionPages {
  const dests = namedDestinationPages(pdf);
  const out: SectionPages = {};
  for (const id of payload.followUp?.sections ?? payload.sections) {
    const page = dests.get(sectionAnchor(id));
    if (page === undefined) return {};
    out[id] = page;
  }
  return out;
}

const samePages = (a: SectionPages, b: SectionPages) => JSON.stringify(a) === JSON.stringify(b);

/** The report as PDF bytes. Stops at the next step when the task is cancelled; the tab is always closed. */
export async function printReport(open: OpenTab, payload: ReportPayload, task?: Task): Promise<Buffer> {
  const options = printOptions(payload);
  await task?.report('write');
  const tab = await open();
  try {
    task?.check();
    await tab.load(payload);
    task?.check();
    let pages = sectionPages(await tab.print({ ...options, tagged: false }), payload);
    task?.check();
    if (Object.keys(pages).length === 0) return await tab.print(options);
    let pdf: Buffer = Buffer.alloc(0);
    // Once, and once more should a number ever move a section after all.
    for (let pass = 0; pass < 2; pass++) {
      await tab.setPages(pages);
      task?.check();
      pdf = await tab.print(options);
      const after = sectionPages(pdf, payload);
      if (samePages(after, pages)) break;
      pages = after;
    }
    task?.check();
    return pdf;
  } finally {
    await tab.close().catch(() => undefined);
  }
}
