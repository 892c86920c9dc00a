// The grids behave like the budget officer's spreadsheet, in a real Chromium against the real
// browser host (issue 15): Tab or Enter after typing moves on without editing and typing then
// replaces (Åtgärder, Finansiering, the cost-per-year panel, the baseline points); the last row
// is whole and clickable under the pinned totals, and Enter on it offers a new row; a pasted
// block whose columns do not fit opens the import's column mapping and lands as one undo step;
// Ångra names its step and says what it undid; the grid is one Tab stop; and the spreadsheet
// keys (Ctrl+End, Ctrl+arrows, Alt+↓, a letter in a list, F2, Esc) do what they do in Excel.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, screenshot, startSampleHost, type AppPage } from './harness';
import { alertText, api, cell, grid, openGridView, plainSpaces, text, totalCell } from './fixtures/sheet';

const GRID = 'Åtgärder';
const session = e2eSession();

const openActions = (url: string): Promise<AppPage> => openGridView(session, url, { route: 'actions', heading: 'Åtgärder', grid: GRID, firstColId: 'name' });
const actions = (url: string) => api(url, 'actions.list');

/** The id (col-id) and row of the focused cell. */
const focusedCell = (page: Page) =>
  page.evaluate(
    `(() => { const el = document.activeElement; const row = el?.closest('.ag-row'); return el?.getAttribute('col-id') ? { col: el.getAttribute('col-id'), row: Number(row?.getAttribute('row-index')) } : null; })()`,
  ) as Promise<{ col: string; row: number } | null>;

/** What has the focus, by its accessible description: a cell, or another element's tag and text. */
const focusedElement = (page: Page) =>
  page.evaluate(
    `(() => { const el = document.activeElement; return el ? el.tagName + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60) : ''; })()`,
  ) as Promise<string>;

/** Types `first` into a cell, Tab, types `second`, Enter: the Excel move that used to append. */
async function typeTabType(page: Page, start: Locator, first: string, second: string): Promise<void> {
  await start.click();
  await page.keyboard.type(first);
  await page.keyboard.press('Tab');
  await page.keyboard.type(second);
  await page.keyboard.press('Enter');
}

