// Documents for the store's tests: real .klimat files written through the store's own save, a
// DocumentManager on a folder (as the CLI and the browser host make one), and calls through
// the one dispatch every transport uses, typed over the contract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { parsePlanDocument } from '../../shared/schema/document';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { writePlanFile } from '../../electron/document/files';
import { dispatch } from '../../electron/services/dispatch';
import type { CallName, CallOutput } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { InputArg } from './calls';
import { removeTempDirs, SAMPLE_JSON, tempDir, useTempDataDir } from './env';

export const ACTOR = { replica: 'test-replica', user: 'Testaren' };

/** The sample plan (Umeå) as the import reads it. */
export function samplePlan(): Plan {
  const r = parsePlanDocument(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
  if (!r.ok) throw new Error(`sample invalid: ${JSON.stringify(r.problems[0])}`);
  return r.plan;
}

/** Writes `plan` as `dir/name` through the store's atomic save; returns the path. */
export function writeDocument(dir: string, name: string, plan: Plan = samplePlan()): string {
  const path = join(dir, name);
  writePlanFile(path, plan, ACTOR, 'test');
  return path;
}

/** A manager that chooses files by name in `dir`, like the CLI and the browser host. */
export function managerIn(dir: string): DocumentManager {
  return new DocumentManager(folderPicker(dir));
}

/**
 * Registers the hooks of a test file whose every test starts from the same plan: the sample as
 * one file, opened by a fresh manager before each test and closed after it without saving.
 */
export function sampleOpenedEachTest(prefix: string): { readonly manager: DocumentManager } {
  let dir: string;
  let manager: DocumentManager;
  beforeAll(() => {
    useTempDataDir();
    dir = tempDir(prefix);
    writeDocument(dir, 'plan.klimat');
  });
  beforeEach(async () => {
    manager = managerIn(dir);
    await ok(manager, 'document.open', { name: 'plan.klimat' });
  });
  afterEach(() => manager.close(true));
  afterAll(removeTempDirs);
  return {
    get manager() {
      return manager;
    },
  };
}

/** A call typed over the contract: its name, its input and its output. */
export function call<N extends CallName>(manager: DocumentManager, name: N, ...[input]: InputArg<N>): Promise<ApiResult<CallOutput<N>>> {
  return dispatch({ manager }, name, input ?? {}) as Promise<ApiResult<CallOutput<N>>>;
}

/** Any name, any input: for the dispatcher's own refusals (unknown calls, malformed input). */
export function callRaw(manager: DocumentManager, name: string, input: unknown = {}): Promise<ApiResult<unknown>> {
  return dispatch({ manager }, name, input);
}

/** A call that must succeed: its value. */
export async function ok<N extends CallName>(manager: DocumentManager, name: N, ...[input]: InputArg<N>): Promise<CallOutput<N>> {
  const r = await callRaw(manager, name, input ?? {});
  if (!r.ok) expect.fail(`${name} failed: ${r.error.code} ${r.error.path} ${r.error.message}`);
  return r.value as CallOutput<N>;
}

/** A call that must fail: its error. The input is not checked against the contract: refusals are tested with bad input. */
export async function refused(manager: DocumentManager, name: string, input: unknown = {}): Promise<ApiError> {
  const r = await callRaw(manager, name, input);
  if (r.ok) expect.fail(`${name} should have been refused but answered ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

/** Letters only Swedish uses, or common Swedish words: a sentence meant for a Swedish user. */
export const SWEDISH = /[åäöÅÄÖ]|\b(och|är|inte|finns|måste|får|kan|filen|planen|saknas)\b/i;
