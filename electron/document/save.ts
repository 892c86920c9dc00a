// Spara (DESIGN §3 "Save, precisely"): VACUUM INTO a temp file beside the target → fsync →
// reopen read-only and check → keep the previous file as .bak → rename over the target (with
// retries for antivirus/indexer locks) → fsync the folder. The target is never half-written;
// on any failure it stays byte-identical and the temp file is removed.
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import type { Actor } from './changes';
import { APPLICATION_ID, openReadOnly, qb, run, type Sqlite } from './db';
import { APP_VERSION } from './write';
import { inDataFolder, ioKind } from './io-errors';
import { logInternalError } from '../app-data/error-log';

const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600];

function fsyncPath(path: string, flags = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    fsyncPath(dir);
  } catch {
    // Windows cannot open a folder for fsync; its rename is durable enough there.
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Renames, retrying while another program (antivirus, indexer, sync client) briefly holds the file. */
export function renameWithRetry(from: string, to: string, delays = RETRY_DELAYS_MS): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= delays.length || (code !== 'EBUSY' && code !== 'EPERM' && code !== 'EACCES')) throw e;
      sleepSync(delays[attempt]);
    }
  }
}

function verify(tmp: string): void {
  const db = openReadOnly(tmp);
  try {
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new Error(`quick_check: ${String(quick)}`);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new Error('application_id');
  } finally {
    db.close();
  }
}

/** Keeps the file being replaced as `name.klimat.bak` (a hard link where the file system allows). */
function keepBackup(target: string): void {
  if (!existsSync(target)) return;
  const bak = `${target}.bak`;
  const bakTmp = `${bak}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    linkSync(target, bakTmp);
  } catch {
    copyFileSync(target, bakTmp);
  }
  renameWithRetry(bakTmp, bak);
  // A save killed after its backup but before its rename leaves `.bak` a hard link to the file
  // itself; rename() of one link of a file onto another then does nothing (POSIX) and leaves
  // the temp name behind. The backup is already the file's content, so the extra name goes.
  rmSync(bakTmp, { force: true });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temp files of earlier saves of `target` that never finished (the process was
 * killed mid-save): `.name.klimat.<hex>.tmp` (and its `-journal`) and `name.klimat.bak.<hex>.tmp`.
 * Whoever saves holds the file's lock, so no other save of it is running; and even if one were,
 * losing its temp file only makes that save fail cleanly, never the target half-written.
 */
export function removeLeftoverTemps(target: string): void {
  const name = escapeRegExp(basename(target));
  const leftover = new RegExp(`^(\\.${name}\\.[0-9a-f]{12}\\.tmp(-journal)?|${name}\\.bak\\.[0-9a-f]{8}\\.tmp)$`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const n of names) {
    if (!leftover.test(n)) continue;
    try {
      rmSync(join(dirname(target), n), { force: true });
    } catch {
      // not ours to remove after all (permissions): harmless, it is never the target
    }
  }
}

/** Writes a complete single-file snapshot of `db` to `target`, atomically. */
export function writeSnapshot(db: Sqlite, target: string): void {
  const dir = dirname(target);
  removeLeftoverTemps(target);
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncPath(tmp, 'r+');
    verify(tmp);
    keepBackup(target);
    renameWithRetry(tmp, target);
    fsyncDir(dir);
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw saveFailure(e, target);
  }
}

/** Why writing `target` failed: its folder (by name, never its path) and what to do. The details go to errors.log. */
export function saveFailure(e: unknown, target: string): ApiFailure {
  const where = `"${basename(target)}" i mappen ${basename(dirname(target)) || dirname(target)}`;
  const kind = ioKind(e);
  const code = String((e as { code?: unknown }).code ?? '');
  if (kind === 'full') {
    return new ApiFailure('io', `Planen kunde inte sparas som ${where}: disken är full. Filen är oförändrad; frigör utrymme och spara igen.`);
  }
  if (kind === 'denied' || code === 'SQLITE_CANTOPEN') {
    return new ApiFailure('io', `Planen kunde inte sparas som ${where}: du saknar behörighet att skriva där. Filen är oförändrad.`);
  }
  if (kind === 'missing')
    return new ApiFailure('io', `Planen kunde inte sparas som ${where}: mappen finns inte (längre). Filen är oförändrad; välj Spara som.`);
  logInternalError(e);
  return new ApiFailure('io', `Planen kunde inte sparas som ${where}. Filen är oförändrad; försök igen (detaljerna finns i programmets fellogg).`);
}

/** Stamps every unsaved change with the save that writes it (undone by unmarkSaved on failure). */
export function markSaved(db: Sqlite, saveId: string, hlc: string, actor: Actor): void {
  db.transaction(() => {
    run(db, qb.updateTable('change_log').set({ save_id: saveId }).where('save_id', 'is', null));
    run(db, qb.insertInto('saves').values({ id: saveId, hlc, replica: actor.replica, user: actor.user, app_version: APP_VERSION }));
    // meta names the version of the app that last wrote the file.
    run(db, qb.updateTable('meta').set({ value: APP_VERSION }).where('key', '=', 'app_version'));
  })();
}

export function unmarkSaved(db: Sqlite, saveId: string): void {
  db.transaction(() => {
    run(db, qb.updateTable('change_log').set({ save_id: null }).where('save_id', '=', saveId));
    run(db, qb.deleteFrom('saves').where('id', '=', saveId));
  })();
}

/** Spara of a connection to `target`: stamp the changes, write the snapshot, or undo the stamp. */
export function saveDatabase(db: Sqlite, target: string, actor: Actor, hlc: string): string {
  const saveId = randomUUID();
  // The stamp goes into the working copy, on the app's data disk: full there is not the target's fault.
  inDataFolder('Planen kunde inte sparas', () => markSaved(db, saveId, hlc, actor));
  try {
    writeSnapshot(db, target);
  } catch (e) {
    inDataFolder('Planen kunde inte sparas', () => unmarkSaved(db, saveId));
    throw e;
  }
  return saveId;
}
