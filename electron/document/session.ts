// One open document: its working copy on local disk (WAL; every edit one transaction with its
// change-log rows, so a crash loses nothing), the user's file it belongs to, the lock, and the
// undo history of this session.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { readSettings, currentUser, hostName } from '../app-data/settings';
import { Batch, type Actor } from './changes';
import { HybridClock } from './clock';
import { first, openWritable, qb, type Sqlite } from './db';
import { dataFolderFull, inDataFolder, ioKind } from './io-errors';
import { enforceRowCaps } from './limits';
import { checkpointAside } from './checkpoint';
import { RemoteWriter } from './remote-writer';
import { releaseLock, type LockInfo } from './lock';
import { saveDatabase } from './save';
import { Touched } from './touched';
import { writeInverse } from './undo';

/** Kept beside the working copy so that a later start can offer to recover it. */
export interface SessionInfo {
  id: string;
  /** The user's file that Spara writes to, or null for a plan never saved. */
  filePath: string | null;
  openedAt: string;
  pid: number;
  host: string;
}

export const WORKING_FILE = 'plan.klimat';
const UNDO_LIMIT = 500;

export class Session {
  readonly db: Sqlite;
  readonly clock = new HybridClock();
  readonly actor: Actor;
  /** Rows written since the last answer took them (see services/dispatch.ts). */
  readonly touched = new Touched();
  private undoStack: string[] = [];
  private redoStack: string[] = [];
  savedAt: string | null = null;
  /** Counts the committed changes of this session: a long import sees whether the plan changed under it. */
  revision = 0;

  constructor(
    readonly id: string,
    readonly dir: string,
    public filePath: string | null,
    /** Our lock on filePath, when we hold one. */
    public lock: LockInfo | null,
    /** Who holds the file when it was opened read-only because of their lock. */
    public lockedBy: LockInfo | null,
    public readOnly: boolean,
  ) {
    this.db = openWritable(join(dir, WORKING_FILE), { wal: true });
    this.actor = { replica: readSettings().replica, user: currentUser() };
    this.clock.observe(first(this.db, qb.selectFrom('change_log').select('hlc').orderBy('hlc', 'desc').limit(1))?.hlc);
    this.writeInfo();
  }

  get fileName(): string | null {
    return this.filePath ? basename(this.filePath) : null;
  }

