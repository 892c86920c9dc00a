// JSON → .klimat (CLI import-json) → JSON (CLI export-json) gives the same plan back, for the
// sample and for a generated plan of 10 000 actions (DESIGN §6).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, SAMPLE_JSON, tempDir, useTempDataDir } from '../support/env';
import { largePlan, planDocument } from '../support/large-plan';
import { cli, stderrLines } from '../support/processes';

let dir: string;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('roundtrip');
});
afterAll(removeTempDirs);

async function roundTrip(jsonPath: string, name: string): Promise<unknown> {
  const klimat = join(dir, `${name}.klimat`);
  const out = join(dir, `${name}.out.json`);
  const imp = await cli(['import-json', jsonPath, klimat]);
  expect(imp.stderr).toBe('');
  expect(imp.code).toBe(0);
  const exp = await cli(['export-json', klimat, out]);
  expect(exp.stderr).toBe('');
  expect(exp.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('JSON → .klimat → JSON', () => {
  it('gives the sample plan back unchanged', async () => {
    const back = await roundTrip(SAMPLE_JSON, 'sample');
    expect(back).toStrictEqual(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
  });

  it('gives a generated plan of 10 000 actions back unchanged', async () => {
    const doc = JSON.parse(JSON.stringify(planDocument(largePlan(10_000, 42))));
    const json = join(dir, 'large.json');
    writeFileSync(json, JSON.stringify(doc));
    const back = (await roundTrip(json, 'large')) as typeof doc;
    // Compare the big parts one by one first, so that a difference is reported where it is.
    for (const key of Object.keys(doc)) expect(back[key], key).toStrictEqual(doc[key]);
    expect(back).toStrictEqual(doc);
  });

  it('export to stdout (-) prints the same document', async () => {
    const r = await cli(['export-json', join(dir, 'sample.klimat'), '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
  });

  it('refuses to overwrite an existing file without --force, and leaves it as it was', async () => {
    const target = join(dir, 'sample.klimat');
    const before = readFileSync(target);
    const r = await cli(['import-json', SAMPLE_JSON, target]);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/finns redan.*--force/);
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
