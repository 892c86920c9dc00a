// `klimat merge <mine> <theirs> <out> [--prefer mine|theirs]` as a real child process (issue 8):
// it prints what came in and every conflict, exits 1 while conflicts remain without --prefer
// (writing nothing), settles them with --prefer, and never touches the two input files.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoneyWithUnit } from '../../shared/format/number';
import { removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { samplePlan, SWEDISH, writeDocument } from '../support/documents';
import { cli, stderrLines, type Run } from '../support/processes';

const sample = samplePlan();
const [T1, T2] = sample.actions;
let dir: string;
let mine: string;
let theirs: string;

function expectOk(r: Run): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

async function edit(file: string, user: string, call: string, input: unknown): Promise<void> {
  expectOk(await cli(['call', file, 'settings.update', JSON.stringify({ userName: user })]));
  expectOk(await cli(['call', file, call, JSON.stringify(input)]));
}

async function exported(file: string) {
  const r = await cli(['export-json', file, '-']);
  expectOk(r);
  return JSON.parse(r.stdout) as { actions: { id: string; name: string; capexSek: number }[] };
}

beforeAll(async () => {
  useTempDataDir('merge-cli');
  dir = tempDir('merge-cli');
  const base = writeDocument(dir, 'base.klimat');
  mine = join(dir, 'mina.klimat');
  theirs = join(dir, 'deras.klimat');
  copyFileSync(base, mine);
  copyFileSync(base, theirs);
  await edit(mine, 'Anna', 'actions.update', { id: T1.id, changes: { capexSek: 150_000_000 } });
  await edit(theirs, 'Bo', 'actions.update', { id: T1.id, changes: { capexSek: 200_000_000 } });
  await edit(theirs, 'Bo', 'actions.update', { id: T2.id, changes: { name: 'Cykelvägar, etapp 2' } });
});
afterAll(removeTempDirs);

describe('klimat merge', () => {
  it('stops with exit 1 while a conflict remains and no --prefer is given, and writes nothing', async () => {
    const hashes = [sha256(mine), sha256(theirs)];
    const out = join(dir, 'ut.klimat');
    const r = await cli(['merge', mine, theirs, out]);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/1 konflikt återstår.*--prefer/);
    expect(r.stdout).toContain('Konflikter: 1, inte avgjorda.');
    const tkr = (sek: number) => formatMoneyWithUnit(sek, 'tkr');
    expect(r.stdout).toContain(`Investering för ${T1.code} ${T1.name}: ${tkr(T1.capexSek)} → ${tkr(150_000_000)} (Anna,`);
    expect(r.stdout).toContain(`Investering för ${T1.code} ${T1.name}: ${tkr(T1.capexSek)} → ${tkr(200_000_000)} (Bo,`);
    expect(r.stdout).toMatch(/Ändringar från den andra kopian: 2 – 1 tas in, 1 ingår i konflikter\./);
    expect(existsSync(out)).toBe(false);
    expect([sha256(mine), sha256(theirs)]).toEqual(hashes);
  });

  it.each([
    ['theirs', 200_000_000, 'deras version'],
    ['mine', 150_000_000, 'min version'],
  ] as const)('settles every conflict with --prefer %s', async (prefer, capex, words) => {
    const hashes = [sha256(mine), sha256(theirs)];
    const out = join(dir, `ut-${prefer}.klimat`);
    const r = await cli(['merge', mine, theirs, out, '--prefer', prefer]);
    expectOk(r);
    expect(r.stdout).toContain(`Konflikter: 1, avgjorda med ${words}.`);
    expect(r.stdout).toContain(`Skrev den sammanfogade planen till ${out}.`);
    const merged = await exported(out);
    expect(merged.actions.find((a) => a.id === T1.id)?.capexSek).toBe(capex);
    expect(merged.actions.find((a) => a.id === T2.id)?.name).toBe('Cykelvägar, etapp 2');
    expect([sha256(mine), sha256(theirs)]).toEqual(hashes);
    expectOk(await cli(['validate', out]));
  });

  it('refuses to replace an existing file without --force', async () => {
    const out = join(dir, 'finns.klimat');
    copyFileSync(mine, out);
    const before = sha256(out);
    const r = await cli(['merge', mine, theirs, out, '--prefer', 'theirs']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/finns redan.*--force/);
    expect(sha256(out)).toBe(before);
    expectOk(await cli(['merge', mine, theirs, out, '--prefer', 'theirs', '--force']));
    expect(sha256(out)).not.toBe(before);
  });

  it('refuses another plan and a wrong --prefer with one Swedish line', async () => {
    const other = writeDocument(dir, 'annan.klimat', {
      ...sample,
      plan: { ...sample.plan, municipality: 'Luleå', municipalityCode: '2580', title: 'Klimatplan Luleå' },
    });
    const r = await cli(['merge', mine, other, join(dir, 'x.klimat')]);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(SWEDISH);
    expect(r.stderr).toContain('Klimatplan Luleå');
    const bad = await cli(['merge', mine, theirs, join(dir, 'y.klimat'), '--prefer', 'båda']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--prefer ska vara mine/);
  });
});
