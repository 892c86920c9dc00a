// Makes new documents: a migrated, empty file filled with a plan in one transaction, with one
// change-log note that says where the plan came from.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from './domain';
import { Batch, type Actor } from './changes';
import { HybridClock } from './clock';
import { openWritable } from './db';
import { Growth } from './limits';
import { migrate } from './migrate';
import { insertVersions } from './versions';
import { insertPlan, writeMeta } from './write';
import { workingDir } from '../app-data/paths';
import { CREATION_TABLE, WORKING_FILE } from './session';

/** Writes `plan` into a new document file at `path` (which must not exist). */
export function createDocumentFile(path: string, plan: Plan, actor: Actor, origin: string): void {
  const db = openWritable(path, { create: true });
  try {
    migrate(db);
    const batch = new Batch(db, actor, new HybridClock());
    // insertPlan writes around the batch: every table's limits are checked in full.
    batch.growth = Growth.everything();
    batch.transaction(() => {
      writeMeta(db);
      insertPlan(db, plan);
      insertVersions(db, plan.versions ?? []);
      batch.note(CREATION_TABLE, 'plan', { created: origin, actions: plan.actions.length });
    });
  } finally {
    db.close();
  }
}

/** A fresh working-copy folder (its id is the folder's name). */
export function newWorkingFolder(): { id: string; dir: string } {
  const id = randomUUID();
  const dir = join(workingDir(), id);
  mkdirSync(dir, { recursive: true });
  return { id, dir };
}

export function createWorkingCopy(plan: Plan, actor: Actor, origin: string): { id: string; dir: string } {
  const folder = newWorkingFolder();
  createDocumentFile(join(folder.dir, WORKING_FILE), plan, actor, origin);
  return folder;
}
