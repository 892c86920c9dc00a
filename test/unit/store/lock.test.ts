// The lock file beside a document (DESIGN §3): a live holder keeps others out (they may open it
// read-only), a lock whose process is gone is taken over, another machine's lock is respected.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LockInfo } from '../../../shared/api/status';
import type { DocumentManager } from '../../../electron/document/manager';
import { listDir, removeTempDirs, sha256, tempDir, useTempDataDir } from '../../support/env';
import { managerIn, ok, refused, writeDocument } from '../../support/documents';
import { deadPid, exited, sleeper } from '../../support/processes';

let dir: string;
let file: string;
const open: DocumentManager[] = [];
const children: ChildProcess[] = [];

beforeAll(() => {
  useTempDataDir();
  dir = tempDir('lock');
  file = writeDocument(dir, 'plan.klimat');
});
afterEach(async () => {
  for (const m of open.splice(0)) m.close(true);
  for (const c of children.splice(0)) {
    c.kill('SIGKILL');
    await exited(c);
  }
});
afterAll(removeTempDirs);

const lockPath = () => `${file}.lock`;

function writeLock(lock: LockInfo): void {
  writeFileSync(lockPath(), JSON.stringify(lock));
}

function manager(): DocumentManager {
  const m = managerIn(dir);
  open.push(m);
  return m;
}

/** A live process on this machine, not ours, holding the lock (taken after it started). */
async function liveHolder(): Promise<LockInfo> {
  const child = sleeper();
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  const lock = { user: 'Kollegan Kim', host: hostname(), pid: child.pid!, time: new Date(Date.now() + 1_000).toISOString() };
  writeLock(lock);
  return lock;
}

describe('a lock held by a live process', () => {
  it('refuses document.open with code locked, naming the user and the host', async () => {
    const lock = await liveHolder();
    const before = sha256(file);
    const err = await refused(manager(), 'document.open', { name: 'plan.klimat' });
    expect(err.code).toBe('locked');
    expect(err.message).toContain('Kollegan Kim');
    expect(err.message).toContain(hostname());
    expect(err.message).toMatch(/skrivskyddad/);
    expect(err.details).toMatchObject({ user: 'Kollegan Kim', pid: lock.pid });
    // The holder's lock is untouched and the file unchanged.
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toEqual(lock);
    expect(sha256(file)).toBe(before);
  });

  it('opens read-only on request; every write (and Spara) is refused with code readOnly', async () => {
    const lock = await liveHolder();
    const before = sha256(file);
    const m = manager();
    const status = await ok(m, 'document.open', { name: 'plan.klimat', readOnly: true });
    expect(status).toMatchObject({ open: true, readOnly: true, lockedBy: { user: 'Kollegan Kim', pid: lock.pid } });
    const snapshot = await ok(m, 'plan.snapshot');

    const upd = await refused(m, 'plan.update', { changes: { title: 'Ändrad' } });
    expect(upd.code).toBe('readOnly');
    expect(upd.message).toContain('Kollegan Kim');
    const [action] = await ok(m, 'actions.list');
    expect((await refused(m, 'actions.update', { id: action.id, changes: { capexSek: 1 } })).code).toBe('readOnly');
    expect((await refused(m, 'history.undo')).code).toBe('readOnly');
    expect((await refused(m, 'document.save')).code).toBe('readOnly');

    expect(await ok(m, 'plan.snapshot')).toEqual(snapshot);
    expect((await ok(m, 'document.status')).dirty).toBe(false);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toEqual(lock);
    expect(sha256(file)).toBe(before);
  });

  it("is respected when it is another machine's, even if a process with its pid is gone here", async () => {
    writeLock({ user: 'Kollegan Kim', host: 'annan-dator.kommun.se', pid: await deadPid(), time: new Date().toISOString() });
    const err = await refused(manager(), 'document.open', { name: 'plan.klimat' });
    expect(err.code).toBe('locked');
    expect(err.message).toContain('annan-dator.kommun.se');
  });
});

describe('a stale lock', () => {
  it('of a dead process on this machine is taken over, and released on close', async () => {
    const pid = await deadPid();
    writeLock({ user: 'Kollegan Kim', host: hostname(), pid, time: new Date().toISOString() });
    const m = manager();
    const status = await ok(m, 'document.open', { name: 'plan.klimat' });
    expect(status).toMatchObject({ open: true, readOnly: false, lockedBy: null });
    const mine = JSON.parse(readFileSync(lockPath(), 'utf8')) as LockInfo;
    expect(mine.pid).toBe(process.pid);
    expect(mine.host).toBe(hostname());
    await ok(m, 'plan.update', { changes: { title: 'Efter övertagandet' } });
    await ok(m, 'document.save');
    await ok(m, 'document.close', {});
    expect(existsSync(lockPath())).toBe(false);
    expect(listDir(dir)).toEqual(['plan.klimat', 'plan.klimat.bak']);
  });

  it('that is unreadable (not JSON) is taken over', async () => {
    writeFileSync(lockPath(), 'skräp');
    const status = await ok(manager(), 'document.open', { name: 'plan.klimat' });
    expect(status.readOnly).toBe(false);
    expect((JSON.parse(readFileSync(lockPath(), 'utf8')) as LockInfo).pid).toBe(process.pid);
  });

  it('of a live process that started after the lock was written (a reused pid) is taken over', async () => {
    const child = sleeper();
    children.push(child);
    await new Promise((r) => child.once('spawn', r));
    // The lock claims to be a minute older than the process that has its pid now.
    writeLock({ user: 'Kollegan Kim', host: hostname(), pid: child.pid!, time: new Date(Date.now() - 60_000).toISOString() });
    const status = await ok(manager(), 'document.open', { name: 'plan.klimat' });
    expect(status.readOnly).toBe(false);
  });
});

describe('two managers in one process (two windows)', () => {
  it('the second is kept out while the first has the file open', async () => {
    const first = manager();
    await ok(first, 'document.open', { name: 'plan.klimat' });
    const err = await refused(manager(), 'document.open', { name: 'plan.klimat' });
    expect(err.code).toBe('locked');
    first.close(true);
    expect(existsSync(lockPath())).toBe(false);
  });
});
