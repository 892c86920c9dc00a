// Whole-file operations outside an open session: write a plan to a new .klimat file (CLI `new`,
// `import-json`), through the same atomic save as Spara.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import type { Plan } from './domain';
import type { Actor } from './changes';
import { encodeHlc } from './clock';
import { openWritable } from './db';
import { createDocumentFile, newWorkingFolder } from './create';
import { replacingFile } from './lock';
import { realPath } from './real-path';
import { saveDatabase } from './save';

/** Creates `target` holding `plan`; refuses to replace an existing file unless `force`. */
export function writePlanFile(path: string, plan: Plan, actor: Actor, origin: string, force = false): void {
  if (existsSync(path) && !force) {
    throw new ApiFailure('conflict', `Filen ${path} finns redan; ange --force för att ersätta den.`);
  }
  const target = realPath(path);
  const { dir } = newWorkingFolder();
  try {
    const path = join(dir, 'new.klimat');
    createDocumentFile(path, plan, actor, origin);
    const db = openWritable(path);
    try {
      replacingFile(target, () => saveDatabase(db, target, actor, encodeHlc(Date.now(), 0)));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
