// Follow-up (issue 14, DESIGN §8), three figures:
// - the follow-up figures (shared/followup's `followUp`, as the view, the CLI and the report compute
//   them) of 10 000 actions with 10 years of actuals (100 000 actual rows) against an adopted
//   version of the plan, changes since the version included — goal ≤ 50 ms;
// - opening Uppföljning at that size in the system Chromium against the real browser host, timed
//   in the page from the click on the navigation link to the frame where the cards and the grid's
//   rows show (the plan already loaded by Finansiering; the first opening also fetches the
//   version's plan, some 7 MB, the later ones have it) — goal ≤ 1 s;
// - the follow-up report of the sample plan as PDF, printed as the CLI and the browser host print
//   it (a fresh Chromium, the report page, draft and final print) — goal ≤ 3 s.
// Only this section: `npm run bench -- uppföljning` (or `node --expose-gc dist/node/bench.cjs uppföljning`).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../electron/report/chromium';
import { writePlanFile } from '../../electron/document/files';
import { printReport } from '../../electron/report/print';
import { samplePlan } from '../../electron/document/sample';
import { normalizePlan } from '../../shared/domain/normalize';
import type { Plan, Version } from '../../shared/domain/types';
import { chooseReference, followUp } from '../../shared/followup';
import { followUpReportPayload } from '../../shared/report/followup';
import { toPlanDocument } from '../../shared/schema/document';
import { FOLLOWUP_VERSION_ID, largeFollowUpPlan } from '../support/large-followup';
import { timedTab, type Steps } from './report';
import { median, percentile, type Print } from './stats';

const N = 10_000;
const YEARS = 10;

const ms = (xs: number[]) => `median ${median(xs).toFixed(0)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The plan as the page holds it (JSON from the host, normalised), and its version's plan as the reference. */
function asHeld(plan: Plan): { plan: Plan; version: Version } {
  const held = normalizePlan(JSON.parse(JSON.stringify(plan)) as Plan);
  const version = plan.versions!.find((v) => v.id === FOLLOWUP_VERSION_ID)!;
  return { plan: held, version: { ...version, plan: { ...version.plan, ...normalizePlan(JSON.parse(JSON.stringify(version.plan)) as Plan) } } };
}

function benchFigures(print: Print, large: Plan): void {
  const { plan, version } = asHeld(large);
  const choice = chooseReference(plan, version);
  if (!choice.ok) throw new Error(choice.message);
  const currentYear = new Date().getFullYear();
  const year = currentYear - 1;
  let sink = 0;
  collectGarbage();
  const warmUntil = performance.now() + 1_000;
  for (let k = 0; k < 3 || performance.now() < warmUntil; k++) sink += followUp(plan, choice.reference, { year, currentYear }).totals.sum.capex.planned;
  const times: number[] = [];
  let changed = 0;
  for (let k = 0; k < 20; k++) {
    const t0 = performance.now();
    const r = followUp(plan, choice.reference, { year, currentYear });
    times.push(performance.now() - t0);
    sink += r.totals.sum.capex.planned;
    changed = r.changes.changed.length;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  print(
    `followup: figures of ${N} actions, ${plan.actuals!.length} actuals (${YEARS} years), against a version (${changed} actions changed since): ` +
      `median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (20 runs)  goal ≤ 50 ms`,
  );
}

function startHost(file: string, dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist/node/host.cjs'), file, '--dir', dir, '--no-open'], {
    env: { ...process.env, KLIMAT_DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^KLIMAT_URL=(\S+)$/.exec(line.trim());
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`the host ended with code ${code}`)));
  });
}

/** In the page: clicks the nav link of `route`, resolves with the time until `ready` (an expression) holds in a frame. */
function openView(page: Page, route: string, ready: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('a[href="#/${route}"]').click();
    const check = () => ((${ready}) ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  })`);
}

const FOLLOWUP_READY = `!!document.querySelector('.followup-view [data-card="spending"]') && !!document.querySelector('.followup-grid .ag-row')`;

