// The other copy of a merge: admitted through the open gate into a private folder (the user's
// file is only ever read), checked to be the same plan, and kept until the merge is applied or
// cancelled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { first, openReadOnly, qb, type Sqlite } from '../document/db';
import { admit } from '../document/gate';
import { RefusedFile } from '../document/refused';

export interface OtherCopy {
  fileName: string;
  dir: string;
  path: string;
  title: string;
  municipality: string;
}

interface PlanName {
  docId: string;
  title: string;
  municipality: string;
}

export function planName(db: Sqlite): PlanName {
  const plan = first(db, qb.selectFrom('plan').select(['title', 'municipality']));
  const docId = first(db, qb.selectFrom('meta').select('value').where('key', '=', 'doc_id'))?.value ?? '';
  return { docId, title: plan?.title ?? '', municipality: plan?.municipality ?? '' };
}

const describe = (p: PlanName) => `"${p.title || 'utan titel'}" (${p.municipality})`;

/** Admits `path` and checks that it is a copy of the plan in `mine`; throws a Swedish refusal otherwise. */
export async function admitOtherCopy(path: string, mine: Sqlite): Promise<OtherCopy> {
  const fileName = basename(path);
  const dir = mkdtempSync(join(tmpdir(), 'klimat-merge-'));
  const copy = join(dir, 'other.klimat');
  try {
    try {
      await admit(path, copy);
    } catch (e) {
      if (e instanceof RefusedFile) throw new ApiFailure('refusedFile', `${fileName} kan inte sammanfogas: ${e.message}`);
      throw e;
    }
    const theirs = openReadOnly(copy);
    let name: PlanName;
    try {
      name = planName(theirs);
    } finally {
      theirs.close();
    }
    const own = planName(mine);
    if (name.docId !== own.docId) {
      throw new ApiFailure(
        'refusedFile',
        `${fileName} är en annan plan, ${describe(name)}, inte en kopia av den öppna planen ${describe(own)}. Bara kopior av samma plan kan sammanfogas.`,
      );
    }
    return { fileName, dir, path: copy, title: name.title, municipality: name.municipality };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function discardOtherCopy(o: OtherCopy): void {
  rmSync(o.dir, { recursive: true, force: true });
}
