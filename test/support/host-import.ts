// A large import of actions through the browser host (upload, stage, apply) while another
// client asks `document.status` every 50 ms: how long the host keeps that client waiting at
// most. The test (host-limits.test.ts) and the bench (exchange.ts) both run it.
import type { HostProcess } from './processes';

/** A CSV of `rows` new actions, as a user's own sheet would have them. */
export function actionRowsCsv(rows: number): string {
  const lines = ['Kod;Namn;Sektor;Status;Startår;Investering (tkr);Effekt (t/år)'];
  for (let i = 1; i <= rows; i++) lines.push(`IMP-${i};Importerad åtgärd ${i};Transporter;Idé;2030;${i % 1000};${i % 50}`);
  return `${lines.join('\r\n')}\r\n`;
}

export interface PolledImport {
  rows: number;
  stageMs: number;
  applyMs: number;
  /** document.status calls answered while staging and applying, and the slowest answer. */
  statusCalls: number;
  maxStatusMs: number;
  added: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function polling<T>(host: HostProcess, work: Promise<T>, latencies: number[]): Promise<T> {
  let done = false;
  const poller = (async () => {
    while (!done) {
      const t = performance.now();
      const r = await host.call('document.status');
      latencies.push(performance.now() - t);
      if (!r.ok) throw new Error(`document.status: ${r.error.message}`);
      await sleep(50);
    }
  })();
  try {
    return await work;
  } finally {
    done = true;
    await poller;
  }
}

export async function importWhilePolling(host: HostProcess, rows: number): Promise<PolledImport> {
  const latencies: number[] = [];
  const base64 = Buffer.from(actionRowsCsv(rows)).toString('base64');
  let t = performance.now();
  const staged = await polling(host, host.call<{ fileId: string; sheets: { name: string; suggestions: { actions: { headerRow: number; columns: (string | null)[]; unit: string } } }[] }>('exchange.stage', { from: 'upload', name: 'manga.csv', base64, purpose: 'table' }), latencies);
  const stageMs = performance.now() - t;
  if (!staged.ok) throw new Error(`stage: ${staged.error.message}`);
  const sheet = staged.value.sheets[0];
  const s = sheet.suggestions.actions;
  const input = { fileId: staged.value.fileId, sheet: sheet.name, kind: 'actions', headerRow: s.headerRow, columns: s.columns, unit: s.unit, mode: 'add', taskId: 'stor-import' };
  t = performance.now();
  const applied = await polling(host, host.call<{ status: string; counts: { add: number } }>('exchange.apply', input), latencies);
  const applyMs = performance.now() - t;
  if (!applied.ok) throw new Error(`apply: ${applied.error.message}`);
  return { rows, stageMs, applyMs, statusCalls: latencies.length, maxStatusMs: Math.max(...latencies), added: applied.value.counts.add };
}
