// The Export view in a real Chromium against the real browser host: the workbook and the CSV
// arrive as downloads; a CSV of actions is picked, previewed and imported as one undo step; a
// bad file lists its problems and imports nothing; the baseline comes from the statistics file;
// a slow export shows progress and can be cancelled. Screenshots at 1366×768 and 1920×1080.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csv';
import { e2eSession, REPO, screenshot, startHost, tempDir, VIEWPORTS, type AppPage } from '../e2e/harness';
import { writePlanFile } from '../../electron/document/files';
import { largePlan } from '../support/large-plan';
import { useTempDataDir } from '../support/env';

const FIXTURES = join(REPO, 'test/fixtures/exchange');
const STATISTICS = join(REPO, '../shared/data/co2-by-sector-municipalities-1990-2021.xlsx');

const session = e2eSession();
beforeAll(() => {
  useTempDataDir(); // writePlanFile below works in the app's data folder
});

async function exportView(opts: { file?: string; viewport?: { width: number; height: number } } = {}): Promise<AppPage> {
  const host = await startHost({ file: opts.file, dir: tempDir('plans'), dataDir: tempDir('data') });
  const app = await session.open(host.url, { viewport: opts.viewport });
  await app.page.getByRole('link', { name: 'Export', exact: true }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
  await app.page.getByRole('button', { name: 'Exportera Excel-arbetsbok' }).waitFor();
  return app;
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(tempDir('dl'), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function pick(page: Page, button: string, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(file);
}

/** The names in the action list, from a fresh CSV download. */
async function actionNames(page: Page): Promise<string[]> {
  const csv = await downloaded(page, 'Exportera åtgärdslistan (CSV)');
  return parseCsv(csv.bytes.toString('utf8'))
    .rows.slice(1)
    .map((r) => r[1]);
}

describe('Export view', () => {
  it('exports the workbook and the CSV as downloads, with the PDF report’s place kept', async () => {
    const { page, errors } = await exportView();
    await page.getByRole('heading', { level: 2, name: 'Rapport till kommunfullmäktige (PDF)' }).waitFor();
    await screenshot(page, 'export-1366x768');

    await page.getByRole('region', { name: 'Excel och CSV' }).getByLabel('Scenario').selectOption('all');
    const xlsx = await downloaded(page, 'Exportera Excel-arbetsbok');
    expect(xlsx.name).toMatch(/^Klimatinvesteringsplan Umeå \d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText(`${xlsx.name} har laddats ner`).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 8)).toEqual([
      'Sammanfattning',
      'Åtgärder',
      'Kostnader per år',
      'Per nämnd',
      'Finansiering',
      'Utsläpp',
      'Mål',
      'Åtaganden',
    ]);
    expect(wb.getWorksheet('Sammanfattning')!.getRow(4).getCell(2).value).toBe('Alla åtgärder');

    const names = await actionNames(page);
    expect(names).toHaveLength(28);
    expect(names[0]).toBe('Elbussar i stadstrafiken');

    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'export-1920x1080');
    expect(errors).toEqual([]);
  });

  it('imports a CSV of actions after a preview, and one Ångra takes it all back', async () => {
    const { page, errors } = await exportView();
    await pick(page, 'Välj fil…', join(FIXTURES, 'actions-sv.csv'));
    await page.getByText('3 nya, 0 ändrade och 0 oförändrade rader.').waitFor();
    await expect.poll(() => page.getByLabel('Fält för kolumn A (Åtgärdens namn)').inputValue()).toBe('name');
    expect(await page.getByLabel('Beloppen i filen är i').inputValue()).toBe('tkr');
    // The file's settings come into view and take the focus.
    await expect.poll(() => page.evaluate('document.activeElement?.textContent ?? ""')).toBe('Fil: actions-sv.csv');
    await screenshot(page, 'export-import-settings');
    await page.getByText('Inga problem. Tryck Läs in för att lägga in raderna i planen.').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-import-preview');

    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('Inläst: 3 nya och 0 ändrade rader. Ångra med Ctrl+Z.').waitFor();
    expect(await actionNames(page)).toEqual(expect.arrayContaining(['Solceller på Ersboda skola', 'Elcyklar till hemtjänsten', 'Biogasbussar i länstrafiken']));

    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(async () => (await actionNames(page)).length).toBe(28);
    expect(errors).toEqual([]);
  });

  it('lists every problem of a bad file by row and column and imports nothing', async () => {
    const { page, errors } = await exportView();
    await pick(page, 'Välj fil…', join(FIXTURES, 'bad-actions.csv'));
    await page.getByText('6 problem måste rättas i filen innan den kan läsas in:').waitFor();
    const rows = page.locator('.import-preview tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().textContent()).toMatch(/^2C \(Sektor\)Sektorn "Sjöfart" finns inte i planen/);
    expect(await page.getByRole('button', { name: 'Läs in', exact: true }).isDisabled()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 1400 });
    await screenshot(page, 'export-import-problems');
    expect(await actionNames(page)).toHaveLength(28);
    expect(errors).toEqual([]);
  });

  it('replaces the baseline from the national statistics after showing the points', async () => {
    const { page, errors } = await exportView({ viewport: { width: 1366, height: 1600 } });
    await pick(page, 'Välj statistikfil…', STATISTICS);
    const apply = page.getByRole('button', { name: 'Ersätt basscenariot för 9 sektorer' });
    await apply.waitFor();
    expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('2480');
    const table = page.getByRole('table', { name: 'Utsläpp per sektor och år enligt filen (ton CO2)' });
    // 178 084 t in 1990, with the thin space Swedish number formatting puts between groups.
    expect(await table.getByRole('row', { name: /^Transporter/ }).textContent()).toMatch(/^Transporter178\s084/);
    await screenshot(page, 'export-baseline');
    await apply.click();
    await page.getByText('Basscenariot för 9 sektorer ersattes (99 punkter). Ångra med Ctrl+Z.').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the progress of a slow export and cancels it', async () => {
    const dir = tempDir('large');
    const file = join(dir, 'stor.klimat');
    writePlanFile(file, largePlan(10_000, 5), { replica: 'test', user: 'Testaren' }, 'test');
    const { page, errors } = await exportView({ file });
    await page.getByRole('button', { name: 'Exportera Excel-arbetsbok' }).click();
    const cancel = page.getByRole('button', { name: 'Avbryt' });
    await cancel.waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Skriver|Läser/ })
        .count(),
    ).toBe(1);
    await screenshot(page, 'export-progress');
    await cancel.click();
    await page.getByText('Exporten avbröts; ingen fil skrevs.').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
