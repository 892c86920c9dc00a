// The follow-up from the command line and across copies (DESIGN §8): `followup` prints the
// normative JSON; `import-baseline --as` fills the observed emissions; JSON export and import keep
// actuals, observed emissions and versions; two copies merge actuals per action, year and figure
// and take the union of their versions.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../shared/domain/types';
import type { FollowUpResult } from '../../shared/followup';
import { managerIn, ok, samplePlan, writeDocument } from '../support/documents';
import { present } from '../support/calls';
import { REPO, removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { cli, stderrLines } from '../support/processes';

const STATISTICS = join(REPO, '../shared/data/co2-by-sector-municipalities-1990-2021.xlsx');
const T01 = samplePlan().actions.find((a) => a.code === 'T-01')!;
const T02 = samplePlan().actions.find((a) => a.code === 'T-02')!;

let dir: string;
let file: string;
beforeAll(async () => {
  useTempDataDir();
  dir = tempDir('followup-cli');
  file = writeDocument(dir, 'plan.klimat');
  // Adopted, then changed, then actuals entered: as a follow-up year goes.
  const m = managerIn(dir);
  await ok(m, 'document.open', { name: 'plan.klimat' });
  await ok(m, 'versions.create', { id: 'v2025', name: 'Antagen av KF 2025-06-15', adoptedOn: '2025-06-15', decisionRef: 'KS 2025/9', scenarioId: 'decided' });
  await ok(m, 'actions.update', { id: T01.id, changes: { capexSek: 200_000_000 } });
  await ok(m, 'actuals.set', {
    rows: [
      { actionId: T01.id, year: 2024, changes: { capexSek: 40_000_000, effectTonsCo2e: 900 } },
      { actionId: T01.id, year: 2025, changes: { capexSek: 55_000_000 } },
    ],
  });
  await ok(m, 'document.save');
  m.close(true);
});
afterAll(removeTempDirs);

async function followup(args: string[]): Promise<FollowUpResult> {
  const r = await cli(['followup', file, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as FollowUpResult;
}

describe('klimat followup', () => {
  it('prints the follow-up against the version, as DESIGN §8 has it', async () => {
    const r = await followup(['--version', 'v2025']);
    expect(Object.keys(r)).toEqual(['reference', 'year', 'actions', 'totals', 'emissions', 'targets', 'changes']);
    expect(r.reference).toEqual({ versionId: 'v2025', scenarioId: 'decided' });
    expect(r.year).toBe(2025);
    const t01 = r.actions.find((a) => a.id === T01.id)!;
    expect(t01.capex.actual).toBe(95_000_000);
    expect(t01.capex.deviation).toBe(95_000_000 - t01.capex.planned);
    expect(t01.effect.actual).toBe(900);
    expect(t01.opex).toMatchObject({ actual: null, deviation: null });
    expect(r.changes).toEqual({ added: [], removed: [], changed: [{ id: T01.id, fields: ['capexSek'] }] });
    const i = r.totals.years.indexOf(2025);
    expect(r.totals.capex.actual[i]).toBe(55_000_000);
    expect(r.totals.capex.actual[r.totals.years.indexOf(2026)]).toBeNull();
    expect(r.totals.sum.capex.actual).toBe(95_000_000);
    expect(r.emissions.years.length).toBe(r.emissions.observedGross.length);
  });

  it('against the current plan and a scenario, for a chosen year; refuses an unknown version in one Swedish line', async () => {
    const now = await followup(['--scenario', 'all', '--year', '2024']);
    expect(now.reference).toEqual({ versionId: null, scenarioId: 'all' });
    expect(now.year).toBe(2024);
    expect(now.actions.find((a) => a.id === T01.id)!.capex.actual).toBe(40_000_000);
    expect(now.changes).toEqual({ added: [], removed: [], changed: [] });
    const bad = await cli(['followup', file, '--version', 'nej']);
    expect(bad.code).toBe(1);
    expect(stderrLines(bad)).toEqual(['Versionen "nej" finns inte i planen; planens versioner är: v2025.']);
  });

  it('import-baseline --as observed fills the observed emissions and leaves the baseline; the pace follows', async () => {
    const copy = join(dir, 'observed.klimat');
    copyFileSync(file, copy);
    const before = JSON.parse((await cli(['export-json', copy, '-'])).stdout) as Plan;
    const r = await cli(['import-baseline', copy, STATISTICS, '--municipality', '2480', '--as', 'observed']);
    expect(r.code).toBe(0);
    const after = JSON.parse((await cli(['export-json', copy, '-'])).stdout) as Plan;
    expect(after.baseline).toEqual(before.baseline);
    const transport = after.observedEmissions!.find((o) => o.sectorId === 'transport')!;
    expect(transport.points.map((p) => p.year)).toContain(2021);
    const f = JSON.parse((await cli(['followup', copy])).stdout) as FollowUpResult;
    const t2030 = f.targets.find((t) => t.id === 't2030')!;
    expect(t2030.lastObservedYear).toBe(2021);
    expect(t2030.requiredPace).toBeGreaterThan(0);
    expect(t2030.observedPace).not.toBeNull();
    expect((await cli(['import-baseline', copy, STATISTICS, '--municipality', '2480', '--as', 'neither'])).stderr).toMatch(
      /--as måste vara baseline, observed eller both/,
    );
  });

  it('export-json writes actuals, observed emissions and versions, and import-json gives the same document back', async () => {
    const out = join(dir, 'out.json');
    expect((await cli(['export-json', join(dir, 'observed.klimat'), out])).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as PlanDocument;
    expect(doc.actuals).toHaveLength(2);
    expect(doc.versions!.map((v) => [v.id, v.name, v.decisionRef, v.plan.format])).toEqual([['v2025', 'Antagen av KF 2025-06-15', 'KS 2025/9', 'klimat-plan']]);
    expect(doc.versions![0].plan.actions.find((a) => a.id === T01.id)!.capexSek).toBe(T01.capexSek);
    const back = join(dir, 'back.klimat');
    expect((await cli(['import-json', out, back])).code).toBe(0);
    expect(JSON.parse((await cli(['export-json', back, '-'])).stdout)).toStrictEqual(doc);
    // An actual after this year is refused by the JSON import, naming it.
    const next = new Date().getFullYear() + 1;
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ ...doc, actuals: [{ actionId: T01.id, year: next, capexSek: 1 }] }));
    const future = await cli(['import-json', join(dir, 'future.json'), join(dir, 'future.klimat')]);
    expect(future.code).toBe(1);
    expect(stderrLines(future)[0]).toMatch(new RegExp(`actuals\\[0\\]\\.year: Året \\(${next}\\) ligger efter innevarande år`));
  });
});

describe('merging copies with follow-up', () => {
  it('merges actuals per action, year and figure, and keeps the versions of both copies', async () => {
    const edit = async (name: string, user: string, fn: (m: ReturnType<typeof managerIn>) => Promise<unknown>) => {
      copyFileSync(file, join(dir, name));
      const m = managerIn(dir);
      await ok(m, 'document.open', { name });
      await ok(m, 'settings.update', { userName: user });
      await fn(m);
      await ok(m, 'document.save');
      m.close(true);
    };
    await edit('anna.klimat', 'Anna', async (m) => {
      await ok(m, 'actuals.set', {
        rows: [
          { actionId: T01.id, year: 2025, changes: { opexSek: 700_000 } },
          { actionId: T02.id, year: 2025, changes: { capexSek: 3_000_000 } },
        ],
      });
      await ok(m, 'versions.create', { id: 'v-anna', name: 'Annas version', adoptedOn: '2026-01-10', scenarioId: 'decided' });
    });
    await edit('bo.klimat', 'Bo', async (m) => {
      await ok(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2025, changes: { savingsSek: 100_000 } }] });
      await ok(m, 'versions.create', { id: 'v-bo', name: 'Bos version', adoptedOn: '2026-02-10', scenarioId: 'all' });
    });
    const m = managerIn(dir);
    try {
      await ok(m, 'document.open', { name: 'anna.klimat' });
      const preview = present(await ok(m, 'merge.preview', { name: 'bo.klimat' }));
      expect(preview.conflicts).toEqual([]);
      await ok(m, 'merge.apply', { mergeId: preview.mergeId, choices: {} });
      const actuals = await ok(m, 'actuals.list');
      expect(actuals.find((a) => a.actionId === T01.id && a.year === 2025)).toEqual({
        actionId: T01.id,
        year: 2025,
        capexSek: 55_000_000,
        opexSek: 700_000,
        savingsSek: 100_000,
      });
      expect(actuals.find((a) => a.actionId === T02.id)).toEqual({ actionId: T02.id, year: 2025, capexSek: 3_000_000 });
      expect((await ok(m, 'versions.list')).map((v) => v.id).sort()).toEqual(['v-anna', 'v-bo', 'v2025']);
      const bo = await ok(m, 'versions.get', { id: 'v-bo' });
      expect(bo.scenarioId).toBe('all');
      expect(bo.plan.actions).toHaveLength(samplePlan().actions.length);
      await ok(m, 'document.save');
    } finally {
      m.close(true);
    }
    // The merged file passes the open gate with all three versions.
    expect((await cli(['validate', join(dir, 'anna.klimat')])).stdout).toBe('OK\n');
  });
});
