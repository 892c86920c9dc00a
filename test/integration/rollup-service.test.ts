// rollup.* through the one dispatch every transport uses: the browser host's folder as the
// source (names only, never a path), Electron's dialog choice, progress and cancel, the cached
// roll-up that follows a changed file, and the workbook as a download or a file in the folder.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RollupFiles, RollupRun } from '../../shared/api/calls/rollup';
import type { ExportResult } from '../../shared/exchange/outcomes';
import { chosenRollupSource, folderRollupSource, type RollupSource } from '../../electron/rollup/source';
import { dispatch } from '../../electron/services/dispatch';
import { managerIn, samplePlan, writeDocument } from '../support/documents';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { regionPlan, variantOf } from '../support/region-plans';

let dir: string;
let source: RollupSource;
const manager = () => managerIn(dir);

/** A call with the folder as source, or (null) with none. */
async function call<T>(name: string, input: unknown, rollup: RollupSource | null = source): Promise<T> {
  const r = await dispatch({ manager: manager(), rollup: rollup ?? undefined }, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.path} ${r.error.message}`);
  return r.value as T;
}

async function refusal(name: string, input: unknown, rollup: RollupSource | null = source) {
  const r = await dispatch({ manager: manager(), rollup: rollup ?? undefined }, name, input);
  if (r.ok) throw new Error(`${name} should have been refused`);
  return r.error;
}

beforeAll(() => {
  useTempDataDir();
  dir = tempDir('rollup-service');
  for (const i of [0, 1, 2]) writeDocument(dir, `plan-${i}.klimat`, regionPlan(samplePlan(), variantOf(i)));
  writeFileSync(join(dir, 'exporten.json'), '{}');
  mkdirSync(join(dir, 'undermapp.klimat'));
  source = folderRollupSource(dir);
});
afterAll(removeTempDirs);

describe('rollup.* on the browser host’s folder', () => {
  it('lists the .klimat files of the folder, by name', async () => {
    const files = await call<RollupFiles>('rollup.files', {});
    expect(files.source).toBe('folder');
    expect(files.files.map((f) => f.name)).toEqual(['plan-0.klimat', 'plan-1.klimat', 'plan-2.klimat']);
  });

  it('rolls up the chosen names, and refuses a name that is not in the list', async () => {
    const run = await call<RollupRun>('rollup.run', { names: ['plan-0.klimat', 'plan-2.klimat'], scenarioId: 'decided' });
    if (run.status !== 'done') throw new Error('cancelled');
    expect(run.result.plans.map((p) => p.file)).toEqual(['plan-0.klimat', 'plan-2.klimat']);
    for (const name of ['../plan-0.klimat', join(dir, 'plan-0.klimat'), 'exporten.json', 'undermapp.klimat']) {
      const e = await refusal('rollup.run', { names: [name] });
      expect([e.code, e.path]).toEqual(['notFound', 'names']);
    }
    expect((await refusal('rollup.run', { names: [] })).message).toBe('Välj minst en plan att sammanställa.');
    expect((await refusal('rollup.run', { names: ['plan-0.klimat'], scenarioId: 'ogiltigt id' })).path).toBe('scenarioId');
  });

  it('stops a cancelled roll-up', async () => {
    const taskId = 'rollup-cancel-test';
    await call('exchange.cancel', { taskId });
    expect(await call<RollupRun>('rollup.run', { names: ['plan-1.klimat'], taskId })).toEqual({ status: 'cancelled' });
  });

  it('follows a file changed since the last roll-up', async () => {
    const names = ['plan-1.klimat'];
    const first = await call<RollupRun>('rollup.run', { names });
    const again = await call<RollupRun>('rollup.run', { names });
    expect(again).toEqual(first);
    // Another version of plan-1 under its name, as a colleague's save would leave it.
    writeDocument(dir, 'plan-1b.klimat', regionPlan(samplePlan(), { ...variantOf(1), title: 'Ny titel' }));
    renameSync(join(dir, 'plan-1b.klimat'), join(dir, 'plan-1.klimat'));
    const after = await call<RollupRun>('rollup.run', { names });
    expect(after.status === 'done' && after.result.plans[0].title).toBe('Ny titel');
  });

  it('exports the workbook as a download, or by name in the folder without replacing a file', async () => {
    const names = ['plan-0.klimat', 'plan-1.klimat'];
    const download = await call<ExportResult>('rollup.export', { names });
    if (download.status !== 'download') throw new Error(download.status);
    expect(download.fileName).toMatch(/^Sammanställning \d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(download.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Planer')!.rowCount).toBeGreaterThanOrEqual(3);

    expect(await call<ExportResult>('rollup.export', { names, name: 'region' })).toEqual({ status: 'saved', fileName: 'region.xlsx' });
    const again = await refusal('rollup.export', { names, name: 'region.xlsx' });
    expect(again.code).toBe('conflict');
    expect(await call<ExportResult>('rollup.export', { names, name: 'region.xlsx', overwrite: true })).toEqual({ status: 'saved', fileName: 'region.xlsx' });
  });

  it('without a source (Electron’s main window) says where to choose the plans', async () => {
    expect(await call<RollupFiles>('rollup.files', {}, null)).toEqual({ source: 'none', files: [] });
    expect((await refusal('rollup.run', { names: ['plan-0.klimat'] }, null)).message).toMatch(/Sammanställ planer/);
  });
});

describe('chosenRollupSource (Electron’s dialog)', () => {
  it('takes files and folders, names files by name, and by path where two share a name', () => {
    const other = tempDir('rollup-chosen');
    writeDocument(other, 'plan-0.klimat', regionPlan(samplePlan(), variantOf(5)));
    writeDocument(other, 'eget.klimat', regionPlan(samplePlan(), variantOf(6)));
    const chosen = chosenRollupSource([dir, join(other, 'plan-0.klimat'), join(other, 'eget.klimat')]);
    const names = chosen.list().map((f) => f.name);
    expect(names).toContain('eget.klimat');
    expect(names).toContain('plan-1.klimat');
    expect(names).toContain(join(dir, 'plan-0.klimat'));
    expect(names).toContain(join(other, 'plan-0.klimat'));
    expect(names).not.toContain('exporten.json');
    expect(chosen.resolve(['eget.klimat'])).toEqual([{ file: 'eget.klimat', path: join(other, 'eget.klimat') }]);
    expect(() => chosen.resolve(['plan-0.klimat'])).toThrow(/finns inte bland planerna/);
  });
});
