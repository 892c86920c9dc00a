// Historik in a real Chromium against the real browser host (issue 8): the user's name set in
// the app goes with the next change at once; a change reads as a sentence with who and when;
// the list filters by action and is grouped by save; a change and an action are put back as new
// changes that Ctrl+Z undoes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, screenshot, startSampleHost, VIEWPORTS } from './harness';
import { api, cell, plainSpaces, typeInto } from './fixtures/sheet';

const session = e2eSession();
const rowText = async (page: Page, has: string) => plainSpaces((await page.getByRole('row').filter({ hasText: has }).first().textContent()) ?? '');

describe('Historik', () => {
  it('shows each change with the name set in the app, filters, restores, and groups by save', async () => {
    const { host } = await startSampleHost('history');
    const { page, errors } = await session.open(`${host.url}#/history`, { viewport: VIEWPORTS.laptop });
    const [t1, t2] = await api(host.url, 'actions.list');
    const capexSentence = `Investering för ${t1.code} ${t1.name}`;

    await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
    await page.getByLabel('Ditt namn i historiken').fill('Karin Lund');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await page.getByText('Namnet är sparat.').waitFor();

    // A change in the grid, by the name just set.
    await page.getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await typeInto(page, cell(page, 'Åtgärder', 0, 'capexSek'), '190 000');
    await expect.poll(async () => (await api(host.url, 'actions.list'))[0].capexSek).toBe(190_000_000);
    await page.getByRole('link', { name: 'Historik', exact: true }).click();
    await expect.poll(() => rowText(page, capexSentence)).toContain('180 000 tkr → 190 000 tkr');
    expect(await rowText(page, capexSentence)).toMatch(/Karin Lund\s*den här datorn/);

    // Filtered by another action the change is not there; by its own it is.
    const actionFilter = page.getByLabel('Åtgärd', { exact: true });
    await actionFilter.selectOption({ label: `${t2.code} ${t2.name}` });
    await page.getByText('Inga ändringar matchar filtret.').waitFor();
    await actionFilter.selectOption({ label: `${t1.code} ${t1.name}` });
    await expect.poll(() => page.getByRole('row').filter({ hasText: capexSentence }).count()).toBe(1);
    await screenshot(page, 'history-filtered-1366x768');

    // Put the change back: a new change, undone with Ctrl+Z.
    await page.getByRole('button', { name: /^Återställ: Investering för .*180\s000 tkr → 190\s000 tkr$/ }).click();
    await page.getByText('Ändringen är återställd. Ångra med Ctrl+Z.').waitFor();
    await expect.poll(async () => (await api(host.url, 'actions.list'))[0].capexSek).toBe(180_000_000);
    await expect.poll(() => page.getByRole('row').filter({ hasText: capexSentence }).count()).toBe(2);
    await page.getByRole('heading', { level: 1, name: 'Historik' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await api(host.url, 'actions.list'))[0].capexSek).toBe(190_000_000);

    // One more change, then the whole action back to how it was after its first change here.
    await page.getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await typeInto(page, cell(page, 'Åtgärder', 0, 'capexSek'), '200 000');
    await expect.poll(async () => (await api(host.url, 'actions.list'))[0].capexSek).toBe(200_000_000);
    await page.getByRole('link', { name: 'Historik', exact: true }).click();
    await actionFilter.selectOption({ label: `${t1.code} ${t1.name}` });
    const first = page
      .getByRole('row')
      .filter({ hasText: /180\s000 tkr → 190\s000 tkr/ })
      .last();
    await first.getByRole('button', { name: /^Återställ .* till hur den var/ }).click();
    await page.getByText(/är återställd till hur den var/).waitFor();
    expect((await api(host.url, 'actions.list'))[0].capexSek).toBe(190_000_000);

    // Spara: the changes move under the save, which says who saved.
    await actionFilter.selectOption({ label: 'Alla åtgärder' });
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('columnheader', { name: /^Sparad .* av Karin Lund$/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('columnheader', { name: 'Inte sparat än' }).count()).toBe(0);
    await screenshot(page, 'history-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'history-1920x1080');
    expect(errors).toEqual([]);
  });
});
