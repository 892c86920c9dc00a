// Open (gate in a child process + working copy) and save (VACUUM INTO, fsync, check, rename) of
// a 10 000-action plan: the figures issue 3 asks for (goals: open ≤ 1 s, save ≤ 500 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largePlan } from '../support/large-plan';
import { writePlanFile } from '../../electron/document/files';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { readPlan } from '../../electron/document/read';
import { median, type Print } from './stats';

export async function benchDocument(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-'));
  process.env.KLIMAT_DATA_DIR = join(dir, 'data');
  try {
    const n = 10_000;
    const file = join(dir, 'large.klimat');
    let t = performance.now();
    writePlanFile(file, largePlan(n), { replica: 'bench', user: 'bench' }, 'bench');
    print(`document: create a ${n}-action file from a plan          ${(performance.now() - t).toFixed(0)} ms`);

    const manager = new DocumentManager(folderPicker(dir));
    const opens: number[] = [];
    const saves: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await manager.openFile(file);
      opens.push(performance.now() - t);
      t = performance.now();
      readPlan(manager.require().db);
      reads.push(performance.now() - t);
      manager.require().write((b) => b.update('plan', 'plan', { title: `Bench ${i}` }));
      t = performance.now();
      manager.save();
      saves.push(performance.now() - t);
      manager.close();
    }
    print(
      `document: open ${n} actions (validate + working copy)   median ${median(opens).toFixed(0)} ms  (runs: ${opens.map((x) => x.toFixed(0)).join(', ')})  goal ≤ 1000 ms`,
    );
    print(`document: read the whole plan (plan.snapshot)            median ${median(reads).toFixed(0)} ms`);
    print(
      `document: save ${n} actions (atomic)                    median ${median(saves).toFixed(0)} ms  (runs: ${saves.map((x) => x.toFixed(0)).join(', ')})  goal ≤ 500 ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
