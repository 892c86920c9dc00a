// `klimat rollup` (DESIGN §11) on real .klimat files through the real CLI: ten plans of different
// municipalities and axes add up to their own calculations; a damaged file is listed with its
// reason and the rest still count; of two plans of one municipality both are listed and the one
// saved last counts; the workbook holds numbers as numbers, neutralised texts, and is never
// written over without --force.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate, type CalcResult } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import { populationOf } from '../../shared/reference/population';
import type { RollupResult } from '../../shared/rollup';
import { samplePlan, writeDocument } from '../support/documents';
import { CLI, removeTempDirs, REPO, sha256, tempDir, useTempDataDir } from '../support/env';
import { regionPlan, variantOf } from '../support/region-plans';

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, env: process.env, encoding: 'utf8' });

function rollup(...args: string[]): RollupResult {
  const r = cli('rollup', ...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as RollupResult;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Made {
  file: string;
  plan: Plan;
  calc: CalcResult;
}

/** Each year of `years`: Σ over the plans that cover it of their own series. */
function expectedTotal(years: number[], made: Made[], key: 'gross' | 'net' | 'baselineGross' | 'baselineNet'): (number | null)[] {
  return years.map((y) => {
    const values = made.map((m) => m.calc.emissions[key][m.calc.years.indexOf(y)]).filter((v) => v !== undefined);
    return values.length ? sum(values) : null;
  });
}

function expectSeries(actual: (number | null)[], expected: (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    if (expected[i] === null) expect(v, `slot ${i}`).toBeNull();
    else expect(v, `slot ${i}`).toBeCloseTo(expected[i]!, 6);
  });
}

let dir: string;
let made: Made[];

beforeAll(() => {
  useTempDataDir();
  dir = tempDir('rollup');
  const base = samplePlan();
  made = Array.from({ length: 10 }, (_, i) => {
    const plan = regionPlan(base, variantOf(i));
    const file = `plan-${plan.plan.municipalityCode}.klimat`;
    writeDocument(dir, file, plan);
    return { file, plan, calc: calculate(plan, 'decided') };
  });
});
afterAll(removeTempDirs);

describe('klimat rollup', () => {
  it('sums ten plans of different municipalities and axes to their own calculations', () => {
    const r = rollup(dir, '--scenario', 'decided');
    const starts = made.map((m) => m.plan.plan.startYear);
    const ends = made.map((m) => m.plan.plan.endYear);
    expect(new Set(made.map((m) => m.plan.plan.municipalityCode)).size).toBe(10);
    expect(new Set(starts).size).toBeGreaterThan(1);
    expect(r.years[0]).toBe(Math.min(...starts));
    expect(r.years.at(-1)).toBe(Math.max(...ends));
    expect(r.refused).toEqual([]);
    expect(r.plans.map((p) => p.file)).toEqual(made.map((m) => m.file).sort((a, b) => a.localeCompare(b, 'sv')));

    for (const m of made) {
      const p = r.plans.find((x) => x.file === m.file)!;
      expect([p.municipalityCode, p.municipality, p.scenarioId, p.counted, p.duplicate]).toEqual([
        m.plan.plan.municipalityCode,
        m.plan.plan.municipality,
        'decided',
        true,
        false,
      ]);
      expect(p.population).toBe(populationOf(m.plan.plan.municipalityCode));
      // Aligned with the union of axes: null outside the plan's own.
      const own = r.years.map((y) => (y < m.plan.plan.startYear || y > m.plan.plan.endYear ? null : m.calc.emissions.gross[y - m.plan.plan.startYear]));
      expectSeries(p.emissions.gross, own);
      expect(p.capexSek).toBeCloseTo(sum(m.calc.costs.capex), 3);
      expect(p.securedSek).toBeCloseTo(sum(m.calc.financing.secured), 3);
      expect(p.financingGapSek).toBeCloseTo(sum(m.calc.financing.gap.map((g) => Math.max(0, g))), 3);
      expect(p.targets.map((t) => [t.id, t.year, t.met])).toEqual(m.calc.targets.map((t) => [t.id, t.year, t.met]));
      p.targets.forEach((t, k) => (t.gap === null ? expect(m.calc.targets[k].gap).toBeNull() : expect(t.gap).toBeCloseTo(m.calc.targets[k].gap!, 6)));
    }
    expectSeries(r.total.gross, expectedTotal(r.years, made, 'gross'));
    expectSeries(r.total.net, expectedTotal(r.years, made, 'net'));
    expectSeries(r.total.baselineGross, expectedTotal(r.years, made, 'baselineGross'));
    expectSeries(r.total.baselineNet, expectedTotal(r.years, made, 'baselineNet'));
  });

  it('gives each plan the figures the real `calc` command prints for it', () => {
    const m = made[3];
    const calc = JSON.parse(cli('calc', join(dir, m.file), '--scenario', 'decided').stdout) as CalcResult;
    const p = rollup(join(dir, m.file), '--json').plans[0];
    expect(p.scenarioId).toBe('decided'); // the plan's first scenario without --scenario
    expect(p.emissions.gross).toEqual(calc.emissions.gross);
    expect(p.emissions.baselineNet).toEqual(calc.emissions.baselineNet);
    expect(p.capexSek).toBe(sum(calc.costs.capex));
  });

  it('lists a damaged file, a foreign one and a plan without the scenario with their reasons, and counts the rest', () => {
    const d = tempDir('rollup-damaged');
    for (const m of made.slice(0, 3)) copyFileSync(join(dir, m.file), join(d, m.file));
    copyFileSync(join(dir, made[3].file), join(d, 'avkortad.klimat'));
    truncateSync(join(d, 'avkortad.klimat'), Math.floor(statSync(join(d, 'avkortad.klimat')).size / 2));
    writeFileSync(join(d, 'anteckningar.klimat'), 'inte en plan\n');
    const other = { ...regionPlan(samplePlan(), variantOf(20)) };
    other.scenarios = other.scenarios.filter((s) => s.id !== 'all');
    writeDocument(d, 'utan-scenario.klimat', other);
    const before = sha256(join(d, 'avkortad.klimat'));

    const r = rollup(d, '--scenario', 'all');
    expect(r.plans.map((p) => p.file).sort()).toEqual(
      made
        .slice(0, 3)
        .map((m) => m.file)
        .sort(),
    );
    expect(r.refused).toEqual([
      { file: 'anteckningar.klimat', reason: 'Filen anteckningar.klimat är en textfil, inte en klimatplan.' },
      { file: 'avkortad.klimat', reason: expect.stringMatching(/^Filen avkortad\.klimat är avkortad \(ofullständig\)/) },
      { file: 'utan-scenario.klimat', reason: 'Planen har inget scenario med id "all" (planens scenarier: decided, delayed).' },
    ]);
    const three = made.slice(0, 3).map((m) => ({ ...m, calc: calculate(m.plan, 'all') }));
    expectSeries(r.total.gross, expectedTotal(r.years, three, 'gross'));
    expect(sha256(join(d, 'avkortad.klimat'))).toBe(before); // only read
    // A name that is not there is listed too, not an error.
    expect(rollup(join(d, made[0].file), join(d, 'finns-inte.klimat')).refused).toEqual([
      { file: 'finns-inte.klimat', reason: 'Filen finns-inte.klimat finns inte.' },
    ]);
  });

  it('lists both plans of one municipality, flags them, and counts the one saved last', async () => {
    const d = tempDir('rollup-duplicates');
    const base = regionPlan(samplePlan(), { code: '2482', title: 'Skellefteå, första utkastet', scale: 0.5 });
    writeDocument(d, 'skelleftea-utkast.klimat', base);
    await sleep(20);
    const later = regionPlan(samplePlan(), { code: '2482', title: 'Skellefteå, antagen', scale: 0.6 });
    writeDocument(d, 'skelleftea-antagen.klimat', later);
    copyFileSync(join(dir, made[0].file), join(d, made[0].file));
    // The draft's file is touched after the adopted one was saved: the documents' own save time decides.
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(d, 'skelleftea-utkast.klimat'), future, future);

    const r = rollup(d, '--scenario', 'decided');
    const byFile = new Map(r.plans.map((p) => [p.file, p]));
    expect(byFile.get('skelleftea-utkast.klimat')).toMatchObject({ counted: false, duplicate: true, title: 'Skellefteå, första utkastet' });
    expect(byFile.get('skelleftea-antagen.klimat')).toMatchObject({ counted: true, duplicate: true, title: 'Skellefteå, antagen' });
    expect(byFile.get(made[0].file)).toMatchObject({ counted: true, duplicate: false });
    expect(Date.parse(byFile.get('skelleftea-antagen.klimat')!.savedAt)).toBeGreaterThan(Date.parse(byFile.get('skelleftea-utkast.klimat')!.savedAt));
    const counted = [{ file: '', plan: later, calc: calculate(later, 'decided') }, made[0]];
    expectSeries(r.total.gross, expectedTotal(r.years, counted, 'gross'));

    // A JSON file has no saves of its own: its modification time says when it was saved.
    const json = join(d, 'skelleftea.json');
    const doc = { format: 'klimat-plan', formatVersion: 1, ...regionPlan(samplePlan(), { code: '2482', title: 'Skellefteå som JSON', scale: 0.7 }) };
    writeFileSync(json, JSON.stringify(doc));
    const withJson = rollup(join(d, 'skelleftea-antagen.klimat'), json);
    expect(withJson.plans.map((p) => [p.file, p.counted, p.duplicate])).toEqual([
      ['skelleftea-antagen.klimat', false, true],
      ['skelleftea.json', true, true],
    ]);
  });

  it('writes the workbook: one sheet per table, numbers as numbers, texts neutralised; never over a file without --force', async () => {
    const d = tempDir('rollup-xlsx');
    const plan = regionPlan(samplePlan(), { code: '0180', title: '=HYPERLINK("http://example.com","klicka")' });
    writeDocument(d, 'stockholm.klimat', plan);
    copyFileSync(join(dir, made[1].file), join(d, made[1].file));
    writeFileSync(join(d, 'trasig.klimat'), 'x');
    const out = join(d, 'region.xlsx');
    const first = cli('rollup', d, '--xlsx', out);
    expect([first.status, first.stdout, first.stderr]).toEqual([0, '', '']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Planer', 'Mål', 'Investeringar', 'Regionens utsläpp', 'Utsläpp per kommun', 'Avvisade filer']);
    const plans = wb.getWorksheet('Planer')!;
    const header = (plans.getRow(1).values as unknown[]).slice(1);
    const row = [2, 3].map((r) => plans.getRow(r)).find((r) => r.getCell(1).value === 'Stockholm')!;
    expect(row.getCell(header.indexOf('Titel') + 1).value).toBe(`'${plan.plan.title}`);
    expect(row.getCell(header.indexOf('Befolkning 2023') + 1).value).toBe(988_943);
    const calc = calculate(plan, 'decided');
    expect(row.getCell(header.indexOf('Utsläpp 2030') + 1).value).toBeCloseTo(calc.emissions.gross[calc.years.indexOf(2030)], 6);
    const region = wb.getWorksheet('Regionens utsläpp')!;
    const years = (region.getRow(1).values as unknown[]).slice(2);
    const both = [calc, made[1].calc];
    const y = 2030;
    expect(region.getRow(2).getCell(2 + years.indexOf(y)).value).toBeCloseTo(sum(both.map((c) => c.emissions.gross[c.years.indexOf(y)])), 6);
    const invest = wb.getWorksheet('Investeringar')!;
    expect(typeof invest.getRow(2).getCell(4).value).toBe('number');
    expect(wb.getWorksheet('Avvisade filer')!.getRow(2).values).toEqual([undefined, 'trasig.klimat', 'Filen trasig.klimat är en textfil, inte en klimatplan.']);

    const bytes = readFileSync(out);
    const again = cli('rollup', d, '--xlsx', out);
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out).equals(bytes)).toBe(true);
    expect(cli('rollup', d, '--xlsx', out, '--force').status).toBe(0);
  });

  it('refuses bad arguments with one Swedish line and exit 1', () => {
    for (const args of [['rollup'], ['rollup', dir, '--json', '--xlsx', 'x.xlsx'], ['rollup', dir, '--scenario', 'inte giltig']]) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(cli('help').stdout).toContain('klimat rollup <fil | mapp>...');
  });
});
