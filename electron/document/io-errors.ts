// What a failed file operation means for the user, in one Swedish sentence without paths or
// errno codes: the disk is full, there is no permission, the file or folder is missing. Node's
// errno codes and SQLite's result codes (better-sqlite3 puts them in `code`) both count.
import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
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
