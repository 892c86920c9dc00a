// The roll-up of several plans (DESIGN §11) from files: read them (read.ts), then the pure sums
// of shared/rollup. The CLI, the browser host and the Electron window all come here.
import { basename } from 'node:path';
import { combine, type RollupResult } from '../../shared/rollup';
import { readRollupFiles, type ReadOptions, type RollupFile } from './read';
import { plansInFolder } from './source';
import { statSync } from 'node:fs';

export async function rollupFiles(files: readonly RollupFile[], opts: ReadOptions = {}): Promise<RollupResult> {
  const { figures, refused } = await readRollupFiles(files, opts);
  return combine(figures, refused);
}

/**
 * The CLI's arguments as files: a folder stands for its .klimat files (sorted by name), anything
 * else for itself, named by its file name; a path that does not exist is listed as refused.
 */
export function filesOfArguments(args: readonly string[]): RollupFile[] {
  return args.flatMap((arg) => {
    let folder = false;
    try {
      folder = statSync(arg).isDirectory();
    } catch {
      // Not there: the gate says so, as a refused file.
    }
    return (folder ? plansInFolder(arg) : [arg]).map((path) => ({ file: basename(path), path }));
  });
}
