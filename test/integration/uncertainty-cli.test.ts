// `klimat uncertainty` prints the §9 object: the same bytes for a plan as JSON and as .klimat,
// exactly what the shared simulation computes, and one Swedish line for every refusal.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../shared/schema/document';
import { simulateUncertainty } from '../../shared/uncertainty';
import sample from '../../assets/sample/umea-2480.json';

const dir = mkdtempSync(join(tmpdir(), 'klimat-uncertainty-'));
const env = { ...process.env, KLIMAT_DATA_DIR: join(dir, 'data') };
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/node/cli.cjs', ...args], { env, encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('klimat uncertainty', () => {
  const json = 'assets/sample/umea-2480.json';
  const klimat = join(dir, 'umea.klimat');
  execFileSync(process.execPath, ['dist/node/cli.cjs', 'import-json', json, klimat], { env });

  it('prints the same bytes for the JSON file and the .klimat made from it', () => {
    const a = cli('uncertainty', json, '--scenario', 'all', '--draws', '300', '--seed', '7');
    const b = cli('uncertainty', klimat, '--scenario', 'all', '--draws', '300', '--seed', '7');
    expect(a.status).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
  });

  it('prints exactly what the shared simulation computes, with 2 000 draws and seed 1 by default', () => {
    const parsed = parsePlanDocument(structuredClone(sample));
    if (!parsed.ok) throw new Error('sample invalid');
    const out = JSON.parse(cli('uncertainty', json, '--scenario', 'decided').stdout);
    expect(out).toEqual(JSON.parse(JSON.stringify(simulateUncertainty(parsed.plan, 'decided'))));
    expect(Object.keys(out)).toEqual(['scenarioId', 'draws', 'seed', 'years', 'gross', 'net', 'targets', 'npvSek', 'capexSek', 'carbonBudget', 'drivers']);
    expect(out).toMatchObject({ scenarioId: 'decided', draws: 2000, seed: 1 });
    expect(Object.keys(out.gross)).toEqual(['p5', 'p10', 'p50', 'p90', 'p95', 'mean']);
    expect(out.gross.p50).toHaveLength(out.years.length);
    expect(out.targets[0]).toMatchObject({ id: 't2030', year: 2030 });
    expect(out.drivers.year).toBe(2030);
    expect(out.carbonBudget).toHaveProperty('probabilityExhausted');
  });

  it('takes the drivers year from --year', () => {
    const out = JSON.parse(cli('uncertainty', json, '--scenario', 'all', '--draws', '50', '--year', '2040').stdout);
    expect(out.drivers.year).toBe(2040);
    expect(out.drivers.actions.length).toBeGreaterThan(0);
  });

  it.each([
    [['--scenario', 'finns-inte'], 'finns-inte'],
    [['--scenario', 'all', '--draws', 'många'], 'Antalet dragningar (--draws) måste vara ett heltal'],
    [['--scenario', 'all', '--draws', '0'], 'Antalet dragningar måste vara ett heltal 1–50'],
    [['--scenario', 'all', '--seed=-3'], 'Fröet måste vara ett heltal'],
    [['--scenario', 'all', '--seed', '-3'], 'Felaktiga argument'],
    [['--scenario', 'all', '--year', '2050'], 'Året 2050 ligger utanför planens tidsaxel 2020–2045.'],
    [[], 'Ange scenariot med --scenario'],
  ])('refuses %j with one Swedish line and exit 1', (args, message) => {
    const r = cli('uncertainty', json, ...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('export-xlsx --uncertainty adds the sheet Osäkerhet with the same percentiles, and the workbook still reads back', async () => {
    const out = join(dir, 'med-osakerhet.xlsx');
    const r = cli('export-xlsx', json, out, '--scenario', 'all', '--uncertainty', '--draws', '120', '--seed', '9');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = JSON.parse(cli('uncertainty', json, '--scenario', 'all', '--draws', '120', '--seed', '9').stdout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Osäkerhet')!;
    const rowOf = (scope: string, percentile: string) => {
      let found: number[] | null = null;
      sheet.eachRow((row) => {
        const v = row.values as unknown[];
        if (String(v[1]).startsWith(scope) && v[2] === percentile) found = v.slice(3) as number[];
      });
      return found;
    };
    expect(rowOf('Brutto', 'P10')).toEqual(expected.gross.p10);
    expect(rowOf('Netto', 'P95')).toEqual(expected.net.p95);
    expect(rowOf('Brutto', 'Medelvärde')).toEqual(expected.gross.mean);
    const back = cli('import-xlsx', out, join(dir, 'tillbaka.klimat'));
    expect(back.stderr).toBe('');
    expect(back.status).toBe(0);
  });

  it('export-xlsx without --uncertainty has no sheet Osäkerhet', async () => {
    const out = join(dir, 'utan.xlsx');
    expect(cli('export-xlsx', json, out).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Osäkerhet')).toBeUndefined();
    expect(cli('export-xlsx', json, join(dir, 'fel.xlsx'), '--uncertainty', '--draws', '0').stderr).toContain('Antalet dragningar måste vara ett heltal 1–50');
  });
});
