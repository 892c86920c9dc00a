// Chart updates in Chromium at 10 000 actions (issue 6: "charts update without flicker within
// 50 ms of an edit"). A 10 000-action plan is opened in the browser host; in Scenarier the
// effect factor and in Mål a baseline's annual change are edited through their fields, and the
// time is taken from the edit's answer arriving in the page to the redraw of the charts (the
// performance mark ChartFigure sets after chart.update): those on screen, which redraw before
// the browser paints, and all of them (those off screen redraw right after), and from the Enter
// key to the charts on screen.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../electron/report/chromium';
import { writePlanFile } from '../../electron/document/files';
import { largePlan } from '../support/large-plan';
import { median, percentile, type Print } from './stats';

const HOST = fileURLToPath(new URL('./host.cjs', import.meta.url));
const RUNS = 12;
/** A desktop window: the edited field and the first charts are on screen together. */
const VIEWPORT = { width: 1920, height: 1080 };

/** Starts the browser host on a file; resolves with its URL and the process. */
function startHost(file: string, dir: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [HOST, file, '--dir', dir, '--no-open'], {
    env: { ...process.env, KLIMAT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^KLIMAT_URL=(\S+)$/.exec(line.trim());
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`the host exited with code ${code}`)));
  });
}

/**
 * In the page, before the app loads (plain JavaScript: this file is typed for Node): when Enter
 * goes down, when each write's answer has been read, and every chart mark with whether the
 * chart was off screen (drawn right after the paint instead of before it).
 */
const INSTRUMENT = `
  window.__bench = { enter: [], answers: [], marks: [] };
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__bench.enter.push(performance.now()); }, true);
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchOriginal(input, init);
    if (/\\/api\\/(scenarios|baseline)\\.(update|create)/.test(String(input))) {
      const body = await response.clone().text();
      window.__bench.answers.push(performance.now());
      return new Response(body, { status: response.status, headers: response.headers });
    }
    return response;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'klimat:chart-drawn') window.__bench.marks.push({ at: e.startTime, deferred: !!(e.detail && e.detail.deferred) });
    }
  }).observe({ type: 'mark' });
`;

interface Recorded {
  enter: number[];
  answers: number[];
  marks: { at: number; deferred: boolean }[];
}

interface Timing {
  /** Answer → the last chart on screen redrawn. */
  onScreen: number;
  /** Answer → every chart redrawn. */
  all: number;
  /** Enter → the last chart on screen redrawn. */
  fromEnter: number;
  /** How many charts were on screen. */
  shown: number;
}

/** Commits `value` in the field and waits until `charts` charts have redrawn after the answer. */
async function editAndMeasure(page: Page, label: string, value: string, charts: number): Promise<Timing> {
  // A text field (Ångra's button names the last step, "Ångra: Effektfaktor för …", so a label alone is not enough).
  const field = page.getByRole('textbox', { name: label, exact: false }).first();
  await page.evaluate(() => {
    const b = (globalThis as unknown as { __bench: Recorded }).__bench;
    b.enter.length = 0;
    b.answers.length = 0;
    b.marks.length = 0;
  });
  await field.fill(value);
  await field.press('Enter');
  const read = () => page.evaluate(() => (globalThis as unknown as { __bench: Recorded }).__bench);
  const until = Date.now() + 10_000;
  for (;;) {
    const b = await read();
    const after = b.answers.length ? b.marks.filter((m) => m.at >= b.answers[0]) : [];
    if (after.length >= charts) {
      const visible = after.filter((m) => !m.deferred).map((m) => m.at);
      const last = visible.length ? Math.max(...visible) : b.answers[0];
      return { onScreen: last - b.answers[0], all: Math.max(...after.map((m) => m.at)) - b.answers[0], fromEnter: last - b.enter[0], shown: visible.length };
    }
    if (Date.now() > until) throw new Error(`only ${after.length} of ${charts} charts redrew after the edit of "${label}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function measure(
  print: Print,
  page: Page,
  view: string,
  label: string,
  values: [string, string],
  charts: number,
  waitIdle: () => Promise<void>,
): Promise<void> {
  await page.getByRole('link', { name: view, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: view, exact: true }).waitFor();
  await page
    .locator(`figure[data-chart] canvas`)
    .nth(charts - 1)
    .waitFor({ timeout: 60_000 });
  await waitIdle();
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await editAndMeasure(page, label, values[i % 2], charts));
    await waitIdle();
  }
  const line = (what: string, xs: number[], tail = '') =>
    print(
      `charts: ${view}, ${label}: ${what.padEnd(38)} median ${median(xs).toFixed(1)} ms, p90 ${percentile(xs, 90).toFixed(1)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})${tail}`,
    );
  line(
    `answer → ${median(runs.map((r) => r.shown))} charts on screen redrawn`,
    runs.map((r) => r.onScreen),
    '  goal ≤ 50 ms',
  );
  line(
    `answer → all ${charts} charts redrawn`,
    runs.map((r) => r.all),
  );
  line(
    'Enter → charts on screen (API incl.)',
    runs.map((r) => r.fromEnter),
  );
}

export async function benchCharts(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-charts-'));
  let host: ChildProcess | undefined;
  const browser = await launchChromium();
  try {
    const n = 10_000;
    const file = join(dir, 'large.klimat');
    writePlanFile(file, largePlan(n), { replica: 'bench', user: 'bench' }, 'bench');
    const started = await startHost(file, dir, join(dir, 'data'));
    host = started.child;
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'sv-SE' });
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    await page.goto(started.url);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    print(`charts: ${n} actions, Chromium ${browser.version()}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} edits per field`);

    // The sensitivity strip recomputes in slices after each edit; each run starts when it is done.
    const strip = async () => {
      await page.locator('.sensitivity[aria-busy="false"]').waitFor({ timeout: 60_000 });
    };
    await measure(print, page, 'Scenarier', 'Effektfaktor', ['0,9', '1'], 5, strip);
    await measure(print, page, 'Mål', 'Årlig förändring efter sista punkten', ['−1,5', '−1'], 2, async () => undefined);
  } finally {
    await browser.close();
    host?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
