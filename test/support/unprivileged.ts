// Running a child without the tests' privileges: file modes do not stop root, so a test of "no
// permission" runs its child as `nobody` (setpriv) when the tests run as root.
import { execFileSync } from 'node:child_process';
import { CLI } from './env';
import { commandExists } from './processes';

export const isRoot = process.getuid?.() === 0;

/** How to run a child without permission to files it does not own, or why that cannot be done here. */
export function unprivileged(): { prefix: string[] } | { skip: string } {
  if (process.platform === 'win32') return { skip: 'file modes do not apply on Windows' };
  if (!isRoot) return { prefix: [] };
  if (!commandExists('setpriv')) return { skip: 'the tests run as root (who ignores file modes) and setpriv is not installed to drop to nobody' };
  const prefix = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];
  try {
    // nobody must be able to run the CLI from this checkout at all.
    execFileSync(prefix[0], [...prefix.slice(1), process.execPath, CLI, 'help'], { stdio: 'ignore' });
  } catch (e) {
    return { skip: `nobody cannot run the CLI here through setpriv (${(e as Error).message.split('\n')[0]})` };
  }
  return { prefix };
}
