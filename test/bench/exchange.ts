// Excel export and import of a 10 000-action plan (issue 7; goals: each ≤ 3 s), as the CLI does
// them (export-xlsx, import-xlsx), and the import of 10 000 actions into an open plan through the
// API (stage, preview, apply in one transaction).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largePlan } from '../support/large-plan';
import { writePlanFile } from '../../electron/document/files';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { exportToFile } from '../../electron/exchange/export-file';
import { planFromWorkbook } from '../../electron/exchange/plan-import';
import { readImportFile } from '../../electron/exchange/read-file';
import { actionsCsv } from '../../electron/exchange/write-csv';
import { dispatch } from '../../electron/services/dispatch';
import { caller, present } from '../support/calls';
import { median, type Print } from './stats';

const RUNS = 3;
const actor = { replica: 'bench', user: 'bench' };
const runs = (xs: number[], cpu: number[]) =>
  `median ${median(xs).toFixed(0)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')}; CPU median ${median(cpu).toFixed(0)} ms)`;

/** Wall-clock and CPU time of `fn`: on a shared, busy machine the CPU time is the steadier figure. */
async function timed(fn: () => Promise<unknown>, wall: number[], cpu: number[]): Promise<void> {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  wall.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}

/** Calls typed over the contract on `manager`. */
const on = (manager: DocumentManager) => caller((name, input) => dispatch({ manager }, name, input));

export async function benchExchange(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-xlsx-'));
  process.env.KLIMAT_DATA_DIR = join(dir, 'data');
  try {
    const n = 10_000;
    const plan = largePlan(n);
    const exports: number[] = [];
    const exportsCpu: number[] = [];
    const imports: number[] = [];
    const importsCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const xlsx = join(dir, `plan-${i}.xlsx`);
      await timed(() => exportToFile(plan, 'xlsx', {}, xlsx, true), exports, exportsCpu);
      await timed(
        async () => {
          const file = await readImportFile(readFileSync(xlsx), 'plan.xlsx');
          const r = planFromWorkbook(file.tables);
          if (!r.ok) throw new Error(r.problems[0].message);
          writePlanFile(join(dir, `back-${i}.klimat`), r.plan, actor, 'bench');
        },
        imports,
        importsCpu,
      );
    }
    print(`exchange: export ${n} actions to xlsx (export-xlsx)           ${runs(exports, exportsCpu)}  goal ≤ 3000 ms`);
    print(`exchange: import that xlsx to a new plan (import-xlsx)        ${runs(imports, importsCpu)}  goal ≤ 3000 ms`);

    // 10 000 new actions from a CSV into an open plan that has none: validation, then one transaction.
    const empty = { ...plan, actions: [], financing: [], scenarios: plan.scenarios.map((s) => ({ ...s, include: [], exclude: [] })) };
    const csv = Buffer.from(actionsCsv(plan), 'utf8').toString('base64');
    const into: number[] = [];
    const intoCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writePlanFile(join(dir, `empty-${i}.klimat`), empty, actor, 'bench');
      const manager = new DocumentManager(folderPicker(dir));
      await manager.openFile(join(dir, `empty-${i}.klimat`));
      await timed(
        async () => {
          const api = on(manager);
          const staged = present(await api.value('exchange.stage', { from: 'upload', name: 'a.csv', base64: csv, purpose: 'table' }));
          const sheet = staged.sheets[0];
          const input = {
            fileId: staged.fileId,
            sheet: sheet.name,
            kind: 'actions' as const,
            headerRow: 1,
            columns: sheet.suggestions.actions.columns,
            unit: 'tkr' as const,
            mode: 'add' as const,
          };
          await api.value('exchange.preview', input);
          await api.value('exchange.apply', input);
        },
        into,
        intoCpu,
      );
      manager.close(true);
    }
    print(`exchange: import ${n} actions from CSV into an open plan (read, preview, apply)  ${runs(into, intoCpu)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
