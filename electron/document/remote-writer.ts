// The writing side of Session.writeInSteps on a worker thread (write-worker.ts): statements are
// queued as the import makes them and sent in one message at each of its pauses; the worker runs
// them in its own transaction and commits at the end. The thread that answers calls only makes
// the rows, so neither the writing nor the final COMMIT keeps `document.status` waiting.
import { Worker } from 'node:worker_threads';
import { ApiFailure, type ApiErrorCode } from '../../shared/api/result';
import { bundledScript } from '../bundled';
import { nativeBindingPath } from './db';
import type { Growth } from './limits';

interface Reply {
  ok: boolean;
  error?: { message: string; code?: string; api: { code: ApiErrorCode; message: string } | null };
}

export class RemoteWriter {
  private queue: [string, unknown[]][] = [];
  private replies: ((r: Reply) => void)[] = [];
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (r: Reply) => this.replies.shift()?.(r));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', () => this.fail(new Error('the write worker ended')));
  }

  /** A writer on `path`, or null where worker threads cannot run this app's code (the caller writes itself). */
  static start(path: string): RemoteWriter | null {
    try {
      return new RemoteWriter(new Worker(bundledScript('write-worker.cjs'), { workerData: { path, binding: nativeBindingPath() } }));
    } catch {
      return null;
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const r of this.replies.splice(0)) r({ ok: false, error: { message: e.message, api: null } });
  }

  /** Queues one statement (Batch's writer). */
  readonly add = (sql: string, params: readonly unknown[]): void => {
    this.queue.push([sql, [...params]]);
  };

  private async send(message: object): Promise<void> {
    if (this.failure) throw this.failure;
    const reply = new Promise<Reply>((r) => this.replies.push(r));
    this.worker.postMessage(message);
    const r = await reply;
    if (!r.ok) {
      const e = r.error!;
      if (e.api) throw new ApiFailure(e.api.code, e.api.message);
      throw Object.assign(new Error(e.message), { code: e.code });
    }
  }

  /** Sends what is queued and waits until the worker has run it. */
  async flush(): Promise<void> {
    if (!this.queue.length) return;
    const statements = this.queue;
    this.queue = [];
    await this.send({ op: 'run', statements });
  }

  async commit(growth: Growth): Promise<void> {
    await this.flush();
    await this.send({ op: 'commit', growth: growth.plain() });
    await this.worker.terminate();
  }

  async rollback(): Promise<void> {
    this.queue = [];
    try {
      if (!this.failure) await this.send({ op: 'rollback' });
    } finally {
      await this.worker.terminate();
    }
  }
}
