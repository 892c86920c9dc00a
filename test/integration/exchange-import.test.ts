// Importing actions and financing entries into an open plan through the API every transport
// uses: files in the forms Swedish offices have (UTF-8 with and without BOM, Windows-1252, `;`
// and `,`, an xlsx saved by LibreOffice), a preview with every problem by row and column, one
// transaction and one undo step, bad files refused whole, and progress with cancel.
import { downloaded, finished, present } from '../support/calls';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import type { StagedInfo } from '../../shared/exchange/outcomes';
import type { DocumentManager } from '../../electron/document/manager';
import { actionsCsv } from '../../electron/exchange/write-csv';
import { largePlan } from '../support/large-plan';
import { call, managerIn, ok, refused, SWEDISH, writeDocument } from '../support/documents';
import { REPO, removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { commandExists } from '../support/processes';

const FIXTURES = join(REPO, 'test/fixtures/exchange');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

let dir: string;
let m: DocumentManager;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('import');
  writeDocument(dir, 'umea.klimat');
});
beforeEach(async () => {
  m?.close(true);
  m = managerIn(dir);
  await ok(m, 'document.open', { name: 'umea.klimat' });
});
afterAll(() => {
  m?.close(true);
  removeTempDirs();
});

const upload = async (name: string, bytes: Buffer, purpose: 'table' | 'statistics' = 'table') =>
  present(await ok(m, 'exchange.stage', { from: 'upload', name, base64: bytes.toString('base64'), purpose }));

/** The proposed settings of the file's best sheet, as the page would send them. */
/** The import the app proposes for a sheet, read as the kind it looks like (or as `kind`). */
function proposed(staged: StagedInfo, sheetName?: string, kind?: StagedInfo['sheets'][number]['kind']) {
  const sheet = sheetName ? staged.sheets.find((s) => s.name === sheetName)! : staged.sheets[0];
  const k = kind ?? sheet.kind;
  const s = sheet.suggestions[k];
  return { fileId: staged.fileId, sheet: sheet.name, kind: k, headerRow: s.headerRow, columns: s.columns, unit: s.unit, mode: 'upsert' as const };
}

const snapshot = () => ok(m, 'plan.snapshot');
const byCode = (plan: Plan, code: string) => plan.actions.find((a) => a.code === code);

/** Imports a file of the three N-0x actions and checks what the plan got. */
async function importsTheThreeActions(name: string, bytes: Buffer): Promise<void> {
  const before = await snapshot();
  const staged = await upload(name, bytes);
  const settings = proposed(staged);
  expect(settings.kind).toBe('actions');
  expect(settings.unit).toBe('tkr');
  const preview = finished(await ok(m, 'exchange.preview', settings));
  expect(preview.problems).toEqual([]);
  expect(preview.counts).toEqual({ add: 3, update: 0, unchanged: 0 });
  expect(await snapshot()).toEqual(before); // a preview writes nothing

  const applied = finished(await ok(m, 'exchange.apply', settings));
  expect(applied.counts).toEqual({ add: 3, update: 0, unchanged: 0 });
  const after = await snapshot();
  expect(after.actions).toHaveLength(before.actions.length + 3);
  expect(byCode(after, 'N-01')).toMatchObject({
    name: 'Solceller på Ersboda skola',
    sectorId: 'electricityHeat',
    status: 'proposed',
    capexSek: 1_234_500,
    opexSekPerYear: 12_500,
    effectKind: 'share',
    effectShare: 0.125,
    startYear: 2026,
    owner: 'Fastighetsnämnden',
    costBearer: 'municipality',
    coBenefits: { health: -1 },
    notes: 'Tak mot söder; 400 m²',
  });
  expect(byCode(after, 'N-02')).toMatchObject({
    status: 'idea',
    capexSek: 2_500_000,
    effectKind: 'absolute',
    effectTonsPerYear: 35.5,
    coBenefits: { health: 2 },
  });
  expect(byCode(after, 'N-03')).toMatchObject({
    sectorId: 'transport',
    status: 'decided',
    costBearer: 'state',
    opexSekPerYear: 1_500_250,
    effectTonsPerYear: 1200,
  });

  // One undo step takes the whole import back.
  const undone = await ok(m, 'history.undo');
  expect(undone.canUndo).toBe(false);
  expect(await snapshot()).toEqual(before);
}

