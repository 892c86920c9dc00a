// The council report as PDF (issue 7; goal: a plan with 500 actions in ≤ 5 s), printed the way
// the CLI and the browser host print it: the system's Chromium through playwright, the report
// page drawn from the plan snapshot, printed twice (the second time with the page numbers in
// the table of contents). The time is split into the steps, so that a slow one shows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportPayload } from '../../shared/report/options';
import { openChromiumTab } from '../../electron/report/chromium';
import { printReport, type ReportTab } from '../../electron/report/print';
import { samplePlan } from '../../electron/document/sample';
import { largePlan } from '../support/large-plan';
import { median, type Print } from './stats';

const RUNS = 3;

export type Steps = Record<'open' | 'draw' | 'print' | 'pages' | 'total' | 'chromiumCpu', number>;

/**
 * CPU time (ms) used so far by this process's descendants (Chromium's processes), from /proc:
 * on a shared, busy machine the steadier figure beside the wall-clock time. 0 where there is no /proc.
 */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      // the process has ended meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 16; p = parent.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (ours(pid)) total += t;
  return total * 10; // USER_HZ is 100 on Linux
}

/** A Chromium tab whose steps are timed into `steps`. */
export async function timedTab(steps: Steps): Promise<ReportTab> {
  const t0 = performance.now();
  const tab = await openChromiumTab();
  steps.open += performance.now() - t0;
  const time = async <T>(key: keyof Steps, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      steps[key] += performance.now() - t;
    }
  };
  return {
    load: (p) => time('draw', () => tab.load(p)),
    setPages: (p) => time('pages', () => tab.setPages(p)),
    print: (o) => time('print', () => tab.print(o)),
    close: () => {
      steps.chromiumCpu = childrenCpuMs();
      return tab.close();
    },
  };
}

async function bench(print: Print, label: string, plan: Parameters<typeof reportPayload>[0], dir: string): Promise<void> {
  const made = reportPayload(plan, { scenarioId: 'all' }, new Date());
  if (!made.ok) throw new Error(made.message);
  const runs: Steps[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i <= RUNS; i++) {
    const steps: Steps = { open: 0, draw: 0, print: 0, pages: 0, total: 0, chromiumCpu: 0 };
    const t = performance.now();
    pdf = await printReport(() => timedTab(steps), made.payload);
    steps.total = performance.now() - t;
    if (i > 0) runs.push(steps); // the first run warms the disk cache
  }
  const file = join(dir, `${label}.pdf`);
  writeFileSync(file, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
  const m = (k: keyof Steps) => median(runs.map((r) => r[k])).toFixed(0);
  print(
    `report: ${label.padEnd(22)} total median ${m('total')} ms (runs: ${runs.map((r) => r.total.toFixed(0)).join(', ')})  — Chromium ${m('open')}, draw ${m('draw')}, draft + final print ${m('print')}, contents ${m('pages')} ms; Chromium CPU ${m('chromiumCpu')} ms; ${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB${label.startsWith('500') ? '  goal ≤ 5 000 ms' : ''}`,
  );
}

export async function benchReport(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-report-'));
  try {
    await bench(print, 'sample (28 actions)', samplePlan(), dir);
    await bench(print, '500 actions', largePlan(500), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
