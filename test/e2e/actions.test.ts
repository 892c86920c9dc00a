// Åtgärder as a spreadsheet, in a real Chromium against the real browser host and real SQLite
// files: a capex cell typed in tkr moves the NPV column and the totals and is stored in kronor
// (after a restart and in export-json); a block copied from a Swedish Excel is pasted through
// the real clipboard and every stored value checked; a block with one bad cell changes nothing
// and names the cell; paste, fill-down and row deletion are undone and redone with Ctrl+Z and
// Ctrl+Y; a negative capex, a status that does not exist and a year outside the plan are
// refused in the cell in Swedish (a status by its choices, never an id rule).
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '../../shared/domain/types';
import { CLI_BUNDLE, e2eSession, REPO, screenshot, startHost, startSampleHost, tempDir, VIEWPORTS, type AppPage } from './harness';
import { alertText, api, cell, expectRefusedEdits, fixture, grid, openGridView, pasteInto, plainSpaces, text, totalCell, typeInto } from './fixtures/sheet';

const GRID = 'Åtgärder';
const session = e2eSession();

const openActions = (url: string): Promise<AppPage> => openGridView(session, url, { route: 'actions', heading: 'Åtgärder', grid: GRID, firstColId: 'name' });

const actions = (url: string) => api(url, 'actions.list');
const statusBar = (page: Page) => page.getByRole('status', { name: 'Dokumentstatus' });