describe('import of actions from CSV', () => {
  it('reads UTF-8 with BOM, semicolons, Swedish headers in its own order and Swedish number forms', async () => {
    await importsTheThreeActions('åtgärder.csv', fixture('actions-sv.csv'));
  });

  it('reads UTF-8 without BOM, and Windows-1252 as Excel saves it on a Swedish Windows', async () => {
    const text = fixture('actions-sv.csv')
      .toString('utf8')
      .replace(/^\ufeff/, '');
    await importsTheThreeActions('utan-bom.csv', Buffer.from(text, 'utf8'));
    // Windows-1252 has no U+2212 minus: Excel writes a hyphen there.
    await importsTheThreeActions('ansi.csv', Buffer.from(text.replace('−', '-'), 'latin1'));
  });

  it('reads comma-separated files with English headers and decimal dots', async () => {
    const staged = await upload('english.csv', fixture('actions-comma.csv'));
    const settings = proposed(staged);
    expect(settings.columns).toEqual(['name', 'sectorId', 'status', 'capexSek', 'effectShare', 'code', 'startYear']);
    finished(await ok(m, 'exchange.apply', settings));
    const plan = await snapshot();
    expect(byCode(plan, 'C-01')).toMatchObject({
      name: 'LED street lights',
      sectorId: 'electricityHeat',
      capexSek: 800_500,
      effectShare: 0.025,
      status: 'proposed',
    });
    expect(byCode(plan, 'C-02')).toMatchObject({
      name: 'Charging, depots',
      sectorId: 'transport',
      status: 'ongoing',
      effectKind: 'absolute',
      effectTonsPerYear: 0,
    });
    await ok(m, 'history.undo');
  });

  it('updates actions with the same code and leaves the others unchanged', async () => {
    const plan = await snapshot();
    const csv = actionsCsv(plan).replace('Elbussar i stadstrafiken;', 'Elbussar i hela kommunen;');
    const staged = await upload('export.csv', Buffer.from(csv, 'utf8'));
    const preview = finished(await ok(m, 'exchange.preview', proposed(staged)));
    expect(preview.counts).toEqual({ add: 0, update: 1, unchanged: plan.actions.length - 1 });
    finished(await ok(m, 'exchange.apply', proposed(staged)));
    expect(byCode(await snapshot(), 'T-01')!.name).toBe('Elbussar i hela kommunen');
    await ok(m, 'history.undo');
  });
});

describe('import of financing entries', () => {
  it('reads entries with amounts in mnkr, sources by name and actions by code, as one undo step', async () => {
    const before = await snapshot();
    const staged = await upload('finansiering.csv', fixture('financing.csv'));
    const settings = proposed(staged);
    expect(settings).toMatchObject({ kind: 'financing', unit: 'mnkr' });
    const r = finished(await ok(m, 'exchange.apply', settings));
    expect(r.counts.add).toBe(3);
    const added = (await snapshot()).financing.slice(before.financing.length);
    const t01 = byCode(before, 'T-01')!.id;
    const e02 = byCode(before, 'E-02')!.id;
    expect(added.map(({ id: _id, ...e }) => e)).toEqual([
      { actionId: t01, sourceId: 'klimatklivet', year: 2026, amountSek: 1_500_000, status: 'secured' },
      { actionId: null, sourceId: 'kommunbudget', year: 2027, amountSek: 250_000, status: 'applied' },
      { actionId: e02, sourceId: 'kommuninvest', year: 2028, amountSek: 2_000_000, status: 'potential' },
    ]);
    await ok(m, 'history.undo');
    expect(await snapshot()).toEqual(before);
  });
});

/** An xlsx with Swedish headers in another order than the export's, saved by LibreOffice when it is installed. */
async function libreOfficeWorkbook(): Promise<{ bytes: Buffer; by: string }> {
  const out = tempDir('lo');
  const csv = join(out, 'underlag.csv');
  writeFileSync(csv, fixture('lo-source.csv'));
  if (commandExists('soffice')) {
    // Separator ;, quote ", UTF-8, from line 1, Swedish number forms (1053 = sv-SE).
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--infilter=CSV:59,34,76,1,,1053', '--outdir', out, csv],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    return { bytes: readFileSync(join(out, 'underlag.xlsx')), by: 'LibreOffice' };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (const line of fixture('lo-source.csv').toString('utf8').trim().split('\n')) {
    ws.addRow(line.split(';').map((v) => (/^[\d,]+$/.test(v) ? Number(v.replace(',', '.')) : v)));
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), by: 'exceljs' };
}

