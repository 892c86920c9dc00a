// The report page's entry. It never fetches: Node loads this page, hands it the plan snapshot
// and the user's choices through window.klimatReport.load(), waits until the page says it is
// ready (all chart images decoded, fonts loaded), prints, and may then hand it the page each
// section starts on (setPages) for the table of contents, and print again. See
// shared/report/bridge.ts for the protocol; the same in Electron and in playwright.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  BRIDGE_GLOBAL,
  ERROR_ATTRIBUTE,
  REVISION_ATTRIBUTE,
  STATE_ATTRIBUTE,
  type ReportBridge,
  type ReportState,
  type SectionPages,
} from '../../shared/report/bridge';
import type { ReportPayload } from '../../shared/report/options';
import { chartImage } from './chart-image';
import { hyphenateTables } from './hyphenate-tables';
import { prepare, type ChartKey, type Images, type ReportChart, type ReportData } from './prepare';
import { Report } from './Report';
import { FollowUpReport } from './followup/FollowUpReport';
import { prepareFollowUp, type FollowUpData } from './followup/prepare';
import type { FollowUpImages } from './followup/sections';
import './report.css';

const html = document.documentElement;
const container = document.getElementById('report');
if (!container) throw new Error('report.html has no #report');
const root = createRoot(container);

let revision = 0;
let current: { data: ReportData; images: Images } | { followUp: FollowUpData; images: FollowUpImages } | null = null;

function setState(state: ReportState, error?: string): void {
  html.dataset[STATE_ATTRIBUTE] = state;
  if (error !== undefined) html.dataset[ERROR_ATTRIBUTE] = error;
}

/** Resolves when every image has been decoded and the fonts are loaded: what print needs. */
async function settled(): Promise<void> {
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
}

async function guarded(work: () => Promise<void>): Promise<void> {
  setState('drawing');
  try {
    await work();
    revision += 1;
    html.dataset[REVISION_ATTRIBUTE] = String(revision);
    setState('ready');
  } catch (e) {
    setState('error', e instanceof Error ? e.message : String(e));
    throw e;
  }
}

function render(pages: SectionPages | null): void {
  if (!current) throw new Error('setPages before load');
  const c = current;
  if ('followUp' in c) flushSync(() => root.render(<FollowUpReport data={c.followUp} images={c.images} pages={pages} />));
  else flushSync(() => root.render(<Report data={c.data} images={c.images} pages={pages} />));
  hyphenateTables(container!);
}

const bridge: ReportBridge = {
  load: (payload: ReportPayload) =>
    guarded(async () => {
      if (payload.followUp) {
        const followUp = prepareFollowUp(payload);
        const images: FollowUpImages = {};
        for (const [id, chart] of Object.entries(followUp.charts) as [keyof FollowUpImages, ReportChart][]) {
          if (!chart.model.empty) images[id] = await chartImage(chart.model, chart.height);
        }
        current = { followUp, images };
        const p = payload.plan.plan;
        document.title = `Uppföljning ${payload.followUp.year} – ${p.municipality}`;
        render(null);
        await settled();
        return;
      }
      const data = prepare(payload);
      const images: Images = {};
      for (const [id, chart] of Object.entries(data.charts) as [ChartKey, ReportChart | undefined][]) {
        if (chart && !chart.model.empty) images[id] = await chartImage(chart.model, chart.height);
      }
      current = { data, images };
      const p = payload.plan.plan;
      document.title = `${p.title || 'Klimatinvesteringsplan'} – ${p.municipality}`;
      render(null);
      await settled();
    }),
  setPages: (pages: SectionPages) =>
    guarded(async () => {
      render(pages);
      await settled();
    }),
};

(window as unknown as Record<string, ReportBridge>)[BRIDGE_GLOBAL] = bridge;
window.addEventListener('error', (e) => setState('error', e.message));
window.addEventListener('unhandledrejection', (e) => setState('error', String(e.reason instanceof Error ? e.reason.message : e.reason)));
setState('waiting');