describe('Åtgärder grid', () => {
  it('stores a capex typed in tkr as kronor, moves the NPV and the totals, and keeps it after a restart', async () => {
    const { host, file, dir } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const capex = cell(page, GRID, 0, 'capexSek');
    const npv = cell(page, GRID, 0, 'npvSek');
    const before = { capex: await text(capex), npv: await text(npv), total: await text(totalCell(page, GRID, 'capexSek')) };
    expect(before.capex).toBe('180 000');

    await typeInto(page, capex, '1 234,5');
    await expect.poll(() => text(capex)).toBe('1 234,5');
    await expect.poll(() => text(npv)).not.toBe(before.npv);
    await expect.poll(() => text(totalCell(page, GRID, 'capexSek'))).not.toBe(before.total);
    const [first] = await actions(host.url);
    expect(first.capexSek).toBe(1_234_500);
    await screenshot(page, 'actions-1366x768');
    // The cost-per-year panel of the focused action (closed by default on a laptop screen).
    await page.getByRole('button', { name: /Kostnader per år/, expanded: false }).click();
    await grid(page, 'Kostnader per år för åtgärden').waitFor();
    await screenshot(page, 'actions-panel-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'actions-1920x1080');

    // Ctrl+S with the focus in the grid saves the plan to its file.
    await capex.click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => statusBar(page).textContent()).toContain('Sparad');
    expect(errors).toEqual([]);
    await host.stop();

    const exported = JSON.parse(execFileSync(process.execPath, [CLI_BUNDLE, 'export-json', file, '-'], { cwd: REPO, encoding: 'utf8' })) as Plan;
    expect(exported.actions[0].capexSek).toBe(1_234_500);

    const again = await startHost({ file, dir, dataDir: tempDir('data2') });
    const second = await openActions(again.url);
    expect(await text(cell(second.page, GRID, 0, 'capexSek'))).toBe('1 234,5');
    expect(second.errors).toEqual([]);
  });

  it('pastes a block copied from a Swedish Excel, refuses a block with a bad cell whole, and undoes and redoes the paste', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const original = await actions(host.url);

    // Five columns from Effekt (t/år): effect, share, capex, opex, savings; three rows.
    await pasteInto(page, cell(page, GRID, 0, 'effectTonsPerYear'), fixture('swedish-excel.tsv'));
    await expect.poll(async () => (await actions(host.url))[2].capexSek).toBe(1_234_567);
    const pasted = await actions(host.url);
    const fields = (a: Action) => [a.effectTonsPerYear, a.effectShare, a.capexSek, a.opexSekPerYear, a.savingsSekPerYear];
    expect(fields(pasted[0])).toEqual([1234.5, original[0].effectShare, 2_500_000, 0, 1_234_500]);
    expect(fields(pasted[1])).toEqual([3000, 0.125, 1_234_500, 750_000, 500]);
    expect(fields(pasted[2])).toEqual([10, original[2].effectShare, 1_234_567, 12_000, 0]);
    expect(pasted.slice(3)).toEqual(original.slice(3));
    await expect.poll(() => text(cell(page, GRID, 1, 'effectShare'))).toBe('12,5 %');
    await expect.poll(() => text(cell(page, GRID, 0, 'capexSek'))).toBe('2 500');

    // One paste is one undo step: Ctrl+Z in the grid (not editing) undoes all of it.
    await cell(page, GRID, 5, 'name').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await actions(host.url)).slice(0, 3)).toEqual(original.slice(0, 3));
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await actions(host.url)).slice(0, 3)).toEqual(pasted.slice(0, 3));
    await expect.poll(() => text(cell(page, GRID, 0, 'capexSek'))).toBe('2 500');

    // A block with one bad cell (−50 in capex of row 2) changes nothing and names the cell.
    await pasteInto(page, cell(page, GRID, 0, 'capexSek'), fixture('swedish-excel-bad.tsv'));
    await expect.poll(() => alertText(page, GRID)).toContain('Rad 2 (T-02), Investering (tkr): Investeringen måste vara ett heltal ≥ 0 kr.');
    expect(await alertText(page, GRID)).toContain('Ingenting ändrades');
    expect(await actions(host.url)).toEqual(pasted);
    expect(await cell(page, GRID, 1, 'capexSek').getAttribute('class')).toContain('sheet-cell--refused');
    expect(await text(cell(page, GRID, 1, 'capexSek'))).toBe('1 234,5');
    await screenshot(page, 'actions-paste-refused');
    expect(errors).toEqual([]);
  });

  it('fills down with Ctrl+D and deletes a row after asking, each undone and redone', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const original = await actions(host.url);

    // Select capex of rows 1–3 with click and shift+click, then Ctrl+D copies the top cell down.
    await cell(page, GRID, 0, 'capexSek').click();
    await cell(page, GRID, 2, 'capexSek').click({ modifiers: ['Shift'] });
    await expect.poll(() => grid(page, GRID).locator('.sheet-cell--selected').count()).toBe(3);
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await actions(host.url)).slice(0, 3).map((a) => a.capexSek)).toEqual([180_000_000, 180_000_000, 180_000_000]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await actions(host.url)).map((a) => a.capexSek)).toEqual(original.map((a) => a.capexSek));
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await actions(host.url))[2].capexSek).toBe(180_000_000);

    // Shift+arrows select a block too; Ctrl+C puts it on the clipboard as TSV.
    await cell(page, GRID, 0, 'capexSek').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+c');
    const copied = plainSpaces((await page.evaluate('navigator.clipboard.readText()')) as string);
    const tkr = (sek: number) => plainSpaces((sek / 1000).toLocaleString('sv-SE'));
    expect(copied).toBe(`180 000\t${tkr(original[0].opexSekPerYear)}\r\n180 000\t${tkr(original[1].opexSekPerYear)}`);

    // Delete a row: asks first, then the row is gone; Ctrl+Z brings it back, Ctrl+Y removes it again.
    const victim = (await actions(host.url))[3];
    await cell(page, GRID, 3, 'name').click();
    await page.getByRole('button', { name: 'Ta bort…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort åtgärden?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(victim.name);
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(async () => (await actions(host.url)).some((a) => a.id === victim.id)).toBe(false);
    await expect.poll(() => text(cell(page, GRID, 3, 'code'))).not.toBe(victim.code);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await actions(host.url)).find((a) => a.id === victim.id)).toEqual(victim);
    await expect.poll(() => text(cell(page, GRID, 3, 'code'))).toBe(victim.code);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await actions(host.url)).length).toBe(original.length - 1);
    expect(errors).toEqual([]);
  });

  it('refuses a negative capex, a status that does not exist and a year outside the plan, keeping the old value', async () => {
    const { host } = await startSampleHost();
    const app = await openActions(host.url);
    await expectRefusedEdits(
      app,
      GRID,
      () => actions(host.url),
      [
        {
          colId: 'capexSek',
          typed: '-5',
          says: 'Investeringen måste vara ett heltal ≥ 0 kr.',
          at: 'Rad 1 (T-01), Investering (tkr)',
          keeps: '180 000',
          marked: true,
        },
        {
          colId: 'status',
          pasted: 'Beviljad',
          says: '”Beviljad” är ingen status; välj en av: Idé, Föreslagen, Beslutad, Pågående, Genomförd, Avbruten.',
          keeps: 'Pågående',
        },
        { colId: 'startYear', typed: '2050', says: 'Startåret (2050) ligger utanför planperioden 2020–2045.', keeps: '2022' },
      ],
      'actions-refused-year',
    );
  });
});
