// "Sammanfoga med…" refuses what is not another copy of the open plan (issue 8): a file of another
// plan (named, with both plans), a file from a newer app version and a damaged file. Nothing
// changes: not the open plan, not its log, not the other file.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/document/migrate';
import type { DocumentManager } from '../../electron/document/manager';
import { craftFrom, flipBtreePageHeader } from '../support/craft';
import { removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, samplePlan, SWEDISH, writeDocument } from '../support/documents';

let dir: string;
let m: DocumentManager;
const sample = samplePlan();

beforeAll(() => {
  useTempDataDir('merge-refusals');
  dir = tempDir('merge-refusals');
  writeDocument(dir, 'umea.klimat');
  copyFileSync(join(dir, 'umea.klimat'), join(dir, 'kopia.klimat'));
  writeDocument(dir, 'lulea.klimat', { ...sample, plan: { ...sample.plan, municipality: 'Luleå', municipalityCode: '2580', title: 'Klimatplan Luleå' } });
  craftFrom(join(dir, 'kopia.klimat'), join(dir, 'nyare.klimat'), (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`));
  copyFileSync(join(dir, 'kopia.klimat'), join(dir, 'trasig.klimat'));
  flipBtreePageHeader(join(dir, 'trasig.klimat'));
});
afterEach(() => m?.close(true));
afterAll(removeTempDirs);

async function unchangedAfter(name: string): Promise<string> {
  m = managerIn(dir);
  await ok(m, 'document.open', { name: 'umea.klimat' });
  await ok(m, 'actions.update', { id: sample.actions[0].id, changes: { capexSek: 1 } });
  const plan = await ok(m, 'plan.snapshot');
  const log = (await ok(m, 'history.list', { limit: 1 })).total;
  const hash = sha256(join(dir, name));
  const err = await refused(m, 'merge.preview', { name });
  expect(err.code).toBe('refusedFile');
  expect(err.message).toMatch(SWEDISH);
  expect(err.message).toContain(name);
  expect(await ok(m, 'plan.snapshot')).toEqual(plan);
  expect((await ok(m, 'history.list', { limit: 1 })).total).toBe(log);
  expect(sha256(join(dir, name))).toBe(hash);
  // The edit before is still the last step to undo: the refusal left no step of its own.
  expect((await ok(m, 'history.undo')).canUndo).toBe(false);
  return err.message;
}

describe('merge refusals', () => {
  it('refuses a file of another plan, naming both plans', async () => {
    const message = await unchangedAfter('lulea.klimat');
    expect(message).toContain('Klimatplan Luleå');
    expect(message).toContain('Luleå');
    expect(message).toContain(sample.plan.title);
    expect(message).toContain('Umeå');
  });

  it('refuses a file from a newer version of the app, naming both versions', async () => {
    const message = await unchangedAfter('nyare.klimat');
    expect(message).toContain(String(LATEST_VERSION + 1));
    expect(message).toMatch(/nyare version/);
  });

  it('refuses a damaged file', async () => {
    const message = await unchangedAfter('trasig.klimat');
    expect(message).toMatch(/skadad|trasig/);
  });

  it('refuses a name that is not a file name, and a file that does not exist', async () => {
    m = managerIn(dir);
    await ok(m, 'document.open', { name: 'umea.klimat' });
    expect(await refused(m, 'merge.preview', { name: '../umea.klimat' })).toMatchObject({ code: 'invalid', path: 'name' });
    expect(await refused(m, 'merge.preview', {})).toMatchObject({ code: 'invalid', path: 'name' });
    const missing = await refused(m, 'merge.preview', { name: 'finns-inte.klimat' });
    expect(missing.code).toBe('refusedFile');
  });

  it('needs an open plan that may be written', async () => {
    m = managerIn(dir);
    expect(await refused(m, 'merge.preview', { name: 'kopia.klimat' })).toMatchObject({ code: 'noDocument' });
    await ok(m, 'document.open', { name: 'umea.klimat', readOnly: true });
    expect(await refused(m, 'merge.preview', { name: 'kopia.klimat' })).toMatchObject({ code: 'readOnly' });
  });
});
