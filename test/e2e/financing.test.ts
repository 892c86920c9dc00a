// Finansiering in a real Chromium against the real browser host: an entry's amount typed in tkr
// is stored in kronor and moves the funding gap of the year matrix; a block copied from a
// Swedish Excel (year, amount, status) is pasted and every stored value checked, then undone
// and redone as one step; a row deletion asks and is undone; a negative amount, a status that
// does not exist and a year outside the plan are refused with Node's Swedish sentence.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FinancingEntry } from '../../shared/domain/types';
import {
  launchBrowser,
  openApp,
  removeTempDirs,
  sampleFileViaCli,
  screenshot,
  startHost,
  stopAllHosts,
  tempDir,
  VIEWPORTS,
  type AppPage,
} from './harness';
import { alertText, api, cell, fixture, grid, pasteInto, text, typeInto } from './fixtures/sheet';

const ENTRIES = 'Finansieringsposter';
const MATRIX = 'Finansiering per källa och år';
const opened: AppPage[] = [];

async function openFinancing(browser: Browser, url: string): Promise<AppPage> {
  const app = await openApp(browser, `${url}#/financing`);
  opened.push(app);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
  await cell(app.page, ENTRIES, 0, 'amountSek').waitFor();
  return app;
}

const entries = (url: string) => api<FinancingEntry[]>(url, 'financing.list');
const gapCell = (page: Page, year: number) => grid(page, MATRIX).locator(`.ag-row-pinned[row-id="__pinnedbottom-4"] .ag-cell[col-id="y${year}"]`);

async function freshHost() {
  const dir = tempDir('plans');
  return startHost({ file: sampleFileViaCli(dir), dir, dataDir: tempDir('data') });
}

describe('Finansiering grids', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((a) => a.context.close()));
    await stopAllHosts();
  });

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  it('stores an amount typed in tkr, moves the funding gap, pastes a Swedish block as one undoable step and deletes after asking', async () => {
    const host = await freshHost();
    const { page, errors } = await openFinancing(browser, host.url);
    const original = await entries(host.url);
    expect(original[0]).toMatchObject({ year: 2024, amountSek: 40_000_000, status: 'secured' });
    const gap2024 = await text(gapCell(page, 2024));

    await typeInto(page, cell(page, ENTRIES, 0, 'amountSek'), '1 234,5');
    await expect.poll(async () => (await entries(host.url))[0].amountSek).toBe(1_234_500);
    await expect.poll(() => text(gapCell(page, 2024))).not.toBe(gap2024);
    await screenshot(page, 'financing-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'financing-1920x1080');
    await page.setViewportSize(VIEWPORTS.laptop);

    // Year, amount and status of two rows, in Swedish forms (no-break spaces, mnkr, labels).
    const before = await entries(host.url);
    await pasteInto(page, cell(page, ENTRIES, 0, 'year'), fixture('financing-excel.tsv'));
    await expect.poll(async () => (await entries(host.url))[1].year).toBe(2027);
    const pasted = await entries(host.url);
    expect(pasted[0]).toMatchObject({ year: 2026, amountSek: 1_234_500, status: 'secured' });
    expect(pasted[1]).toMatchObject({ year: 2027, amountSek: 2_000_000, status: 'applied' });
    expect(pasted.slice(2)).toEqual(before.slice(2));
    await expect.poll(() => text(cell(page, ENTRIES, 1, 'status'))).toBe('Sökt');

    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(host.url)).toEqual(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => entries(host.url)).toEqual(pasted);
    await expect.poll(() => text(cell(page, ENTRIES, 0, 'year'))).toBe('2026');

    const victim = pasted[2];
    await cell(page, ENTRIES, 2, 'amountSek').click();
    await grid(page, ENTRIES).locator('xpath=..').getByRole('button', { name: 'Ta bort…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort finansieringsposten?' });
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(async () => (await entries(host.url)).some((e) => e.id === victim.id)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await entries(host.url)).find((e) => e.id === victim.id)).toEqual(victim);
    expect(errors).toEqual([]);
  });

  it('refuses a negative amount, a status that does not exist and a year outside the plan, keeping the old value', async () => {
    const host = await freshHost();
    const { page, errors } = await openFinancing(browser, host.url);
    const original = await entries(host.url);
    const alert = () => alertText(page, ENTRIES);

    const amount = cell(page, ENTRIES, 0, 'amountSek');
    await typeInto(page, amount, '-5');
    await expect.poll(alert).toContain('Beloppet måste vara ett heltal ≥ 0 kr.');
    expect(await alert()).toContain('Rad 1 (Kommunens investeringsbudget), Belopp (tkr)');
    expect(await text(amount)).toBe('40 000');
    expect(await amount.getAttribute('class')).toContain('sheet-cell--refused');

    await pasteInto(page, cell(page, ENTRIES, 0, 'status'), 'Beviljad');
    await expect.poll(alert).toContain('Statusen måste vara en av: secured, applied, potential.');
    expect(await text(cell(page, ENTRIES, 0, 'status'))).toBe('Säkrad');

    await typeInto(page, cell(page, ENTRIES, 0, 'year'), '2050');
    await expect.poll(alert).toContain('Året (2050) ligger utanför planperioden 2020–2045.');
    expect(await text(cell(page, ENTRIES, 0, 'year'))).toBe('2024');
    await screenshot(page, 'financing-refused-year');

    expect(await entries(host.url)).toEqual(original);
    expect(errors).toEqual([]);
  });
});
