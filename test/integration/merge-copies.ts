// Copies of one plan for the merge tests: each a real working copy (SQLite, change log, undo)
// edited through the same dispatch as the app. `mergeFile` runs the merge on a file without the
// open gate (the gate has its own tests; the property test runs hundreds of merges).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../shared/domain/types';
import type { Side } from '../../shared/merge/types';
import type { Conflict } from '../../shared/merge/types';
import type { CallName, CallOutput } from '../../shared/api/contract';
import { ApiFailure, type ApiResult } from '../../shared/api/result';
import type { InputArg } from '../support/calls';
import { newWorkingFolder } from '../../electron/document/create';
import { openReadOnly } from '../../electron/document/db';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { readPlan } from '../../electron/document/read';
import { Session, WORKING_FILE } from '../../electron/document/session';
import { commitMerge, prepareMerge, type MergeNote } from '../../electron/merge/merge';
import { dispatch } from '../../electron/services/dispatch';

export class Copy {
  readonly manager: DocumentManager;
  readonly session: Session;

  /** A working copy of `file` (copied; the file is not touched). */
  constructor(file: string) {
    const folder = newWorkingFolder();
    copyFileSync(file, join(folder.dir, WORKING_FILE));
    this.session = new Session(folder.id, folder.dir, null, null, null, false);
    this.manager = new DocumentManager(folderPicker(folder.dir));
    this.manager.session = this.session;
  }

  call<N extends CallName>(name: N, ...[input]: InputArg<N>): Promise<ApiResult<CallOutput<N>>> {
    return dispatch({ manager: this.manager }, name, input ?? {}) as Promise<ApiResult<CallOutput<N>>>;
  }

  async value<N extends CallName>(name: N, ...input: InputArg<N>): Promise<CallOutput<N>> {
    const r = await this.call(name, ...input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  }

  plan(): Plan {
    return readPlan(this.session.db);
  }

  logSize(): number {
    return this.session.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
  }

  /** The copy as a single file, as Spara would leave it. */
  snapshot(path: string): string {
    this.session.db.prepare('VACUUM INTO ?').run(path);
    return path;
  }

  close(): void {
    this.manager.close(true);
  }
}

export type MergeOutcome = { ok: true; note: MergeNote; conflicts: Conflict[]; incoming: number } | { ok: false; message: string; conflicts: Conflict[] };

/** Merges `file` into `copy`, choosing each conflict with `choose`. */
export function mergeFile(copy: Copy, file: string, choose: (c: Conflict) => Side): MergeOutcome {
  const theirs = openReadOnly(file);
  try {
    const prepared = prepareMerge(copy.session, theirs);
    const conflicts = [...prepared.outline.conflicts.values()];
    const choices = Object.fromEntries(conflicts.map((c) => [c.id, choose(c)]));
    try {
      const note = commitMerge(copy.session, prepared, choices, { file: 'other.klimat', title: '', entries: prepared.source.incoming.length, taken: 0 });
      return { ok: true, note, conflicts, incoming: prepared.source.incoming.length };
    } catch (e) {
      if (e instanceof ApiFailure) return { ok: false, message: e.message, conflicts };
      throw e;
    }
  } finally {
    theirs.close();
  }
}
