// The document lifecycle of DESIGN §3 for one window: new, open (through the gate), save and
// save-as, close, and recovery of working copies left by a crash. Transports decide how a file
// is chosen (a name in a folder, or a system dialog, see file-choice.ts); this module only sees paths.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plan } from './domain';
import type { DocumentStatus, RecoverableCopy } from '../../shared/api/status';
import { ApiFailure } from '../../shared/api/result';
import { workingDir } from '../app-data/paths';
import { currentUser, hostName, readSettings, updateSettings } from '../app-data/settings';
import { createWorkingCopy, newWorkingFolder } from './create';
import type { FilePicker } from './file-choice';
import { first, openWritable, qb } from './db';
import { admit } from './gate';
import { inDataFolder } from './io-errors';
import { WriteGate } from './write-gate';
import { acquireLock, myLock, openByMessage, processStillRunning, releaseLock, type LockInfo } from './lock';
import { newPlan } from './new-plan';
import { RefusedFile } from './refused';
import { realPath } from './real-path';
import { samplePlan } from './sample';
import { countUnsaved, readOnlyFailure, readSessionInfo, Session, WORKING_FILE } from './session';

export type { ExportFileKind, FilePicker, ImportFilePurpose } from './file-choice';

export class DocumentManager {
  session: Session | null = null;
  /** Calls that may change the document wait here while a long import applies (write-gate.ts). */
  readonly writes = new WriteGate();

  constructor(readonly files: FilePicker) {}

  require(): Session {
    if (!this.session) throw new ApiFailure('noDocument', 'Ingen plan är öppen.');
    return this.session;
  }

  status(): DocumentStatus {
    const s = this.session;
    if (!s) {
      return {
        open: false,
        fileName: null,
        title: '',
        municipality: '',
        dirty: false,
        readOnly: false,
        lockedBy: null,
        savedAt: null,
        canUndo: false,
        canRedo: false,
        picker: this.files.picker,
      };
    }
    const plan = first(s.db, qb.selectFrom('plan').select(['title', 'municipality']));
    const dirty = countUnsaved(s.db, 1) > 0;
    return {
      open: true,
      fileName: s.fileName,
      title: plan?.title ?? '',
      municipality: plan?.municipality ?? '',
      dirty,
      readOnly: s.readOnly,
      lockedBy: s.lockedBy,
      savedAt: s.savedAt,
      canUndo: s.canUndo,
      canRedo: s.canRedo,
      picker: this.files.picker,
    };
  }

  /** Opens the user's file: its lock, then the gate, then a working copy. */
  async openFile(path: string, opts: { readOnly?: boolean } = {}): Promise<DocumentStatus> {
    const target = realPath(path);
    if (this.session?.filePath === target) return this.status();
    let lock: LockInfo | null = null;
    let lockedBy: LockInfo | null = null;
    if (!opts.readOnly) {
      const got = acquireLock(target, myLock(currentUser()));
      if (!got.ok) {
        const h = got.holder;
        throw new ApiFailure('locked', `${openByMessage(target, h)}. Du kan öppna den skrivskyddad.`, '', h);
      }
      lock = got.lock;
    }
    const folder = inDataFolder(OPEN_FAILED, newWorkingFolder);
    let session: Session;
    try {
      await inDataFolder(OPEN_FAILED, () => admit(target, join(folder.dir, WORKING_FILE)));
      if (opts.readOnly) lockedBy = otherHolder(target);
      session = inDataFolder(OPEN_FAILED, () => new Session(folder.id, folder.dir, target, lock, lockedBy, !!opts.readOnly));
    } catch (e) {
      rmSync(folder.dir, { recursive: true, force: true });
      if (lock) releaseLock(target, lock);
      if (e instanceof RefusedFile) throw new ApiFailure('refusedFile', e.message);
      throw e;
    }
    this.replace(session);
    session.savedAt = lastSave(session);
    rememberLastOpened(target);
    return this.status();
  }

  newPlan(municipalityCode: string, title?: string): DocumentStatus {
    return this.openPlan(newPlan(municipalityCode, title), 'new');
  }

  openSample(): DocumentStatus {
    return this.openPlan(samplePlan(), 'sample');
  }

  /** A plan that has no file yet: Spara asks for a name. */
  openPlan(plan: Plan, origin: string): DocumentStatus {
    const { id, dir } = inDataFolder('Planen kunde inte skapas', () =>
      createWorkingCopy(plan, { replica: readSettings().replica, user: currentUser() }, origin),
    );
    this.replace(new Session(id, dir, null, null, null, false));
    return this.status();
  }

  save(): DocumentStatus {
    const s = this.require();
    if (!s.filePath) throw new ApiFailure('needsName', 'Planen har inget filnamn än. Välj ett namn att spara den som.');
    if (s.readOnly) throw readOnlyFailure(s.lockedBy);
    s.saveTo(s.filePath);
    return this.status();
  }

