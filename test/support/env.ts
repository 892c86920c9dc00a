// Paths of the repository and its bundles, temp folders that are removed after the tests, and
// the app's data folder (KLIMAT_DATA_DIR) pointed at a temp folder for each test file.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const CLI = join(REPO, 'dist/node/cli.cjs');
export const HOST = join(REPO, 'dist/node/host.cjs');
export const RENDERER_INDEX = join(REPO, 'dist/renderer/index.html');
export const SAMPLE_JSON = join(REPO, 'assets/sample/umea-2480.json');

const made: string[] = [];

/** A fresh folder under the OS temp folder, removed by `removeTempDirs`. */
export function tempDir(prefix = 'store'): string {
  const dir = mkdtempSync(join(tmpdir(), `klimat-test-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Points the app's data folder (working copies, settings) of this test process at a temp
 * folder; child processes get it through `process.env` too. Returns the folder.
 */
export function useTempDataDir(prefix = 'data'): string {
  const dir = tempDir(prefix);
  process.env.KLIMAT_DATA_DIR = dir;
  return dir;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The names in a folder, sorted: to show that nothing was created or left beside a file. */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Temp files of an interrupted save beside `name` (`.name.klimat.<hex>.tmp`, `name.klimat.bak.<hex>.tmp`). */
export function saveTempFiles(dir: string, name: string): string[] {
  return listDir(dir).filter((f) => f.startsWith(`.${name}.`) || (f.startsWith(`${name}.bak.`) && f.endsWith('.tmp')));
}
