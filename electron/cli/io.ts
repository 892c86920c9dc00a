// File helpers of the CLI: read a plan from JSON or .klimat (through the open gate), write
// output files without ever replacing one unless --force.
import { mkdtempSync, renameSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plan } from '../../shared/domain/types';
import { admit } from '../document/gate';
import { readJsonPlanFile } from '../document/json-plan';
import { openReadOnly, type Sqlite } from '../document/db';
import { readPlan } from '../document/read';
import { RefusedFile } from '../document/refused';
import type { FilePicker } from '../document/file-choice';

export class CliError extends Error {}

export function readJsonPlan(path: string): Plan {
  try {
    return readJsonPlanFile(path);
  } catch (e) {
    if (e instanceof RefusedFile) throw new CliError(e.message);
    throw e;
  }
}

/** Runs `fn` on a checked private copy of a .klimat file; the file itself is only read. */
export async function withCheckedCopy<T>(path: string, fn: (db: Sqlite) => T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-'));
  try {
    const copy = join(dir, 'plan.klimat');
    try {
      await admit(path, copy);
    } catch (e) {
      if (e instanceof RefusedFile) throw new CliError(e.message);
      throw e;
    }
    const db = openReadOnly(copy);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function isJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** A plan from a .json or a .klimat file. */
export async function readAnyPlan(path: string): Promise<Plan> {
  return isJsonPath(path) ? readJsonPlan(path) : withCheckedCopy(path, readPlan);
}

/** The CLI's edge: every file question is answered with the path on the command line. */
export function givenFile(path: string, replaceAgreed = false): FilePicker {
  return { picker: 'names', choose: async () => ({ path: resolve(path), replaceAgreed }), list: () => [] };
}

export function refuseExisting(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw new CliError(`Filen ${path} finns redan; ange --force för att ersätta den.`);
}

/** Writes text to `path` (temp file + rename, so a reader never sees half of it), or stdout for '-'. */
export function writeOutput(path: string, text: string, force: boolean): void {
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  refuseExisting(path, force);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`Filen ${path} kunde inte skrivas (${(e as Error).message}).`);
  }
}