async function benchView(print: Print, large: Plan): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-followup-'));
  const file = join(dir, 'large.klimat');
  writePlanFile(file, large, { replica: 'bench', user: 'bench' }, 'bench');
  const { url, child } = await startHost(file, dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
    page.on('crash', () => print('followup: the page crashed'));
    page.on('pageerror', (e) => print(`followup: page error ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && print(`followup: console ${m.text()}`));
    // As the views bench: from Finansiering once its grid shows, i.e. with the plan loaded.
    await page.goto(`${url}#/financing`);
    await page.locator('.financing-view .ag-row').first().waitFor({ timeout: 120_000 });
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      times.push(await openView(page, 'followup', FOLLOWUP_READY));
      // The reference the view chose must be the version (the newest), not the plan now.
      if (i === 0) {
        const chosen = await page.getByLabel('Jämför med').locator('option:checked').textContent();
        if (!chosen?.includes('Antagen av KF (bench)')) throw new Error(`Uppföljning compared with "${chosen}", not the version`);
      }
      await page.locator('a[href="#/financing"]').click();
      await page.locator('.financing-view .ag-row').first().waitFor();
    }
    print(
      `followup: open Uppföljning with ${N} actions, ${large.actuals!.length} actuals, a version (plan loaded)  ${ms(times.slice(1))}  first (fetches the version) ${times[0].toFixed(0)} ms  goal ≤ 1 000 ms`,
    );
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sample plan a year on: adopted as a version, T-01's investment raised, actuals for two years. */
function sampleInFollowUp(): { plan: Plan; version: Version } {
  const sample = samplePlan();
  const year = new Date().getFullYear() - 1;
  const version: Version = {
    id: 'v-sample',
    name: 'Antagen av KF (bench)',
    adoptedOn: `${year - 1}-06-15`,
    decisionRef: 'KS 1/1',
    scenarioId: 'decided',
    plan: toPlanDocument(sample),
  };
  const [t01, t02] = sample.actions;
  const plan: Plan = {
    ...sample,
    actions: sample.actions.map((a) => (a.id === t01.id ? { ...a, capexSek: 200_000_000 } : a)),
    actuals: [
      { actionId: t01.id, year: year - 1, capexSek: 40_000_000, effectTonsCo2e: 900 },
      { actionId: t01.id, year, capexSek: 55_000_000, opexSek: 1_250_000 },
      { actionId: t02.id, year, capexSek: 3_000_000 },
    ],
    versions: [version],
  };
  return { plan, version };
}

async function benchPdf(print: Print): Promise<void> {
  const { plan, version } = sampleInFollowUp();
  const made = followUpReportPayload(plan, version, {}, new Date());
  if (!made.ok) throw new Error(made.message);
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-followup-pdf-'));
  try {
    const runs: Steps[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let i = 0; i <= 3; i++) {
      const steps: Steps = { open: 0, draw: 0, print: 0, pages: 0, total: 0, chromiumCpu: 0 };
      const t = performance.now();
      pdf = await printReport(() => timedTab(steps), made.payload);
      steps.total = performance.now() - t;
      if (i > 0) runs.push(steps); // the first run warms the disk cache
    }
    const out = join(dir, 'followup.pdf');
    writeFileSync(out, pdf);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1] ?? '?';
    const m = (k: keyof Steps) => median(runs.map((r) => r[k])).toFixed(0);
    print(
      `followup: report PDF of the sample (28 actions, 3 actuals, a version)  total median ${m('total')} ms (runs: ${runs.map((r) => r.total.toFixed(0)).join(', ')})  — ` +
        `Chromium ${m('open')}, draw ${m('draw')}, draft + final print ${m('print')}, contents ${m('pages')} ms; Chromium CPU ${m('chromiumCpu')} ms; ${pages} pages  goal ≤ 3 000 ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchFollowUp(print: Print): Promise<void> {
  const large = largeFollowUpPlan(N, YEARS);
  benchFigures(print, large);
  await benchView(print, large);
  await benchPdf(print);
}