describe('import of an xlsx made elsewhere', () => {
  it('reads a workbook saved by LibreOffice (or exceljs) with the auto-matched mapping', async () => {
    const { bytes, by } = await libreOfficeWorkbook();
    const staged = await upload(`underlag-${by}.xlsx`, bytes);
    expect(staged.format).toBe('xlsx');
    const settings = proposed(staged);
    expect(settings.columns).toEqual(['status', 'capexSek', 'name', 'code', 'sectorId', 'startYear', 'effectTonsPerYear', 'costBearer']);
    const r = finished(await ok(m, 'exchange.apply', settings));
    expect(r.counts).toEqual({ add: 2, update: 0, unchanged: 0 });
    const plan = await snapshot();
    expect(byCode(plan, 'LO-01')).toMatchObject({
      name: 'Fjärrvärme till Holmsund',
      status: 'decided',
      capexSek: 1_250_500,
      sectorId: 'electricityHeat',
      effectTonsPerYear: 450,
      costBearer: 'municipalCompany',
    });
    expect(byCode(plan, 'LO-02')).toMatchObject({ capexSek: 300_000, effectTonsPerYear: 15.5, startYear: 2027 });
    await ok(m, 'history.undo');
  }, 180_000);
});

describe('bad imports change nothing and list every problem', () => {
  async function historyTotal(): Promise<number> {
    return (await ok(m, 'history.list', { limit: 1 })).total;
  }

  it('unknown sector and status, bad numbers, duplicate codes, a missing name', async () => {
    const before = await snapshot();
    const changes = await historyTotal();
    const staged = await upload('fel.csv', fixture('bad-actions.csv'));
    const preview = finished(await ok(m, 'exchange.preview', proposed(staged)));
    expect(preview.problems.map((p) => `${p.row}${p.column}`)).toEqual(['2C', '3E', '4A', '5D', '6B', '6E']);
    expect(preview.problems.every((p) => SWEDISH.test(p.message))).toBe(true);
    const error = await refused(m, 'exchange.apply', proposed(staged));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^Inget lästes in: rad 2, kolumn C \(Sektor\): Sektorn "Sjöfart" finns inte i planen.*\(och 5 problem till\)$/);
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(6);
    expect(await snapshot()).toEqual(before);
    expect(await historyTotal()).toBe(changes);
  });

  it('the wrong sheet: the workbook’s summary read as actions', async () => {
    const before = await snapshot();
    const exported = downloaded(await ok(m, 'exchange.export', { format: 'xlsx' }));
    const staged = await upload('plan.xlsx', Buffer.from(exported.base64, 'base64'));
    // The best sheet of the app's own workbook is Åtgärder; the hidden technical sheet comes last.
    expect(staged.sheets.reduce((a, b) => (b.matches > a.matches ? b : a)).name).toBe('Åtgärder');
    expect(staged.sheets.at(-1)).toMatchObject({ name: 'Teknisk data', hidden: true });
    const wrong = proposed(staged, 'Sammanfattning', 'actions');
    const preview = finished(await ok(m, 'exchange.preview', wrong));
    expect(preview.problemCount).toBeGreaterThan(0);
    expect(preview.problems[0].message).toMatch(/känns igen|saknas/);
    await refused(m, 'exchange.apply', { ...wrong, kind: 'actions' });
    expect(await snapshot()).toEqual(before);
  });

  it('a formula in an imported cell is named by row and column and not read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Åtgärder');
    ws.addRow(['Kod', 'Namn', 'Sektor', 'Investering (tkr)']);
    ws.addRow(['F-1', 'Med formel', 'Transporter', { formula: '100*2', result: 200 }]);
    ws.addRow(['F-2', { formula: 'HYPERLINK("http://example.com","klick")', result: 'klick' }, 'Transporter', 5]);
    const staged = await upload('formler.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const preview = finished(await ok(m, 'exchange.preview', proposed(staged)));
    expect(preview.problems.map((p) => `${p.row}${p.column}`)).toEqual(['2D', '3B']);
    expect(preview.problems[0].message).toMatch(/formel \(=100\*2\)/);
  });
});

describe('files that are refused whole', () => {
  it('not a spreadsheet, a zip bomb, a 200 MB file', async () => {
    const pdf = await refused(m, 'exchange.stage', {
      from: 'upload',
      name: 'rapport.xlsx',
      base64: Buffer.from('%PDF-1.7 …').toString('base64'),
      purpose: 'table',
    });
    expect(pdf).toMatchObject({ code: 'refusedFile', message: expect.stringMatching(/PDF/) });

    const { zip, workbookEntries } = await import('../unit/exchange/zip');
    const bomb = zip(workbookEntries('Blad1', { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20), declaredSize: 2048 }));
    const e2 = await refused(m, 'exchange.stage', { from: 'upload', name: 'bomb.xlsx', base64: bomb.toString('base64'), purpose: 'table' });
    expect(e2).toMatchObject({ code: 'refusedFile', message: expect.stringMatching(/zip-bomb/) });

    // A sparse 200 MB file in the folder: refused by its size, never read.
    const big = join(dir, 'stor.xlsx');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const e3 = await refused(m, 'exchange.stage', { from: 'folder', name: 'stor.xlsx', purpose: 'table' });
    expect(e3).toMatchObject({ code: 'refusedFile', message: 'Filen är 200 MB; filer som läses in får vara högst 25 MB.' });
  });

  it('a file name with a folder is refused by the contract', async () => {
    const e = await refused(m, 'exchange.stage', { from: 'folder', name: '../umea.klimat', purpose: 'table' });
    expect(e.code).toBe('invalid');
  });
});

