// The worker thread of a long write (remote-writer.ts): one connection to the working copy, one
// transaction, the statements it is sent executed in order, and at the end the size limits
// checked and the COMMIT — which for 200 000 rows takes a second or more — all off the thread
// that answers the calls. Messages: run, commit, rollback; each is answered { ok } or { error }.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiFailure } from '../../shared/api/result';
import { openWritable, statement, useNativeBinding } from './db';
import { enforceRowCaps, Growth } from './limits';

type Message = { op: 'run'; statements: [string, unknown[]][] } | { op: 'commit'; growth: ReturnType<Growth['plain']> } | { op: 'rollback' };

const { path, binding } = workerData as { path: string; binding?: string };
useNativeBinding(binding);
const db = openWritable(path, { wal: true });
// The WAL is folded in by checkpoint.ts once the write has committed.
db.pragma('wal_autocheckpoint = 0');
db.exec('BEGIN IMMEDIATE');

function handle(m: Message): void {
  if (m.op === 'run') {
    for (const [sql, params] of m.statements) statement(db, sql).run(...params);
    return;
  }
  if (m.op === 'commit') {
    enforceRowCaps(db, Growth.from(m.growth));
    db.exec('COMMIT');
  } else if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
}

parentPort!.on('message', (m: Message) => {
  try {
    handle(m);
    parentPort!.postMessage({ ok: true });
  } catch (e) {
    const api = e instanceof ApiFailure ? { code: e.code, message: e.message } : null;
    const err = e as { message?: string; code?: string };
    parentPort!.postMessage({ ok: false, error: { message: String(err?.message ?? e), code: err?.code, api } });
    if (m.op !== 'run' && db.open) db.close();
  }
});
