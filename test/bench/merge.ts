// Sammanfoga med…: two copies of a 10 000-action plan, 1 000 changes in each (a few on the same
// fields, a few deleted and added actions), merged as the app does it — the other file through
// the open gate, the preview with its trial runs of the merged plan, and the apply with every
// conflict settled (issue 8; goal ≤ 2 s).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Action } from '../../shared/domain/types';
import { writePlanFile } from '../../electron/document/files';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { applyMerge, previewMerge } from '../../electron/merge/review';
import { dispatch } from '../../electron/services/dispatch';
import { largePlan, prng } from '../support/large-plan';
import { caller } from '../support/calls';
import { median, type Print } from './stats';

const N = 10_000;
const CHANGES = 1_000;

/** 1 000 changes in one copy: edited fields (some shared with the other copy), deletions, new actions. */
async function edit(m: DocumentManager, actions: Action[], seed: number, who: string): Promise<void> {
  const r = prng(seed);
  const call = caller((name, input) => dispatch({ manager: m }, name, input)).value;
  // The first 50 actions are edited in both copies (conflicts); 900 others in one copy or both.
  const picked = new Set<number>(Array.from({ length: 50 }, (_, i) => i));
  while (picked.size < 950) picked.add(50 + Math.floor(r() * (N - 100)));
  const rows = [...picked].map((i) => ({ id: actions[i].id, changes: { capexSek: Math.round(r() * 1e9), notes: `${who} ${i}` } as Partial<Action> }));
  for (let i = 0; i < rows.length; i += 100) await call('actions.patch', { rows: rows.slice(i, i + 100) });
  for (let i = 0; i < 25; i++) await call('actions.delete', { id: actions[N - 1 - i - (who === 'B' ? 25 : 0)].id });
  for (let i = 0; i < 25; i++) await call('actions.create', { id: `${who}-${i}`, values: { name: `Ny åtgärd ${who}${i}`, capexSek: 1_000_000 } });
}

async function opened(dir: string, name: string): Promise<DocumentManager> {
  const m = new DocumentManager(folderPicker(dir));
  await m.openFile(join(dir, name));
  return m;
}

export async function benchMerge(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-merge-'));
  process.env.KLIMAT_DATA_DIR = join(dir, 'data');
  try {
    const plan = largePlan(N);
    writePlanFile(join(dir, 'base.klimat'), plan, { replica: 'bench', user: 'bench' }, 'bench');
    for (const [name, seed] of [
      ['a.klimat', 1],
      ['b.klimat', 2],
    ] as const) {
      copyFileSync(join(dir, 'base.klimat'), join(dir, name));
      const m = await opened(dir, name);
      await edit(m, plan.actions, seed, name[0].toUpperCase());
      m.save();
      m.close();
    }
    const previews: number[] = [];
    const applies: number[] = [];
    let shape = '';
    for (let run = 0; run < 3; run++) {
      const m = await opened(dir, 'a.klimat');
      const s = m.require();
      let t = performance.now();
      const p = await previewMerge(s, join(dir, 'b.klimat'));
      previews.push(performance.now() - t);
      t = performance.now();
      const note = applyMerge(s, p.mergeId, Object.fromEntries(p.conflicts.map((c) => [c.id, 'theirs' as const])));
      applies.push(performance.now() - t);
      shape = `${p.incoming.length} incoming field changes, ${note.taken} taken, ${note.conflicts} conflicts`;
      m.close(true);
    }
    const total = previews.map((x, i) => x + applies[i]);
    print(`merge: ${N} actions, ${CHANGES} changes per copy (${shape})`);
    print(`merge: preview (gate + logs + trial runs)   median ${median(previews).toFixed(0)} ms  (runs: ${previews.map((x) => x.toFixed(0)).join(', ')})`);
    print(`merge: apply (one transaction)              median ${median(applies).toFixed(0)} ms  (runs: ${applies.map((x) => x.toFixed(0)).join(', ')})`);
    print(`merge: preview + apply                      median ${median(total).toFixed(0)} ms  goal ≤ 2000 ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
