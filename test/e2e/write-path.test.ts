// The write path of issue 13 and issue 15's speed goal, in Chromium against the real browser
// host: a delete is applied in place from its answer (no reload of the plan, no extra
// document.status) while the status bar follows; a typed value shows before Node has answered
// and goes back, with the refusal, when Node refuses it; and typing in Åtgärder during Spara of
// a 10 000-action plan never blocks the page (the longest task is measured in the page).
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/document/files';
import { largePlan } from '../support/large-plan';
import { e2eSession, startHost, startSampleHost, tempDir, type AppPage } from './harness';
import { alertText, api, cell, openGridView, text } from './fixtures/sheet';

const GRID = 'Åtgärder';
const session = e2eSession();

const openActions = (url: string): Promise<AppPage> => openGridView(session, url, { route: 'actions', heading: 'Åtgärder', grid: GRID, firstColId: 'name' });
const statusBar = (page: Page) => page.getByRole('status', { name: 'Dokumentstatus' });

/** The names of the API calls the page makes from now on. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([^/?]+)$/.exec(new URL(r.url()).pathname);
    if (m) calls.push(decodeURIComponent(m[1]));
  });
  return calls;
}

describe('the write path', () => {
  it('a delete is applied from its answer: no reload of the plan, no extra status call; the status bar follows', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const before = await api(host.url, 'actions.list');
    await expect.poll(() => statusBar(page).textContent()).toContain('Sparad');
    const calls = recordCalls(page);

    const victim = before[3];
    await cell(page, GRID, 3, 'name').click();
    await page.getByRole('button', { name: 'Ta bort…' }).click();
    await page.getByRole('dialog', { name: 'Ta bort åtgärden?' }).getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(() => text(cell(page, GRID, 3, 'code'))).toBe(before[4].code);
    await expect.poll(() => statusBar(page).textContent()).toContain('Osparade ändringar');
    expect(await page.locator('.actions-grid .sheet-status').textContent()).toContain(String(before.length - 1));

    // Undo brings the row back in its place, from the answer too; Gör om follows the status it brought.
    const redo = page.getByRole('button', { name: 'Gör om' });
    expect(await redo.isDisabled()).toBe(true);
    await cell(page, GRID, 0, 'name').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(cell(page, GRID, 3, 'code'))).toBe(victim.code);
    await expect.poll(() => redo.isDisabled()).toBe(false);
    // Besides the two writes only Ångra's and Gör om's names are read (history.steps): no reload, no status call.
    expect(calls.filter((c) => c !== 'history.steps')).toEqual(['actions.delete', 'history.undo']);
    expect(errors).toEqual([]);
  });

  it('a typed value shows before Node answers; a refused one goes back with the refusal in the cell', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await openActions(host.url);
    const held: Route[] = [];
    await page.route('**/api/actions.update', (route) => void held.push(route));
    const capex = cell(page, GRID, 0, 'capexSek');
    const npv = cell(page, GRID, 0, 'npvSek');
    const npvBefore = await text(npv);

    await capex.click();
    await page.keyboard.type('2 000');
    await page.keyboard.press('Enter');
    await expect.poll(() => held.length).toBe(1);
    // Node has not answered yet: the cell and the computed NPV already show the edit.
    expect(await text(capex)).toBe('2 000');
    await expect.poll(() => text(npv)).not.toBe(npvBefore);
    await held[0].continue();
    await expect.poll(async () => (await api(host.url, 'actions.list'))[0].capexSek).toBe(2_000_000);
    await expect.poll(() => statusBar(page).textContent()).toContain('Osparade ändringar');
    expect(await text(capex)).toBe('2 000');

    await capex.click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await expect.poll(() => held.length).toBe(2);
    expect(await text(capex)).toBe('−5');
    await held[1].continue();
    await expect.poll(() => alertText(page, GRID)).toContain('Investeringen måste vara ett heltal ≥ 0 kr.');
    await expect.poll(() => text(capex)).toBe('2 000');
    expect(await capex.getAttribute('class')).toContain('sheet-cell--refused');
    expect((await api(host.url, 'actions.list'))[0].capexSek).toBe(2_000_000);
    expect(errors).toEqual([]);
  });

  it('typing in Åtgärder during Spara of a 10 000-action plan never blocks the page', { timeout: 180_000 }, async () => {
    const dir = tempDir('large');
    const file = join(dir, 'stor.klimat');
    writePlanFile(file, largePlan(10_000), { replica: 'e2e', user: 'e2e' }, 'e2e');
    const host = await startHost({ file, dir, dataDir: tempDir('data') });
    const { page, errors } = await openActions(host.url);
    const first = cell(page, GRID, 0, 'capexSek');
    // One edit first, so that Spara has something to write.
    await first.click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusBar(page).textContent()).toContain('Osparade ändringar');

    await page.evaluate(`{
      globalThis.__longest = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__longest.push(e.duration); }).observe({ type: 'longtask' });
      true;
    }`);
    const saving = page.waitForResponse((r) => r.url().endsWith('/api/document.save'));
    // The focus is on row 1 (Enter moved it down): Ctrl+S, then typed straight on while Node
    // writes the file; each value shows at once, before Node has answered anything.
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/document.save'));
    await page.keyboard.press('Control+s');
    await sent;
    let saved = false;
    void saving.then(() => (saved = true));
    const shownDuringSave: boolean[] = [];
    for (let row = 1; row <= 4; row++) {
      await page.keyboard.type(String(100 + row));
      await page.keyboard.press('Enter');
      await expect.poll(() => text(cell(page, GRID, row, 'capexSek'))).toBe(String(100 + row));
      shownDuringSave.push(!saved);
    }
    await saving;
    await expect.poll(async () => (await api(host.url, 'actions.list'))[4].capexSek).toBe(104_000);
    const longest = (await page.evaluate('Math.max(0, ...globalThis.__longest)')) as number;
    process.stdout.write(
      `typing during Spara of 10 000 actions: longest task ${longest.toFixed(0)} ms; values shown while the save was under way: ${shownDuringSave.filter(Boolean).length} of 4\n`,
    );
    // 50 ms is the goal on an idle machine (npm run bench prints the figures); this bound holds
    // on a loaded one too, and still catches a page that waits for the save.
    expect(longest).toBeLessThan(400);
    expect(errors).toEqual([]);
  });
});
