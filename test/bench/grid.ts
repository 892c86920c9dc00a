// The Åtgärder grid with 10 000 actions, measured in the system Chromium against the real
// browser host (issue 5's goals): opening the view ≤ 1 s, a cell edit shown with its computed
// columns and totals within one frame (issue 15: shown before Node answers) and confirmed by
// Node ≤ 50 ms, a paste of 1 000 × 5 cells applied ≤ 1 s; and the frame times while scrolling. Each figure is timed inside the page (performance.now() from the key
// or click to the frame where the DOM shows the result), so Playwright's own round trips do
// not count. Run from the repository root: `node dist/node/bench.cjs grid`.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../electron/report/chromium';
import { writePlanFile } from '../../electron/document/files';
import { largePlan } from '../support/large-plan';
import { startHost } from './browser-host';
import { median, medianMs, percentile, type Print } from './stats';

const N = 10_000;
const RUNS = 5;
/** Cell edits are short and timed to frames (16.7 ms steps): more of them give a steady median. */
const EDIT_RUNS = 15;

// The code run in the page is written as text: the Node side has no DOM types.

/** In the page: clicks the nav link and resolves with the time until the grid shows its rows. */
function openActionsView(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('a[href="#/actions"]').click();
    const check = () => {
      const status = document.querySelector('.actions-grid .sheet-status')?.textContent ?? '';
      if (document.querySelector('.actions-grid .ag-grid-scrolling-container .ag-row[row-index="0"]') && /10\\s000/.test(status)) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Arms a watch in the page: from the next keydown of `key` to the first frame where `done` (an expression) holds. */
function armWatch(page: Page, key: string, done: string): Promise<unknown> {
  return page.evaluate(`{
    globalThis.__bench = new Promise((resolve) => {
      const onKey = (e) => {
        if (e.key !== ${JSON.stringify(key)}) return;
        window.removeEventListener('keydown', onKey, true);
        const t0 = performance.now();
        const check = () => ((${done}) ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      };
      window.addEventListener('keydown', onKey, true);
    });
    true;
  }`);
}

const watched = (page: Page) => page.evaluate('globalThis.__bench') as Promise<number>;
const textOf = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.textContent`;

const CELL = (col: string) => `.actions-grid .ag-grid-scrolling-container .ag-row[row-index="0"] .ag-cell[col-id="${col}"]`;
const TOTAL = (col: string) => `.actions-grid .ag-row-pinned .ag-cell[col-id="${col}"]`;

/**
 * Arms a watch for one cell edit: from the Enter that stores it to the first frame that shows
 * the value with its NPV and totals (shown), and to the first frame after Node's answer to the
 * edit's call has come in (confirmed; read from the page's resource timings).
 */
function armEditWatch(page: Page, done: string, call: string): Promise<unknown> {
  return page.evaluate(`{
    globalThis.__bench = new Promise((resolve) => {
      const onKey = (e) => {
        if (e.key !== 'Enter') return;
        window.removeEventListener('keydown', onKey, true);
        const t0 = performance.now();
        let shown = null;
        const answered = () => performance.getEntriesByType('resource').some((r) => r.name.endsWith(${JSON.stringify(`/api/${call}`)}) && r.startTime >= t0 && r.responseEnd > 0);
        const check = () => {
          if (shown === null && (${done})) shown = performance.now() - t0;
          if (shown !== null && answered()) resolve({ shown, confirmed: performance.now() - t0 });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      window.addEventListener('keydown', onKey, true);
    });
    true;
  }`);
}

async function editOnce(page: Page, value: string): Promise<{ shown: number; confirmed: number }> {
  const [npv, total] = (await page.evaluate(`[${textOf(CELL('npvSek'))}, ${textOf(TOTAL('capexSek'))}]`)) as string[];
  await page.locator(CELL('capexSek')).click();
  await page.keyboard.type(value);
  await armEditWatch(
    page,
    `${textOf(CELL('npvSek'))} !== ${JSON.stringify(npv)} && ${textOf(TOTAL('capexSek'))} !== ${JSON.stringify(total)}`,
    'actions.update',
  );
  await page.keyboard.press('Enter');
  const r = (await page.evaluate('globalThis.__bench')) as { shown: number; confirmed: number };
  // The resource timings of the page's calls would otherwise fill its buffer.
  await page.evaluate('performance.clearResourceTimings()');
  return r;
}

async function pasteOnce(page: Page, rows: number, seed: number): Promise<number> {
  // Five editable columns from the effect on: effect, share, capex, opex, savings.
  const lines = Array.from({ length: rows }, (_, i) => [`${(i % 90) + seed}`, '5 %', `${i + seed} tkr`, `${(i % 50) + 1}`, `${i % 7}`].join('\t'));
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(lines.join('\r\n'))})`);
  await page.locator(CELL('effectTonsPerYear')).click();
  await armWatch(page, 'v', `${textOf(CELL('capexSek'))} === '${seed}' && /Klistrade in/.test(${textOf('.actions-grid .sheet-status')} ?? '')`);
  await page.keyboard.press('Control+v');
  return watched(page);
}

/**
 * Spara of the 10 000-action plan, and four values typed while Node writes it: the longest task
 * the page ran meanwhile (PerformanceObserver 'longtask': tasks over 50 ms; 0 when there were none).
 */
async function typingDuringSave(page: Page, seed: number): Promise<number> {
  await page.locator(CELL('capexSek')).click();
  await page.evaluate(`{
    globalThis.__long = [];
    globalThis.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__long.push(e.duration); });
    globalThis.__observer.observe({ type: 'longtask' });
    true;
  }`);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/document.save'));
  await page.keyboard.press('Control+s');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.type(String(seed + i));
    await page.keyboard.press('Enter');
  }
  await saved;
  await page.waitForFunction(`document.querySelector(${JSON.stringify(CELL('capexSek'))}) !== null`);
  return (await page.evaluate('globalThis.__observer.disconnect(), Math.max(0, ...globalThis.__long)')) as number;
}

/** Scrolls the grid for two seconds, one step per frame, and returns the frame intervals. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const body = document.querySelector('.actions-grid .ag-body-viewport') ?? document.querySelector('.actions-grid .ag-grid-scrolling-rows');
    const frames = [];
    let last = performance.now();
    const end = last + 2000;
    const step = () => {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      body.scrollTop += 120;
      if (now < end) requestAnimationFrame(step);
      else resolve(frames.slice(1));
    };
    requestAnimationFrame(step);
  })`);
}

export async function benchGrid(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-grid-'));
  const file = join(dir, 'large.klimat');
  writePlanFile(file, largePlan(N), { replica: 'bench', user: 'bench' }, 'bench');
  const { url, child } = await startHost(file, dir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    // The plan is loaded by a view that shows it (Finansiering); then Åtgärder is opened.
    await page.goto(`${url}#/financing`);
    await page.locator('.financing-view .ag-row').first().waitFor({ timeout: 60_000 });
    const opens: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      opens.push(await openActionsView(page));
      await page.locator('a[href="#/financing"]').click();
      await page.locator('.financing-view .ag-row').first().waitFor();
    }
    // The figures are wall-clock times: on a machine shared with other work they grow with its load.
    print(`grid: machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    print(`grid: open Åtgärder with ${N} actions (plan loaded)      ${medianMs(opens)}  goal ≤ 1000 ms`);

    await page.locator('a[href="#/actions"]').click();
    await page.locator(CELL('capexSek')).waitFor();
    const edits: { shown: number; confirmed: number }[] = [];
    for (let i = 0; i < EDIT_RUNS + 2; i++) edits.push(await editOnce(page, String(1000 + i)));
    // The first edits warm the engine and the grid up.
    const shown = edits.slice(2).map((x) => x.shown);
    const confirmed = edits.slice(2).map((x) => x.confirmed);
    print(`grid: cell edit → value, NPV and totals shown            ${medianMs(shown)}  p95 ${percentile(shown, 95).toFixed(0)} ms  goal ≤ 17 ms (one frame)`);
    print(`grid: cell edit → confirmed by Node (answer applied)     ${medianMs(confirmed)}  p95 ${percentile(confirmed, 95).toFixed(0)} ms  goal ≤ 50 ms`);

    const pastes: number[] = [];
    for (let i = 0; i < 3; i++) pastes.push(await pasteOnce(page, 1_000, i + 1));
    print(`grid: paste 1 000 × 5 cells (one patch)                 ${medianMs(pastes)}  goal ≤ 1000 ms`);

    const longest: number[] = [];
    for (let i = 0; i < 3; i++) longest.push(await typingDuringSave(page, 500 + 10 * i));
    print(`grid: typing during Spara of ${N} actions, longest task   ${medianMs(longest)}  goal ≤ 50 ms`);

    const frames = await scrollFrames(page);
    print(
      `grid: scrolling, frame interval                          median ${median(frames).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(0)} ms (${frames.length} frames)`,
    );
    await context.close();
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