describe('exports through the API', () => {
  it('hands the browser host a download, or saves by name in the folder and asks before replacing', async () => {
    const dl = downloaded(await ok(m, 'exchange.export', { format: 'xlsx', scenarioId: 'all' }));
    expect(dl).toMatchObject({ status: 'download', mime: expect.stringMatching(/spreadsheetml/) });
    expect(dl.fileName).toMatch(/^Klimatinvesteringsplan Umeå \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(Buffer.from(dl.base64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const saved = await ok(m, 'exchange.export', { format: 'csv', name: 'lista' });
    expect(saved).toEqual({ status: 'saved', fileName: 'lista.csv' });
    expect(readFileSync(join(dir, 'lista.csv'), 'utf8').startsWith('\ufeffKod;Namn;')).toBe(true);
    const again = await refused(m, 'exchange.export', { format: 'csv', name: 'lista.csv' });
    expect(again).toMatchObject({ code: 'conflict', path: 'name' });
    expect(await ok(m, 'exchange.export', { format: 'csv', name: 'lista.csv', overwrite: true })).toEqual({ status: 'saved', fileName: 'lista.csv' });
    expect((await refused(m, 'exchange.export', { format: 'xlsx', scenarioId: 'finns-inte' })).code).toBe('notFound');
  });
});

describe('progress and cancel', () => {
  let large: DocumentManager;
  beforeAll(async () => {
    writeDocument(dir, 'large.klimat', largePlan(10_000, 3));
  });

  async function cancelWhen(phase: string, start: () => Promise<unknown>, taskId: string): Promise<unknown> {
    let settled = false;
    const result = start().finally(() => (settled = true));
    for (;;) {
      const p = await ok(large, 'exchange.progress', { taskId });
      if (p && p.phase === phase) break;
      // The work must still be running when it reports the phase; a finished task fails here.
      expect(settled).toBe(false);
      await new Promise((r) => setImmediate(r));
    }
    expect(await ok(large, 'exchange.cancel', { taskId })).toEqual({ cancelled: true });
    return result;
  }

  it('cancels an import of 10 000 rows before it writes: the plan is unchanged, nothing to undo', async () => {
    large = managerIn(dir);
    try {
      await ok(large, 'document.open', { name: 'large.klimat' });
      const before = await ok(large, 'plan.snapshot');
      const csv = actionsCsv(before).replace(/;(Elektrifiering av)/g, ';Snabb $1');
      const staged = present(
        await ok(large, 'exchange.stage', { from: 'upload', name: 'stor.csv', base64: Buffer.from(csv).toString('base64'), purpose: 'table' }),
      );
      const s = staged.sheets[0];
      const input = {
        fileId: staged.fileId,
        sheet: s.name,
        kind: 'actions' as const,
        headerRow: 1,
        columns: s.suggestions.actions.columns,
        unit: s.suggestions.actions.unit,
        mode: 'upsert' as const,
        taskId: 'avbryt-1',
      };
      const r = await cancelWhen('check', () => call(large, 'exchange.apply', input), 'avbryt-1');
      expect(r).toEqual({ ok: true, value: { status: 'cancelled' } });
      expect(await ok(large, 'plan.snapshot')).toEqual(before);
      expect((await ok(large, 'document.status')).canUndo).toBe(false);
      expect(await ok(large, 'exchange.progress', { taskId: 'avbryt-1' })).toBeNull();
    } finally {
      large.close(true);
    }
  }, 120_000);

  it('cancels an export of 10 000 actions: no file, no temp file', async () => {
    large = managerIn(dir);
    try {
      await ok(large, 'document.open', { name: 'large.klimat' });
      const files = readdirSync(dir).sort();
      const r = await cancelWhen('write', () => call(large, 'exchange.export', { format: 'xlsx', name: 'avbruten.xlsx', taskId: 'avbryt-2' }), 'avbryt-2');
      expect(r).toEqual({ ok: true, value: { status: 'cancelled' } });
      expect(readdirSync(dir).sort()).toEqual(files);
      expect(existsSync(join(dir, 'avbruten.xlsx'))).toBe(false);
    } finally {
      large.close(true);
    }
  }, 120_000);
});
