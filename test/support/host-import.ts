// A large import of actions through the browser host (upload, stage, apply) while another
// client — a process of its own, so that this one's work (making and sending 20 MB of upload)
// never counts — asks `document.status` every 50 ms: how long the host keeps that client
// waiting at most. The test (host-limits.test.ts) and the bench (robust.ts) both run it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
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

/** The polling client: asks until its stdin closes, then prints the number of answers and the slowest. */
const POLLER = `
const http = require('node:http');
const [port, token] = process.argv.slice(1);
let stop = false, count = 0, max = 0;
process.stdin.on('end', () => (stop = true)).resume();
const ask = () => new Promise((resolve, reject) => {
  const t = performance.now();
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/document.status',
    headers: { 'Content-Type': 'application/json', 'X-Klimat-Token': token, 'Content-Length': 2 } }, (res) => {
    let body = ''; res.on('data', (d) => (body += d)); res.on('end', () => {
      if (!JSON.parse(body).ok) reject(new Error(body));
      count += 1; max = Math.max(max, performance.now() - t); resolve();
    });
  });
  req.on('error', reject); req.end('{}');
});
(async () => {
  while (!stop) { await ask(); await new Promise((r) => setTimeout(r, 50)); }
  process.stdout.write(JSON.stringify({ count, max }) + '\\n');
})().catch((e) => { process.stderr.write(String(e)); process.exit(1); });
`;

/** Runs `work` while the polling client asks the host; the answers it got and the slowest. */
async function polling<T>(host: HostProcess, work: () => Promise<T>, seen: { count: number; max: number }): Promise<T> {
  const client = spawn(process.execPath, ['-e', POLLER, String(host.port), host.token], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = new Promise<string>((resolve) => createInterface({ input: client.stdout! }).once('line', resolve));
  try {
    return await work();
  } finally {
    client.stdin!.end();
    const r = JSON.parse(await line) as { count: number; max: number };
    seen.count += r.count;
    seen.max = Math.max(seen.max, r.max);
  }
}

export async function importWhilePolling(host: HostProcess, rows: number): Promise<PolledImport> {
  const seen = { count: 0, max: 0 };
  const base64 = Buffer.from(actionRowsCsv(rows)).toString('base64');
  let t = performance.now();
  const staged = await polling(host, () => host.call('exchange.stage', { from: 'upload', name: 'manga.csv', base64, purpose: 'table' }), seen);
  const stageMs = performance.now() - t;
  if (!staged.ok) throw new Error(`stage: ${staged.error.message}`);
  const info = staged.value;
  if (!info) throw new Error('stage: cancelled');
  const sheet = info.sheets[0];
  const s = sheet.suggestions.actions;
  const input = {
    fileId: info.fileId,
    sheet: sheet.name,
    kind: 'actions' as const,
    headerRow: s.headerRow,
    columns: s.columns,
    unit: s.unit,
    mode: 'add' as const,
    taskId: 'stor-import',
  };
  t = performance.now();
  const applied = await polling(host, () => host.call('exchange.apply', input), seen);
  const applyMs = performance.now() - t;
  if (!applied.ok) throw new Error(`apply: ${applied.error.message}`);
  if (applied.value.status === 'cancelled') throw new Error('apply: cancelled');
  return { rows, stageMs, applyMs, statusCalls: seen.count, maxStatusMs: seen.max, added: applied.value.counts.add };
}
