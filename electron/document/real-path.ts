// The file a path really names. A plan opened or saved through a symbolic link (a shortcut into
// a synced folder, a link on a network share) is read, locked, backed up and replaced where it
// really lives: saving "through" the link must not replace the link with a regular file, leave
// the real file old, turn `.bak` into a second link, or put the lock beside the link.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The real path of `path`; for a file not there yet, its real folder and its name. */
export function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}