  saveAs(path: string, overwrite = false): DocumentStatus {
    const s = this.require();
    const target = realPath(path);
    if (target === s.filePath) return this.save();
    if (existsSync(target) && !overwrite) {
      throw new ApiFailure('conflict', `Det finns redan en fil som heter ${basename(target)}. Vill du ersätta den?`, 'name');
    }
    const got = acquireLock(target, myLock(currentUser()));
    if (!got.ok) {
      throw new ApiFailure('locked', `${basename(target)} är öppen hos ${got.holder.user} på ${got.holder.host}; välj ett annat namn.`, 'name', got.holder);
    }
    try {
      s.saveTo(target);
    } catch (e) {
      releaseLock(target, got.lock);
      throw e;
    }
    if (s.lock && s.filePath) releaseLock(s.filePath, s.lock);
    Object.assign(s, { filePath: target, lock: got.lock, lockedBy: null, readOnly: false });
    try {
      s.writeInfo();
    } catch {
      // Saved: only the recovery note still names the old file (a full data disk).
    }
    rememberLastOpened(target);
    return this.status();
  }

  /** Closes the plan; unsaved work stays recoverable unless the user chose to discard it. */
  close(discard = false): DocumentStatus {
    const s = this.session;
    if (s) {
      const keep = !discard && s.unsavedChanges() > 0;
      s.close();
      if (!keep) rmSync(s.dir, { recursive: true, force: true });
      this.session = null;
    }
    return this.status();
  }

  recoverable(): RecoverableCopy[] {
    const out: RecoverableCopy[] = [];
    for (const id of readdirSync(workingDir())) {
      if (id === this.session?.id) continue;
      const dir = join(workingDir(), id);
      const info = readSessionInfo(dir);
      // Another window (or host) that runs still has it open.
      if (info && info.host === hostName() && info.pid !== process.pid && processStillRunning(info.pid, info.openedAt)) continue;
      const copy = describeWorkingCopy(id, dir, info?.filePath ?? null);
      if (copy === 'clean')
        rmSync(dir, { recursive: true, force: true }); // nothing unsaved: nothing to offer
      else if (copy !== 'unreadable') out.push(copy);
    }
    return out.sort((a, b) => b.modified.localeCompare(a.modified));
  }

  recover(id: string): DocumentStatus {
    const copy = this.recoverable().find((c) => c.id === id);
    if (!copy) throw new ApiFailure('notFound', 'Det finns inget osparat arbete med det id:t att återställa.', 'id');
    const dir = join(workingDir(), id);
    const filePath = readSessionInfo(dir)?.filePath ?? null;
    let lock: LockInfo | null = null;
    let lockedBy: LockInfo | null = null;
    if (filePath && this.session?.filePath === filePath && this.session.lock) {
      // The file is open here already (e.g. reopened at start): hand our own lock over to the
      // recovered copy, rather than finding the file "locked" by ourselves.
      lock = this.session.lock;
      this.session.lock = null;
    } else if (filePath) {
      const got = acquireLock(filePath, myLock(currentUser()));
      if (got.ok) lock = got.lock;
      else lockedBy = got.holder;
    }
    this.replace(new Session(id, dir, filePath, lock, lockedBy, lockedBy !== null));
    return this.status();
  }

  discardRecovery(id: string): RecoverableCopy[] {
    if (id !== this.session?.id && /^[0-9a-f-]{36}$/.test(id)) rmSync(join(workingDir(), id), { recursive: true, force: true });
    return this.recoverable();
  }

  private replace(next: Session): void {
    this.close();
    this.session = next;
  }
}

const OPEN_FAILED = 'Planen kunde inte öppnas';

/** The plan to open at the next start; a full data disk only loses this convenience. */
function rememberLastOpened(path: string): void {
  try {
    updateSettings({ lastOpened: path });
  } catch {
    // nothing to lose: the plan is open and saved
  }
}

function otherHolder(path: string): LockInfo | null {
  const got = acquireLock(path, myLock(currentUser()));
  if (got.ok) {
    releaseLock(path, got.lock);
    return null;
  }
  return got.holder;
}

function lastSave(s: Session): string | null {
  const row = first(s.db, qb.selectFrom('saves').select('hlc').orderBy('hlc', 'desc').limit(1));
  return row ? new Date(Number(row.hlc.split('-')[0])).toISOString() : null;
}

/** A copy with unsaved work; 'clean' when it has none; 'unreadable' (kept, never deleted) on error. */
function describeWorkingCopy(id: string, dir: string, filePath: string | null): RecoverableCopy | 'clean' | 'unreadable' {
  const path = join(dir, WORKING_FILE);
  if (!existsSync(path)) return 'clean';
  try {
    const db = openWritable(path);
    try {
      const unsaved = countUnsaved(db);
      if (unsaved === 0) return 'clean';
      const plan = first(db, qb.selectFrom('plan').select(['title', 'municipality']));
      const mtime = Math.max(statSync(path).mtimeMs, existsSync(`${path}-wal`) ? statSync(`${path}-wal`).mtimeMs : 0);
      return {
        id,
        fileName: filePath ? basename(filePath) : null,
        title: plan?.title ?? '',
        municipality: plan?.municipality ?? '',
        modified: new Date(mtime).toISOString(),
        unsavedChanges: unsaved,
      };
    } finally {
      db.close();
    }
  } catch {
    return 'unreadable';
  }
}
