// File helpers of the CLI: read a plan from JSON or .klimat (through the open gate), write
// output files without ever replacing one unless --force.
import { mkdtempSync, readFileSync, renameSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { parsePlanDocument } from '../../shared/schema/document';
import { describeProblem } from '../../shared/schema/problems';
import type { Plan } from '../../shared/domain/types';
import { admit } from '../document/gate';
import { openReadOnly, type Sqlite } from '../document/db';
import { readPlan } from '../document/read';
import { RefusedFile } from '../document/refused';
import { liveHolder, notReplacedMessage } from '../document/lock';
import { readFailure, writeFailure } from '../document/io-errors';
import { realPath } from '../document/real-path';

export class CliError extends Error {}

/** Where JSON.parse stopped, in Swedish (its own English message stays out). */
export function jsonWhere(e: unknown): string {
  const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  return at ? ` (fel vid tecken ${Number(at[1]) + 1})` : '';
}

export function readJsonPlan(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(readFailure(path, e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`Filen ${basename(path)} är inte giltig JSON${jsonWhere(e)}.`);
  }
  const r = parsePlanDocument(json);
  if (!r.ok) {
    const more = r.problems.length > 1 ? ` (och ${r.problems.length - 1} fel till)` : '';
    throw new CliError(`${basename(path)} avvisades: ${describeProblem(r.problems[0])}${more}`);
  }
  return r.plan;
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

/** An output file is never replaced without --force, nor ever one somebody has open (a live lock). */
export function refuseExisting(path: string, force: boolean): void {
  const holder = liveHolder(realPath(path));
  if (holder) throw new CliError(notReplacedMessage(path, holder));
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
    throw new CliError(writeFailure(path, e).message);
  }
}
