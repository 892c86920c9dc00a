// The lock file beside a document (`name.klimat.lock`): tells a colleague who opens the same
// file who has it open. A lock whose process is gone (or is a newer process with a reused pid)
// is stale and may be taken over.
import { readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import type { LockInfo } from '../../shared/api/status';
import { currentUser, hostName } from '../app-data/settings';

export type { LockInfo };

export const lockPathOf = (file: string) => `${file}.lock`;

export function myLock(user: string): LockInfo {
  return { user, host: hostName(), pid: process.pid, time: new Date().toISOString() };
}

export function readLock(file: string): LockInfo | null {
  try {
    const l = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as Partial<LockInfo>;
    if (typeof l.user === 'string' && typeof l.host === 'string' && typeof l.pid === 'number' && typeof l.time === 'string') {
      return l as LockInfo;
    }
  } catch {
    // missing or unreadable: no valid lock
  }
  return null;
}

/** `lock` is null when no lock file can be written there (no permission, read-only medium, disk full). */
export type LockResult = { ok: true; lock: LockInfo | null } | { ok: false; holder: LockInfo };

/**
 * In a folder we may not write to (a read-only share, an archive) or on a full disk there is no
 * lock to take: the file still opens, and Spara there fails with its own clear message (no
 * permission, disk full); Spara som works.
 */
const diskFull = (e: unknown) => ['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException).code ?? '');
const cannotWrite = (e: unknown) => diskFull(e) || ['EACCES', 'EPERM', 'EROFS'].includes((e as NodeJS.ErrnoException).code ?? '');

export function acquireLock(file: string, me: LockInfo): LockResult {
  try {
    writeFileSync(lockPathOf(file), JSON.stringify(me), { flag: 'wx' });
    return { ok: true, lock: me };
  } catch (e) {
    if (cannotWrite(e)) {
      // On a full disk the lock file may have been created before its write failed: ours, empty.
      if (diskFull(e)) rmSync(lockPathOf(file), { force: true });
      return { ok: true, lock: null };
    }
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const holder = readLock(file);
  if (holder && !isStale(holder) && !sameHolder(holder, me)) return { ok: false, holder };
  // Stale, unreadable, or our own: take it over by replacing it whole.
  const tmp = `${lockPathOf(file)}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(me));
    renameSync(tmp, lockPathOf(file));
  } catch (e) {
    rmSync(tmp, { force: true });
    if (cannotWrite(e)) return { ok: true, lock: null };
    throw e;
  }
  return { ok: true, lock: me };
}

export function releaseLock(file: string, me: LockInfo | null): void {
  if (!me) return;
  const current = readLock(file);
  if (current && sameHolder(current, me)) {
    try {
      unlinkSync(lockPathOf(file));
    } catch {
      // already gone
    }
  }
}

const sameHolder = (a: LockInfo, b: LockInfo) => a.host === b.host && a.pid === b.pid && a.time === b.time;

/** Only a lock taken on this machine can be judged; another machine's lock is always respected. */
export function isStale(l: LockInfo): boolean {
  return l.host === hostName() && !processStillRunning(l.pid, l.time);
}

/**
 * Whether the process `pid` that was running at `since` (ISO time) runs still. A live process
 * that started after that time is a different one that got the same pid.
 */
export function processStillRunning(pid: number, since: string): boolean {
  if (!processAlive(pid)) return false;
  const started = processStartTime(pid);
  return started === null || started <= Date.parse(since) + 2_000;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Start time (ms since epoch) of a process, where the OS tells it cheaply (Linux /proc). */
function processStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]);
    const btime = Number(/^btime (\d+)/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // USER_HZ is 100 on every Linux we ship for.
    return Number.isFinite(startTicks) && Number.isFinite(btime) ? (btime + startTicks / 100) * 1000 : null;
  } catch {
    return null;
  }
}

/** "plan.klimat är öppen hos Anna på DATOR sedan 2025-03-14 09:05". */
export function openByMessage(file: string, h: LockInfo): string {
  return `${basename(file)} är öppen hos ${h.user} på ${h.host} sedan ${h.time.slice(0, 16).replace('T', ' ')}`;
}

/** Somebody else's live lock on `file`, or null (none, stale, or this process's own). */
export function liveHolder(file: string): LockInfo | null {
  const h = readLock(file);
  return h && !isStale(h) && !(h.host === hostName() && h.pid === process.pid) ? h : null;
}

/** Why a file somebody has open is not replaced (the CLI's --force included). */
export function notReplacedMessage(file: string, h: LockInfo): string {
  return `${openByMessage(file, h)} och ersätts inte, inte heller med --force. Be ${h.user} stänga den, eller välj ett annat namn.`;
}

/**
 * Runs `fn`, which replaces `file` whole (CLI new, import-json, import-xlsx, merge with
 * --force), while holding its lock: a file somebody has open is never replaced under them (their
 * next Spara would replace ours in turn), and nobody opens it while it is being written.
 */
export function replacingFile<T>(file: string, fn: () => T): T {
  const got = acquireLock(file, myLock(currentUser()));
  if (!got.ok) {
    throw new ApiFailure('locked', notReplacedMessage(file, got.holder), '', got.holder);
  }
  try {
    return fn();
  } finally {
    releaseLock(file, got.lock);
  }
}
