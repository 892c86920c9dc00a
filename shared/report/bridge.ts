// How Node and the report page talk, the same from playwright and from Electron: Node loads the
// page, calls `window.klimatReport.load(payload)` (never a path or a fetch: the page gets the
// plan snapshot as data), waits until the page says it is drawn, prints, and may then give it
// the page each section starts on (`setPages`) and print again. The page reports its state in
// attributes of <html>, which both hosts can poll.
import type { ReportSectionId } from './sections';
import type { FollowUpSectionId } from './followup';
import type { ReportPayload } from './options';

export const REPORT_PAGE = 'report.html';

/** `<html data-report-state>`: waiting (for load), drawing, ready, error. */
export const STATE_ATTRIBUTE = 'reportState';
/** `<html data-report-revision>`: counts the loads and setPages the page has finished. */
export const REVISION_ATTRIBUTE = 'reportRevision';
/** `<html data-report-error>`: what went wrong, when the state is error. */
export const ERROR_ATTRIBUTE = 'reportError';

export type ReportState = 'waiting' | 'drawing' | 'ready' | 'error';

/** The page a section starts on (1-based), from the first printing. */
export type SectionPages = Partial<Record<ReportSectionId | FollowUpSectionId, number>>;

export interface ReportBridge {
  /** Draws the report; resolves when it is ready to print. */
  load(payload: ReportPayload): Promise<void>;
  /** Writes the page numbers into the table of contents. */
  setPages(pages: SectionPages): Promise<void>;
}

export const BRIDGE_GLOBAL = 'klimatReport';