describe('spreadsheet habits', () => {
  it('Tab then typing replaces the next cell in every grid, instead of appending to it', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const before = (await actions(host.url))[0];
    expect(before.implementationYears).not.toBe(3);

    // Åtgärder: implementation years, Tab, effect start year (→ 2026, never 2023 followed by 2026).
    expect(before.effectStartYear).not.toBe(2026);
    await typeTabType(page, cell(page, GRID, 0, 'implementationYears'), '3', '2026');
    await expect.poll(async () => (await actions(host.url))[0].effectStartYear).toBe(2026);
    expect((await actions(host.url))[0].implementationYears).toBe(3);
    // After Tab the next cell was not being edited: Enter stored it and went down.
    expect(await focusedCell(page)).toEqual({ col: 'implementationYears', row: 1 });

    // The cost-per-year panel of the focused action.
    await cell(page, GRID, 0, 'name').click();
    await page.getByRole('button', { name: /Kostnader per år/, expanded: false }).click();
    const panel = 'Kostnader per år för åtgärden';
    const y2022 = grid(page, panel).locator('.ag-grid-scrolling-container .ag-row[row-index="0"] .ag-cell[col-id="y2022"]');
    await y2022.waitFor();
    await typeTabType(page, y2022, '7', '8');
    await expect.poll(async () => (await actions(host.url))[0].costOverrides.find((o) => o.year === 2023)?.capexSek).toBe(8_000);
    expect((await actions(host.url))[0].costOverrides.find((o) => o.year === 2022)?.capexSek).toBe(7_000);

    // Finansiering: year, Tab, amount (tkr).
    const ENTRIES = 'Finansieringsposter';
    await page.getByRole('navigation').getByRole('link', { name: 'Finansiering', exact: true }).click();
    await cell(page, ENTRIES, 0, 'year').waitFor();
    await typeTabType(page, cell(page, ENTRIES, 0, 'year'), '2025', '9');
    await expect.poll(async () => (await api(host.url, 'financing.list'))[0]).toMatchObject({ year: 2025, amountSek: 9_000 });

    // Mål: a baseline point's year, Tab, tonnes.
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    const points = 'Basscenariots punkter för Transporter';
    const first = grid(page, points).locator('.ag-grid-scrolling-container .ag-row[row-index="0"] .ag-cell[col-id="tonsCo2e"]');
    await first.waitFor();
    const year = Number(await text(grid(page, points).locator('.ag-grid-scrolling-container .ag-row[row-index="0"] .ag-cell[col-id="year"]')));
    // Tonnes is the last column: Tab stores and stays there, not editing; typing replaces.
    await first.click();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    const tons = async () =>
      (await api(host.url, 'plan.snapshot')).baseline.find((b) => b.sectorId === 'transport')!.points.find((p) => p.year === year)?.tonsCo2e;
    await expect.poll(tons).toBe(6);
    expect(errors).toEqual([]);
  }, 180_000);

  it('keeps the last row whole above the pinned totals, clickable, and offers a new row on Enter', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const count = (await actions(host.url)).length;
    await cell(page, GRID, 0, 'name').click();
    await page.keyboard.press('Control+End');
    const last = cell(page, GRID, count - 1, 'name');
    await last.waitFor();
    const totals = totalCell(page, GRID, 'name');
    const box = (await last.boundingBox())!;
    const pinned = (await totals.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(pinned.y + 1);
    // The middle of the last row is the last row (not a scroll bar, not the totals).
    const hit = await page.evaluate(
      `document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height - 3})?.closest('.ag-row')?.getAttribute('row-index')`,
    );
    expect(hit).toBe(String(count - 1));
    await cell(page, GRID, count - 1, 'code').click();
    expect(await focusedCell(page)).toEqual({ col: 'code', row: count - 1 });
    await screenshot(page, 'actions-last-row-1366x768');

    // Enter on the last row offers a new row; Enter again adds it with its sector's next code.
    const sector = (await actions(host.url))[count - 1].sectorId;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.actions-grid .sheet-status').textContent()).toContain('sista raden');
    expect((await actions(host.url)).length).toBe(count);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url)).length).toBe(count + 1);
    const added = (await actions(host.url))[count];
    expect(added.sectorId).toBe(sector);
    expect(added.code).toBe('K-04');
    await expect.poll(() => focusedCell(page)).toEqual({ col: 'code', row: count });
    const newBox = (await cell(page, GRID, count, 'code').boundingBox())!;
    expect(newBox.y + newBox.height).toBeLessThanOrEqual((await totals.boundingBox())!.y + 1);
    expect(errors).toEqual([]);
  });

  it('offers the column mapping for a pasted block that does not fit, and lands it as one undo step', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const original = await actions(host.url);
    // The officer's own sheet: other columns, in another order, under headers of their own.
    const tsv = [
      'Åtgärd\tSektor\tInvestering, tkr\tDrift per år (tkr)\tEffekt t/år',
      'Ny cykelbana\tTransporter\t1 500\t20\t15',
      'Bussdepå i Ersboda\tTransporter\t9 000\t100\t40',
    ].join('\r\n');
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(tsv)})`);
    await cell(page, GRID, 0, 'code').click();
    await page.keyboard.press('Control+v');
    const dialog = page.getByRole('dialog', { name: 'Kolumnerna passar inte tabellen' });
    await dialog.waitFor();
    // Every header is matched to its field, and the preview has no problem.
    for (const [letter, header, field] of [
      ['A', 'Åtgärd', 'name'],
      ['B', 'Sektor', 'sectorId'],
      ['C', 'Investering, tkr', 'capexSek'],
      ['D', 'Drift per år (tkr)', 'opexSekPerYear'],
      ['E', 'Effekt t/år', 'effectTonsPerYear'],
    ]) {
      expect(await dialog.getByLabel(`Fält för kolumn ${letter} (${header})`).inputValue(), header).toBe(field);
    }
    await expect.poll(() => dialog.textContent()).toContain('Inga problem');
    await screenshot(page, 'actions-paste-mapping-1366x768');
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    await expect.poll(async () => (await actions(host.url)).length).toBe(original.length + 2);
    const bus = (await actions(host.url)).find((a) => a.name === 'Bussdepå i Ersboda')!;
    expect(bus).toMatchObject({ sectorId: 'transport', capexSek: 9_000_000, opexSekPerYear: 100_000, effectTonsPerYear: 40 });
    // One Ctrl+Z takes the whole paste back.
    await cell(page, GRID, 0, 'name').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await actions(host.url)).length).toBe(original.length);
    expect(await actions(host.url)).toEqual(original);
    expect(errors).toEqual([]);
  });

  it('names the step Ångra and Gör om would take, and says what an undo changed, with Visa', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const first = (await actions(host.url))[0];
    await cell(page, GRID, 0, 'implementationYears').click();
    await page.keyboard.type('13');
    await page.keyboard.press('Enter');
    const step = `Genomförandetid för ${first.code} ${first.name}`;
    const undo = page.getByRole('button', { name: `Ångra: ${step}` });
    await undo.waitFor();
    expect(await undo.getAttribute('title')).toBe(`Ångra: ${step} (Ctrl+Z)`);
    await page.keyboard.press('Control+z');
    const notice = page.locator('.undo-notice');
    await expect.poll(async () => plainSpaces((await notice.textContent()) ?? '')).toContain(`Ångrade: ${step}: 13 år → ${first.implementationYears} år.`);
    await page.getByRole('button', { name: `Gör om: ${step}` }).waitFor();
    expect((await actions(host.url))[0].implementationYears).toBe(first.implementationYears);
    // Visa goes to the cell that changed.
    await cell(page, GRID, 5, 'name').click();
    await notice.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => focusedCell(page)).toEqual({ col: 'implementationYears', row: 0 });
    expect(errors).toEqual([]);
  });

  it('is one Tab stop in the page: Tab enters on a cell and leaves to the next control', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    await page.locator('.actions-grid .sheet-columns > summary').focus();
    await page.keyboard.press('Tab');
    expect(await focusedCell(page)).toEqual({ col: 'code', row: 0 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toEqual({ col: 'name', row: 1 });
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatch(/^BUTTON .*Kostnader per år/);
    // Back in, on the cell that had the focus; and out the other way.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell(page)).toEqual({ col: 'name', row: 1 });
    await page.keyboard.press('Shift+Tab');
    expect(await focusedElement(page)).toMatch(/^SUMMARY Kolumner/);
    expect(errors).toEqual([]);
  });

  it('knows the spreadsheet keys: Ctrl+arrows and Ctrl+Home, a letter and Alt+↓ in a list, F2, Esc, a refused entry kept for correction', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const count = (await actions(host.url)).length;
    await cell(page, GRID, 3, 'name').click();
    await page.keyboard.press('Control+ArrowDown');
    expect(await focusedCell(page)).toEqual({ col: 'name', row: count - 1 });
    await page.keyboard.press('Control+Home');
    expect(await focusedCell(page)).toEqual({ col: 'code', row: 0 });

    // A letter in a list cell picks the first choice it starts (Beslutad), Enter stores it.
    await cell(page, GRID, 0, 'status').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url))[0].status).toBe('decided');
    // Alt+↓ opens the list; arrows move; Esc leaves it as it was.
    await cell(page, GRID, 0, 'status').click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('listbox', { name: 'Status' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox', { name: 'Status' }).count()).toBe(0);
    expect((await actions(host.url))[0].status).toBe('decided');

    // F2 edits the value (not replacing it); Esc cancels.
    const name = cell(page, GRID, 1, 'name');
    const original = await text(name);
    await name.click();
    await page.keyboard.press('F2');
    await page.keyboard.type(' X');
    await page.keyboard.press('Escape');
    expect(await text(name)).toBe(original);

    // A refused entry: the old value stays and is marked; F2 brings back what was typed; a
    // valid value then clears the mark.
    const capex = cell(page, GRID, 0, 'capexSek');
    await capex.click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await expect.poll(() => alertText(page, GRID)).toContain('Värdet sparades inte');
    expect(await capex.getAttribute('class')).toContain('sheet-cell--refused');
    expect(await text(capex)).toBe('180 000');
    await capex.click();
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: /^Investering/ });
    expect(await editor.inputValue()).toBe('-5');
    await editor.fill('5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url))[0].capexSek).toBe(5_000);
    await expect.poll(() => capex.getAttribute('class')).not.toContain('sheet-cell--refused');
    expect(errors).toEqual([]);
  });

  it('says how an amount in another unit was read, warns of likely typos without refusing, and refuses a word by the choices', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const status = () =>
      page
        .locator('.actions-grid .sheet-status')
        .textContent()
        .then((s) => plainSpaces(s ?? ''));
    await cell(page, GRID, 0, 'opexSekPerYear').click();
    await page.keyboard.type('12 000 kr');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url))[0].opexSekPerYear).toBe(12_000);
    await expect.poll(status).toContain('12 000 kr räknades om till 12 tkr.');

    // A thousandfold amount and an effect before the start are stored, and pointed out.
    await cell(page, GRID, 1, 'capexSek').click();
    // The column's median is 65 000 tkr: 90 000 000 tkr is more than a thousand times it.
    await page.keyboard.type('90000000');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url))[1].capexSek).toBe(90_000_000_000);
    await expect.poll(() => page.locator('.actions-grid .sheet-message--warn').textContent()).toContain('minst tusen gånger kolumnens vanliga belopp');
    await cell(page, GRID, 2, 'effectStartYear').click();
    await page.keyboard.type('2020');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actions(host.url))[2].effectStartYear).toBe(2020);
    await expect.poll(() => page.locator('.actions-grid .sheet-message--warn').textContent()).toContain('före startåret');

    // A number pasted into the sector: refused by the sectors' names, never an id rule.
    await page.evaluate(`navigator.clipboard.writeText('1 234,5')`);
    await cell(page, GRID, 0, 'sectorId').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => alertText(page, GRID)).toContain('”1 234,5” är ingen sektor; välj en av: Transporter, El och fjärrvärme');
    expect(await alertText(page, GRID)).not.toMatch(/A–Z|tecken/);
    expect(errors).toEqual([]);
  });
});