  writeInfo(): void {
    const info: SessionInfo = {
      id: this.id,
      filePath: this.filePath,
      openedAt: new Date().toISOString(),
      pid: process.pid,
      host: hostName(),
    };
    // Whole or not at all: a full disk must not leave the recovery note truncated.
    const path = join(this.dir, 'session.json');
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(info, null, 2));
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }

  /** Runs `fn` as one transaction whose changes are logged as one batch (one undo step). */
  write<T>(fn: (batch: Batch) => T): T {
    if (this.readOnly) throw readOnlyFailure(this.lockedBy);
    const batch = new Batch(this.db, this.actor, this.clock);
    const result = inDataFolder('Ändringen kunde inte göras', () => batch.transaction(() => fn(batch)));
    this.committed(batch);
    return result;
  }

  /**
   * Like `write`, for a write too long to block the process (an import of 200 000 rows): one
   * transaction of its own, which `fn` fills in steps, calling `pause` between them to give way
   * to other calls. The statements run on a worker thread (remote-writer.ts), or, where none can
   * start, on a second connection here. Meanwhile this connection reads the plan as it was (WAL),
   * and the caller holds every other write back (WriteGate.exclusive); the whole write commits
   * at the end or not at all.
   */
  async writeInSteps<T>(fn: (batch: Batch, pause: () => Promise<void>) => Promise<T>): Promise<T> {
    if (this.readOnly) throw readOnlyFailure(this.lockedBy);
    const path = join(this.dir, WORKING_FILE);
    const remote = RemoteWriter.start(path);
    const result = remote ? await this.writeRemotely(remote, fn) : await this.writeOnSecondConnection(path, fn);
    // The WAL now holds the whole write: it is folded into the file on another thread.
    void checkpointAside(path);
    return result;
  }

  private async writeRemotely<T>(remote: RemoteWriter, fn: (batch: Batch, pause: () => Promise<void>) => Promise<T>): Promise<T> {
    const batch = new Batch(this.db, this.actor, this.clock, remote.add);
    try {
      const result = await fn(batch, () => remote.flush());
      await remote.commit(batch.growth);
      this.committed(batch);
      return result;
    } catch (e) {
      await remote.rollback().catch(() => undefined);
      throw stepsFailure(e);
    }
  }

  private async writeOnSecondConnection<T>(path: string, fn: (batch: Batch, pause: () => Promise<void>) => Promise<T>): Promise<T> {
    const db = inDataFolder('Ändringen kunde inte göras', () => openWritable(path, { wal: true }));
    try {
      const batch = new Batch(db, this.actor, this.clock);
      db.pragma('wal_autocheckpoint = 0');
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(batch, async () => undefined);
        enforceRowCaps(db, batch.growth);
        db.exec('COMMIT');
        this.committed(batch);
        return result;
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw stepsFailure(e);
      }
    } finally {
      db.close();
    }
  }

  /** A committed batch: one undo step (when it changed anything), and a new revision of the plan. */
  private committed(batch: Batch): void {
    this.revision += 1;
    // Rows of a transaction that rolls back were never written: only a commit reports them.
    this.touched.merge(batch.touched);
    if (batch.size > 0) {
      this.undoStack.push(batch.id);
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      this.redoStack = [];
    }
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The batch Ångra would undo next, and the one Gör om would redo. */
  nextSteps(): { undo: string | null; redo: string | null } {
    return { undo: this.undoStack.at(-1) ?? null, redo: this.redoStack.at(-1) ?? null };
  }

  undo(): boolean {
    return this.replay(this.undoStack, this.redoStack);
  }

  redo(): boolean {
    return this.replay(this.redoStack, this.undoStack);
  }

  /** Writes the inverse of the newest batch of `from` and files the inverse under `to`. */
  private replay(from: string[], to: string[]): boolean {
    if (this.readOnly) throw readOnlyFailure(this.lockedBy);
    const batchId = from.at(-1);
    if (!batchId) return false;
    const batch = new Batch(this.db, this.actor, this.clock);
    inDataFolder(from === this.undoStack ? 'Ångra kunde inte göras' : 'Gör om kunde inte göras', () =>
      batch.transaction(() => writeInverse(this.db, batchId, batch)),
    );
    this.revision += 1;
    this.touched.merge(batch.touched);
    // Only a step that was really undone (or redone) leaves its stack.
    from.pop();
    to.push(batch.id);
    return true;
  }

  /** Changes in the working copy that no Spara has written to the file yet. */
  unsavedChanges(): number {
    return countUnsaved(this.db);
  }

  /** Spara to `target` (the file, or a new name for Spara som). */
  saveTo(target: string): void {
    saveDatabase(this.db, target, this.actor, this.clock.tick());
    this.savedAt = new Date().toISOString();
  }

  docId(): string {
    return first(this.db, qb.selectFrom('meta').select('value').where('key', '=', 'doc_id'))?.value ?? '';
  }

  close(): void {
    if (this.lock && this.filePath) releaseLock(this.filePath, this.lock);
    this.lock = null;
    if (this.db.open) {
      // Fold the WAL back into the working copy so that it is one file at rest. On a full disk
      // the WAL stays as it is (nothing in it is lost; the next open folds it in).
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // keep the WAL
      }
      this.db.close();
    }
  }
}

export function readSessionInfo(dir: string): SessionInfo | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'session.json'), 'utf8')) as SessionInfo;
  } catch {
    return null;
  }
}

/** A long write that failed: a full data disk said as such, anything else as it is. */
function stepsFailure(e: unknown): unknown {
  return !(e instanceof ApiFailure) && ioKind(e) === 'full' ? dataFolderFull('Ändringen kunde inte göras') : e;
}

export function readOnlyFailure(lockedBy: LockInfo | null): ApiFailure {
  return new ApiFailure(
    'readOnly',
    lockedBy
      ? `Planen är skrivskyddad: ${lockedBy.user} på ${lockedBy.host} har filen öppen. Spara som en ny fil för att arbeta vidare.`
      : 'Planen är öppnad skrivskyddad.',
  );
}

/**
 * Changes no Spara has written yet. The note that says how a document was created is not
 * the user's work: an untouched new plan has nothing to save or to recover.
 */
export function countUnsaved(db: Sqlite, limit?: number): number {
  let q = qb.selectFrom('change_log').select('id').where('save_id', 'is', null).where('tbl', '!=', CREATION_TABLE);
  if (limit !== undefined) q = q.limit(limit);
  return Number(
    first(
      db,
      qb.selectFrom(q.as('u')).select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0,
  );
}

/** The change-log "table" of the note written when a document is created. */
export const CREATION_TABLE = 'document';
