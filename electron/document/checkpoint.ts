// Folding a large WAL into the working copy (a checkpoint) takes seconds after an import of
// 200 000 rows; on the document's own thread it would block every call meanwhile. This runs it
// on a worker thread with its own connection: a PASSIVE checkpoint, which never blocks the
// document's readers or writers. If the thread cannot run, nothing is lost: SQLite folds the
// WAL in at a later commit or when the document closes.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { logInternalError } from '../app-data/error-log';
import { nativeBindingPath } from './db';

const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path, { fileMustExist: true, nativeBinding: workerData.binding });
try {
  db.pragma('wal_checkpoint(PASSIVE)');
} finally {
  db.close();
}
`;

/** Starts the checkpoint of the WAL of `path` on a worker thread; resolves when it has ended. */
export function checkpointAside(path: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const module = createRequire(import.meta.url).resolve('better-sqlite3');
      const worker = new Worker(WORKER, { eval: true, workerData: { module, path, binding: nativeBindingPath() } });
      worker.on('error', (e) => logInternalError(e));
      worker.on('exit', () => resolve());
      worker.unref();
    } catch (e) {
      logInternalError(e);
      resolve();
    }
  });
}
