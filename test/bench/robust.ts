// Hostile and very large files (issue 16): the read worker's peak memory for the workbook of
// 24 000 000 empty rows (goal ≤ 300 MB; it is refused after 200 000 rows), and the browser
// host's slowest answer to `document.status` while 200 000 rows are staged and imported
// (goal ≤ 200 ms; before, nothing was answered for the whole apply).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInWorker } from '../../electron/exchange/read-file';
import { writePlanFile } from '../../electron/document/files';
import { emptyRowsWorkbook } from '../support/empty-rows-xlsx';
import { importWhilePolling } from '../support/host-import';
import { newPlan } from '../../electron/document/new-plan';
import { startHost, stopHosts } from '../support/processes';
import type { Print } from './stats';

export async function benchRobust(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-robust-'));
  process.env.KLIMAT_DATA_DIR = join(dir, 'data');
  try {
    const { bytes, unpacked } = await emptyRowsWorkbook();
    const t = performance.now();
    const refused = await readInWorker(bytes, 'tomma-rader.xlsx', 'xlsx').then(
      () => null,
      (e: unknown) => e as Error & { peakMb?: number },
    );
    const ms = performance.now() - t;
    if (!refused) throw new Error('the workbook of empty rows was read');
    print(
      `robust: xlsx of ${Math.round(bytes.length / 1024)} KB, 24 000 000 empty rows (${Math.round(unpacked / 1024 ** 2)} MB unpacked): ` +
        `refused in ${ms.toFixed(0)} ms, read worker peak ${refused.peakMb} MB  goal ≤ 300 MB  ("${refused.message.slice(0, 50)}…")`,
    );

    const plan = join(dir, 'plan.klimat');
    writePlanFile(plan, newPlan('2480'), { replica: 'bench', user: 'bench' }, 'bench');
    const host = await startHost([plan], { env: { ...process.env } });
    try {
      const rows = 200_000;
      const r = await importWhilePolling(host, rows);
      print(
        `robust: browser host, ${rows} rows staged in ${r.stageMs.toFixed(0)} ms and applied in ${r.applyMs.toFixed(0)} ms; ` +
          `document.status answered ${r.statusCalls} times meanwhile, slowest ${r.maxStatusMs.toFixed(0)} ms  goal ≤ 200 ms`,
      );
    } finally {
      await stopHosts();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
