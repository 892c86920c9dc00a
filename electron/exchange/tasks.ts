// Progress and cancel for slow imports and exports. The page names its task with an id it
// makes; the work reports its phase and rows as it goes and gives way to the event loop, so that
// `exchange.progress` and `exchange.cancel` are answered meanwhile. Cancelling is safe by
// construction: imports write in one transaction that commits only at its end (a cancel while
// it writes rolls it back), exports write a temp file that is renamed only when complete, so a
// cancelled task has changed nothing.

export type TaskPhase = 'read' | 'check' | 'write';

export interface TaskProgress {
  phase: TaskPhase;
  done: number;
  total: number;
}

export class Cancelled extends Error {
  constructor() {
    super('Avbrutet.');
  }
}

/** How long a task runs at most before it gives way to other calls (`document.status` waits no longer). */
const SLICE_MS = 25;

export class Task {
  progress: TaskProgress = { phase: 'read', done: 0, total: 0 };
  cancelled = false;
  private since = performance.now();

  /** Records progress, gives way to other calls, and stops here if the user cancelled. */
  async report(phase: TaskPhase, done = 0, total = 0): Promise<void> {
    this.progress = { phase, done, total };
    await new Promise((r) => setImmediate(r));
    this.since = performance.now();
    this.check();
  }

  /** Whether the task has run a slice since it last gave way: then it should `report`. */
  due(): boolean {
    return performance.now() - this.since >= SLICE_MS;
  }

  check(): void {
    if (this.cancelled) throw new Cancelled();
  }
}

const running = new Map<string, Task>();
/** Cancels that came before their task started (a race the page cannot rule out). */
const early = new Set<string>();

/** Runs `fn` as the task `id` (anonymous without an id); 'cancelled' if the user stopped it. */
export async function runTask<T>(id: string | undefined, fn: (task: Task) => Promise<T>): Promise<T | 'cancelled'> {
  const task = new Task();
  if (id) {
    running.set(id, task);
    if (early.delete(id)) task.cancelled = true;
  }
  try {
    task.check();
    return await fn(task);
  } catch (e) {
    if (e instanceof Cancelled) return 'cancelled';
    throw e;
  } finally {
    if (id) running.delete(id);
  }
}

export function taskProgress(id: string): TaskProgress | null {
  return running.get(id)?.progress ?? null;
}

export function cancelTask(id: string): boolean {
  const task = running.get(id);
  if (task) {
    task.cancelled = true;
    return true;
  }
  early.add(id);
  if (early.size > 100) early.delete(early.values().next().value!);
  return false;
}
