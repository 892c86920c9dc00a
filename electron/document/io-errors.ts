// What a failed file operation means for the user, in one Swedish sentence without paths or
// errno codes: the disk is full, there is no permission, the file or folder is missing. Node's
// errno codes and SQLite's result codes (better-sqlite3 puts them in `code`) both count.
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { logInternalError } from '../app-data/error-log';
import { dataDir } from '../app-data/paths';

export type IoKind = 'full' | 'denied' | 'missing' | 'other';

export function ioKind(e: unknown): IoKind {
  const code = String((e as { code?: unknown })?.code ?? '');
  const m = e instanceof Error ? e.message : String(e);
  if (['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].includes(code) || /disk is full|no space left/i.test(m)) return 'full';
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_PERM'].includes(code) || code.startsWith('SQLITE_READONLY')) return 'denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  return 'other';
}

/** The app's own data folder, as the user may find it: its name, never its path. */
export function dataFolderName(): string {
  return basename(dataDir());
}

/**
 * The working copy's disk (the app's data folder) is full: `what` ("Ändringen kunde inte
 * göras") failed and nothing was lost; it works again once there is room.
 */
export function dataFolderFull(what: string): ApiFailure {
  return new ApiFailure(
    'io',
    `${what}: programmets datamapp (${dataFolderName()}) är full. Frigör utrymme på den disken och försök igen; allt du gjort hittills finns kvar.`,
  );
}

/** Rethrows a disk-full error of the working copy as `dataFolderFull(what)`; anything else as it is. */
export function inDataFolder<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof ApiFailure) && ioKind(e) === 'full') throw dataFolderFull(what);
    throw e;
  }
}

/** Why the file `target` could not be written (an export, a report, the CLI's output): its name, never a temp path or errno. */
export function writeFailure(target: string, e: unknown): ApiFailure {
  const name = basename(target);
  const folder = basename(dirname(target)) || dirname(target);
  switch (ioKind(e)) {
    case 'full':
      return new ApiFailure('io', `Filen ${name} kunde inte skrivas: disken är full. Frigör utrymme och försök igen.`, 'name');
    case 'denied':
      return new ApiFailure('io', `Filen ${name} kunde inte skrivas: du saknar behörighet att skriva i mappen ${folder}.`, 'name');
    case 'missing':
      return new ApiFailure('io', `Filen ${name} kunde inte skrivas: mappen ${folder} finns inte.`, 'name');
    default:
      logInternalError(e);
      return new ApiFailure('io', `Filen ${name} kunde inte skrivas; detaljerna finns i programmets fellogg (errors.log).`, 'name');
  }
}

/** Why the file `path` could not be read (open, merge, import): no permission is not a missing folder. */
export function readFailure(path: string, e: unknown): string {
  const name = basename(path);
  const code = String((e as { code?: unknown })?.code ?? '');
  switch (ioKind(e)) {
    case 'denied':
      return `Du saknar behörighet att läsa ${name}.`;
    case 'missing':
      return code === 'ENOTDIR' || !existsSync(dirname(path)) ? `Mappen där ${name} skulle ligga finns inte.` : `Filen ${name} finns inte.`;
    default:
      logInternalError(e);
      return `Filen ${name} kunde inte läsas; detaljerna finns i programmets fellogg (errors.log).`;
  }
}
