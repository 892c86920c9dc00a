// Finansiering in a real Chromium against the real browser host: an entry's amount typed in tkr
// is stored in kronor and moves the funding gap of the year matrix; a block copied from a
// Swedish Excel (year, amount, status) is pasted and every stored value checked, then undone
// and redone as one step; a row deletion asks and is undone; a negative amount, a status that
// does not exist and a year outside the plan are refused with Node's Swedish sentence.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, screenshot, startSampleHost, VIEWPORTS, type AppPage } from './harness';
import { api, cell, expectRefusedEdits, fixture, grid, openGridView, pasteInto, text, typeInto } from './fixtures/sheet';

const ENTRIES = 'Finansieringsposter';
const MATRIX = 'Finansiering per källa och år';
const session = e2eSession();

const openFinancing = (url: string): Promise<AppPage> =>
  openGridView(session, url, { route: 'financing', heading: 'Finansiering', grid: ENTRIES, firstColId: 'amountSek' });

const entries = (url: string) => api(url, 'financing.list');
const gapCell = (page: Page, year: number) => grid(page, MATRIX).locator(`.ag-row-pinned[row-id="__pinnedbottom-4"] .ag-cell[col-id="y${year}"]`);

describe('Finansiering grids', () => {
  it('stores an amount typed in tkr, moves the funding gap, pastes a Swedish block as one undoable step and deletes after asking', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openFinancing(host.url);
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
    const { host } = await startSampleHost();
    const app = await openFinancing(host.url);
    await expectRefusedEdits(
      app,
      ENTRIES,
      () => entries(host.url),
      [
        {
          colId: 'amountSek',
          typed: '-5',
          says: 'Beloppet måste vara ett heltal ≥ 0 kr.',
          at: 'Rad 1 (Kommunens investeringsbudget), Belopp (tkr)',
          keeps: '40 000',
          marked: true,
        },
        { colId: 'status', pasted: 'Beviljad', says: '”Beviljad” är ingen status; välj en av: Säkrad, Sökt, Möjlig.', keeps: 'Säkrad' },
        { colId: 'year', typed: '2050', says: 'Året (2050) ligger utanför planperioden 2020–2045.', keeps: '2024' },
      ],
      'financing-refused-year',
    );
  });
});
