// The baseline from the national emissions statistics, read from the real file in
// ../shared/data (never copied): for Östersund (2380) and Umeå the points equal the file's
// values; the preview shows them first; applying is one undo step.
import { present } from '../support/calls';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { call, managerIn, ok, refused, samplePlan, writeDocument } from '../support/documents';
import { REPO, removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { cli, stderrLines } from '../support/processes';

const STATISTICS = join(REPO, '../shared/data/co2-by-sector-municipalities-1990-2021.xlsx');
/** The file's sector names (its own spellings) and the plan's sector ids, as issue 7 gives them. */
const SUFFIXES: Record<string, string> = {
  Transporter: 'transport',
  'El och fjärrvärme': 'electricityHeat',
  'Industri (energi + processer)': 'industry',
  Arbetsmaskiner: 'machinery',
  'Egen uppärmning av bostäder och lokaler': 'heating',
  Jordbruk: 'agriculture',
  'Avfall (inkl.avlopp)': 'waste',
  'Produktanvändning (inkl. lösningsmedel)': 'productUse',
  'Utrikes transporter': 'internationalTransport',
};

/** A municipality's points per sector, read from the file here with exceljs, independently of the app. */
async function fileBaseline(municipality: string): Promise<Map<string, { year: number; tonsCo2e: number }[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(STATISTICS);
  const ws = wb.worksheets[0];
  const header = ws.getRow(1).values as unknown[];
  const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(header.indexOf('Kommun')).value === municipality)!;
  const out = new Map<string, { year: number; tonsCo2e: number }[]>();
  header.forEach((h, col) => {
    const m = typeof h === 'string' ? /^(\d{4})_(.+)$/.exec(h) : null;
    if (!m) return;
    const id = SUFFIXES[m[2]];
    out.set(id, [...(out.get(id) ?? []), { year: Number(m[1]), tonsCo2e: row.getCell(col).value as number }]);
  });
  for (const [, points] of out) points.sort((a, b) => a.year - b.year);
  return out;
}

let dir: string;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('baseline');
});
afterAll(removeTempDirs);

async function exported(klimat: string): Promise<Plan> {
  const r = await cli(['export-json', klimat, '-']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Plan;
}

describe('import-baseline (CLI)', () => {
  it('gives a new plan for Östersund (2380) the file’s points for every sector', async () => {
    const klimat = join(dir, 'ostersund.klimat');
    expect((await cli(['new', klimat, '--municipality', '2380'])).code).toBe(0);
    const r = await cli(['import-baseline', klimat, STATISTICS, '--municipality', '2380']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = await exported(klimat);
    const expected = await fileBaseline('Östersund');
    expect(plan.baseline.map((b) => b.sectorId)).toEqual(plan.sectors.map((s) => s.id).filter((id) => expected.has(id)));
    for (const b of plan.baseline) {
      expect(b.points).toEqual(expected.get(b.sectorId));
      expect(b.annualChange).toBe(0);
    }
    expect(plan.baseline).toHaveLength(9);
  });

  it('replaces the Umeå sample’s baseline for the covered sectors, keeping each annual change and the sinks', async () => {
    const klimat = writeDocument(dir, 'umea.klimat');
    const before = samplePlan();
    const r = await cli(['import-baseline', klimat, STATISTICS, '--municipality', 'Umeå kommun']);
    expect(r.code).toBe(0);
    const plan = await exported(klimat);
    const expected = await fileBaseline('Umeå');
    for (const [sectorId, points] of expected) {
      const b = plan.baseline.find((x) => x.sectorId === sectorId)!;
      expect(b.points).toEqual(points);
      expect(b.annualChange).toBe(before.baseline.find((x) => x.sectorId === sectorId)?.annualChange ?? 0);
    }
    expect(plan.baseline.find((b) => b.sectorId === 'sinks')).toEqual(before.baseline.find((b) => b.sectorId === 'sinks'));
  });

  it('refuses a municipality the file or the country does not have, with one line', async () => {
    const klimat = join(dir, 'ostersund.klimat');
    const r = await cli(['import-baseline', klimat, STATISTICS, '--municipality', 'Atlantis']);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual(['"Atlantis" är ingen av Sveriges 290 kommuner; ange kommunens namn eller fyrsiffriga kommunkod.']);
  });
});

describe('baseline preview and apply (API)', () => {
  it('shows the points, the check against the totals and what is replaced, then applies as one undo step', async () => {
    writeDocument(dir, 'api.klimat');
    const m = managerIn(dir);
    try {
      await ok(m, 'document.open', { name: 'api.klimat' });
      const before = await ok(m, 'plan.snapshot');
      // A path is never accepted, only a name in the folder or the file's bytes.
      expect((await refused(m, 'exchange.stage', { from: 'folder', name: '../api.klimat', purpose: 'statistics' })).code).toBe('invalid');
      const file = present(
        await ok(m, 'exchange.stage', { from: 'upload', name: 'utslapp.xlsx', base64: readFileSync(STATISTICS).toString('base64'), purpose: 'statistics' }),
      );
      const preview = await ok(m, 'exchange.baselinePreview', { fileId: file.fileId, municipality: '2480' });
      expect(preview.municipality).toEqual({ code: '2480', name: 'Umeå' });
      expect(preview.municipalities).toHaveLength(290);
      expect(preview.years).toEqual([1990, 2000, 2005, 2010, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
      expect(preview.totals.every((t) => t.ok)).toBe(true);
      expect(preview.warnings).toEqual([]);
      const transport = preview.sectors.find((s) => s.sectorId === 'transport')!;
      expect(transport).toMatchObject({ name: 'Transporter', fileName: 'Transporter', replacesPoints: 6 });
      expect(transport.points).toEqual((await fileBaseline('Umeå')).get('transport'));
      expect(preview.sectors.find((s) => s.sectorId === 'waste')!.replacesPoints).toBe(0);
      expect(await ok(m, 'plan.snapshot')).toEqual(before);

      const other = await ok(m, 'exchange.baselinePreview', { fileId: file.fileId, municipality: 'Östersund' });
      expect(other.warnings[0]).toBe('Planen gäller Umeå (2480), men du har valt Östersund (2380).');

      expect(await ok(m, 'exchange.baselineApply', { fileId: file.fileId, municipality: '2480' })).toEqual({ sectors: 9, points: 99 });
      const after = await ok(m, 'baseline.list');
      expect(after.find((b) => b.sectorId === 'transport')!.points).toEqual(transport.points);
      await ok(m, 'history.undo');
      expect(await ok(m, 'plan.snapshot')).toEqual(before);

      const bad = await refused(m, 'exchange.baselinePreview', { fileId: file.fileId, municipality: 'Narnia' });
      expect(bad).toMatchObject({ code: 'invalid', path: 'municipality' });
      const wrongFile = present(
        await ok(m, 'exchange.stage', { from: 'upload', name: 'x.csv', base64: Buffer.from('Kod;Namn\n').toString('base64'), purpose: 'statistics' }),
      );
      expect((await refused(m, 'exchange.baselinePreview', { fileId: wrongFile.fileId, municipality: '2480' })).message).toMatch(/ingen kolumn "Kommun"/);
      expect((await call(m, 'exchange.baselineApply', { fileId: '00000000-0000-4000-8000-000000000000', municipality: '2480' })).ok).toBe(false);
    } finally {
      m.close(true);
    }
  });
});
