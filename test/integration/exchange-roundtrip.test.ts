// The workbook this app exports reads back to the same plan (issue 7): export-xlsx → import-xlsx
// → export-json equals the original, for the sample and for 10 000 actions; and the workbook is
// one a person reads: the named sheets, numbers as numbers in the plan's unit, frozen headers,
// filters, and figures equal to the engine's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import { planDocument, largePlan } from '../support/large-plan';
import { samplePlan, writeDocument } from '../support/documents';
import { removeTempDirs, SAMPLE_JSON, tempDir, useTempDataDir } from '../support/env';
import { cli, stderrLines } from '../support/processes';

let dir: string;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('xlsx');
});
afterAll(removeTempDirs);

async function ok(args: string[]): Promise<string> {
  const r = await cli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function exportJson(klimat: string): Promise<unknown> {
  return JSON.parse(await ok(['export-json', klimat, '-']));
}

/** export-xlsx → import-xlsx → export-json, against export-json of the original. */
async function roundTrip(klimat: string, name: string): Promise<{ before: unknown; after: unknown; xlsx: string }> {
  const xlsx = join(dir, `${name}.xlsx`);
  const back = join(dir, `${name}.back.klimat`);
  await ok(['export-xlsx', klimat, xlsx]);
  await ok(['import-xlsx', xlsx, back]);
  return { before: await exportJson(klimat), after: await exportJson(back), xlsx };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('xlsx round trip', () => {
  let sampleXlsx: string;

  it('gives the sample plan back unchanged', async () => {
    const klimat = join(dir, 'umea.klimat');
    await ok(['import-json', SAMPLE_JSON, klimat]);
    const { before, after, xlsx } = await roundTrip(klimat, 'umea');
    sampleXlsx = xlsx;
    expect(after).toEqual(before);
    expect(after).toEqual(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
  });

  it('gives a 10 000-action plan back unchanged', async () => {
    const klimat = writeDocument(dir, 'large.klimat', largePlan(10_000, 7));
    const { before, after } = await roundTrip(klimat, 'large');
    expect((after as { actions: unknown[] }).actions).toHaveLength(10_000);
    expect(after).toEqual(before);
    expect(after).toEqual(JSON.parse(JSON.stringify(planDocument(largePlan(10_000, 7)))));
  }, 120_000);

  it('gives back a new plan without actions, and a plan without scenarios', async () => {
    const empty = join(dir, 'tom.klimat');
    await ok(['new', empty, '--municipality', '0180']);
    const r = await roundTrip(empty, 'tom');
    expect(r.after).toEqual(r.before);

    const json = join(dir, 'utan-scenarier.json');
    const doc = { ...(r.before as Record<string, unknown>), scenarios: [] };
    writeFileSync(json, JSON.stringify(doc));
    await ok(['export-xlsx', json, join(dir, 'utan.xlsx')]);
    await ok(['import-xlsx', join(dir, 'utan.xlsx'), join(dir, 'utan.klimat')]);
    expect(await exportJson(join(dir, 'utan.klimat'))).toEqual(doc);
    // The sheets that need a scenario say which one they show instead.
    const wb = await workbook(join(dir, 'utan.xlsx'));
    expect(wb.getWorksheet('Sammanfattning')!.getRow(4).getCell(2).value).toBe('Alla åtgärder utom avbrutna (planen har inga scenarier)');
  });

  it('writes the sheets a council reads, with numbers as numbers in the plan’s unit', async () => {
    const wb = await workbook(sampleXlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Sammanfattning',
      'Åtgärder',
      'Kostnader per år',
      'Per nämnd',
      'Finansiering',
      'Utsläpp',
      'Mål',
      'Åtaganden',
      'Uppföljning',
      'Kostnadsjusteringar',
      'Teknisk data',
    ]);
    expect(wb.worksheets.map((w) => w.state)).toEqual([...Array(10).fill('visible'), 'hidden']);

    const actions = wb.getWorksheet('Åtgärder')!;
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actions.autoFilter).toBeTruthy();
    const header = (actions.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['Kod', 'Namn', 'Sektor', 'Ansvarig', 'Kostnadsbärare', 'Status']);
    const capexCol = header.indexOf('Investering (tkr)') + 1;
    const first = actions.getRow(2);
    expect(first.getCell(1).value).toBe('T-01');
    expect(first.getCell(capexCol).value).toBe(180_000); // 180 000 000 kr in tkr
    expect(first.getCell(capexCol).numFmt).toBe('#,##0');
    expect(first.getCell(header.indexOf('Status') + 1).value).toBe('Pågående');
    expect(actions.rowCount).toBe(1 + samplePlan().actions.length);
  });

  it('shows the engine’s figures: the targets’ gaps, costs per year, and the budget per owner', async () => {
    const plan = samplePlan();
    const calc = calculate(plan, 'decided');
    const wb = await workbook(sampleXlsx);

    const targets = wb.getWorksheet('Mål')!;
    for (const t of calc.targets) {
      const name = plan.targets.find((x) => x.id === t.id)!.name;
      const row = targets.getRows(2, targets.rowCount)!.find((r) => r.getCell(1).value === name)!;
      expect(row.getCell(10).value).toBe(t.gap);
      expect(row.getCell(8).value).toBe(t.level);
    }

    const costs = wb.getWorksheet('Kostnader per år')!;
    const capexRow = costs.getRows(1, costs.rowCount)!.find((r) => r.getCell(1).value === 'Investering')!;
    expect((capexRow.values as unknown[]).slice(2)).toEqual(calc.costs.capex.map((v) => v / 1000));
    const gapRow = costs.getRows(1, costs.rowCount)!.find((r) => String(r.getCell(1).value).startsWith('Finansiering som saknas'))!;
    expect((gapRow.values as unknown[]).slice(2)).toEqual(calc.financing.gap.map((v) => v / 1000));

    // Per nämnd: the sum of every owner row equals the engine's capex in the budget year.
    const owners = wb.getWorksheet('Per nämnd')!;
    const headers = (owners.getRow(1).values as string[]).slice(1);
    const budgetYear = Number(/budget (\d{4})/.exec(headers[1])![1]);
    const total = owners.getRows(1, owners.rowCount)!.find((r) => r.getCell(1).value === 'Summa alla kostnadsbärare')!;
    expect(total.getCell(2).value).toBeCloseTo(calc.costs.capex[budgetYear - plan.plan.startYear] / 1000, 6);
    expect(total.getCell(5).value).toBeCloseTo(calc.costs.opex[budgetYear - plan.plan.startYear] / 1000, 6);
  });

  it('refuses what it cannot do with one line, and never replaces a file without --force', async () => {
    const klimat = join(dir, 'umea.klimat');
    const csv = join(dir, 'list.csv');
    await ok(['export-csv', klimat, csv]);
    const r1 = await cli(['import-xlsx', csv, join(dir, 'x.klimat')]);
    expect(r1.code).toBe(1);
    expect(stderrLines(r1)).toEqual(['list.csv är ingen Excel-arbetsbok; bara arbetsböcker som appen har exporterat kan läsas in som en hel plan.']);
    const r2 = await cli(['export-xlsx', klimat, sampleXlsx]);
    expect(r2.code).toBe(1);
    expect(stderrLines(r2)[0]).toMatch(/finns redan; ange --force/);
    const r3 = await cli(['export-xlsx', klimat, join(dir, 'y.xlsx'), '--scenario', 'nej']);
    expect(r3.code).toBe(1);
    expect(stderrLines(r3)[0]).toMatch(/Scenariot "nej" finns inte/);
    const stdout = await ok(['export-csv', klimat, '-']);
    expect(stdout.startsWith('\ufeffKod;Namn;Sektor;')).toBe(true);
  });

  it('reads a workbook whose Åtgärder sheet was edited, and names the row of a bad edit', async () => {
    const wb = await workbook(sampleXlsx);
    const actions = wb.getWorksheet('Åtgärder')!;
    const header = (actions.getRow(1).values as unknown[]).slice(1);
    actions.getRow(2).getCell(header.indexOf('Namn') + 1).value = 'Elbussar i hela kommunen';
    const edited = join(dir, 'edited.xlsx');
    writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()));
    await ok(['import-xlsx', edited, join(dir, 'edited.klimat')]);
    const plan = (await exportJson(join(dir, 'edited.klimat'))) as { actions: { name: string }[] };
    expect(plan.actions[0].name).toBe('Elbussar i hela kommunen');

    actions.getRow(3).getCell(header.indexOf('Sektor') + 1).value = 'Sjöfart';
    actions.getRow(4).getCell(header.indexOf('Investering (tkr)') + 1).value = { formula: 'B2*2', result: 5 };
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await cli(['import-xlsx', bad, join(dir, 'bad.klimat')]);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([
      'bad.xlsx lästes inte in: bladet Åtgärder, rad 3, kolumn C (Sektor): Sektorn "Sjöfart" finns inte i planen; planens sektorer är: Transporter, El och fjärrvärme, Industri (energi + processer), Arbetsmaskiner, Egen uppvärmning av bostäder och lokaler, Jordbruk, Avfall (inkl. avlopp), Produktanvändning (inkl. lösningsmedel), Utrikes transporter, Kolsänkor. (och 1 problem till)',
    ]);
  });
});
