// Reading many plans for the roll-up (DESIGN §11), read-only: each .klimat through the open
// gate, each JSON through the JSON import's checks, and each admitted plan's figures
// (shared/rollup). The gate is the cost (a process per check), so a small pool of lanes runs at
// once, each a worker that checks a batch of private copies in turn; a copy is read and removed
// as soon as its verdict arrives. The user's files are only ever read.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Plan } from '../../shared/domain/types';
import { summarisePlan, type PlanFigures, type RollupRefused } from '../../shared/rollup';
import { copyForGate, GATE_TIMEOUT_MS, inspectCopies } from '../document/gate';
import { readJsonPlanFile } from '../document/json-plan';
import { RefusedFile } from '../document/refused';

/** A file to roll up: the name the user sees and the path only Node knows. */
export interface RollupFile {
  file: string;
  path: string;
}

export interface ReadOptions {
  /** The scenario id to calculate; each plan's first when absent. */
  scenarioId?: string;
  /** Called as each file is settled (admitted and calculated, or refused). */
  onProgress?: (done: number, total: number) => void;
  /** Throws to stop between batches (a cancelled task). */
  checkCancelled?: () => void;
  /** Workers at once; default 2–4 by the machine's cores. */
  lanes?: number;
  timeoutMs?: number;
}

export interface ReadOutcome {
  /** In the order of the files given. */
  figures: PlanFigures[];
  refused: RollupRefused[];
}

type Settled = { figures: PlanFigures } | { refused: RollupRefused };

/** A batch per worker start: large enough to spare process starts, small enough to share out. */
const MAX_BATCH = 64;

export const defaultLanes = (): number => Math.min(4, Math.max(2, availableParallelism()));

export const isJsonPath = (path: string): boolean => /\.json$/i.test(path);

export async function readRollupFiles(files: readonly RollupFile[], opts: ReadOptions = {}): Promise<ReadOutcome> {
  const settled = new Array<Settled | undefined>(files.length);
  let done = 0;
  const settle = (i: number, s: Settled) => {
    settled[i] = s;
    done += 1;
    opts.onProgress?.(done, files.length);
  };
  const figuresOf = (i: number, plan: Plan, savedAt: string): Settled => {
    const s = summarisePlan({ file: files[i].file, plan, savedAt }, opts.scenarioId);
    return s.ok ? { figures: s.figures } : { refused: { file: files[i].file, reason: s.reason } };
  };

  const klimat: number[] = [];
  files.forEach((f, i) => {
    if (!isJsonPath(f.path)) return void klimat.push(i);
    settle(
      i,
      attempt(f, () => figuresOf(i, readJsonPlanFile(f.path), statSync(f.path).mtime.toISOString())),
    );
  });

  const tmp = mkdtempSync(join(tmpdir(), 'klimat-rollup-'));
  try {
    const lanes = Math.max(1, opts.lanes ?? defaultLanes());
    // One batch a lane where they are few (each batch costs a process start), at most MAX_BATCH
    // copies on disk per lane at a time where they are many.
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(klimat.length / lanes)));
    const batches: number[][] = [];
    for (let k = 0; k < klimat.length; k += size) batches.push(klimat.slice(k, k + size));
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < batches.length) {
        opts.checkCancelled?.();
        await checkBatch(batches[next++]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, batches.length) }, lane));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  /** Copies a batch (each in a folder of its own, under its own name, so messages name it), checks them in one worker. */
  async function checkBatch(indexes: number[]): Promise<void> {
    const copies: { index: number; copy: string }[] = [];
    for (const i of indexes) {
      const dir = join(tmp, String(i));
      const copy = join(dir, basename(files[i].path));
      const refusal = attempt(files[i], () => {
        mkdirSync(dir);
        copyForGate(files[i].path, copy);
        return null;
      });
      if (refusal) {
        rmSync(dir, { recursive: true, force: true });
        settle(i, refusal);
      } else copies.push({ index: i, copy });
    }
    if (copies.length === 0) return;
    await inspectCopies(
      copies.map((c) => c.copy),
      opts.timeoutMs ?? GATE_TIMEOUT_MS,
      (k, verdict) => {
        const { index } = copies[k];
        const f = files[index];
        rmSync(join(tmp, String(index)), { recursive: true, force: true });
        if (!verdict.ok) return settle(index, { refused: { file: f.file, reason: verdict.message } });
        // The worker hands over the plan it checked, and the document's last save; a document
        // that records no save was saved, as far as anyone can tell, when its file was written.
        const { plan, savedAt } = verdict.admission;
        settle(
          index,
          attempt(f, () => {
            if (!plan) throw new Error('kontrollen lämnade ingen plan');
            return figuresOf(index, plan, savedAt ?? statSync(f.path).mtime.toISOString());
          }),
        );
      },
      { withPlan: true },
    );
  }

  const out: ReadOutcome = { figures: [], refused: [] };
  for (const s of settled) {
    if (!s) continue;
    if ('figures' in s) out.figures.push(s.figures);
    else out.refused.push(s.refused);
  }
  return out;
}

/** `work`'s result, or the file's refusal with the reason (one Swedish sentence). */
function attempt<T>(f: RollupFile, work: () => T): T | { refused: RollupRefused } {
  try {
    return work();
  } catch (e) {
    if (e instanceof RefusedFile) return { refused: { file: f.file, reason: e.message } };
    const m = e instanceof Error ? e.message : String(e);
    return { refused: { file: f.file, reason: `Filen kunde inte läsas (${m.split('\n')[0]}).` } };
  }
}
