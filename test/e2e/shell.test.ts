// The app shell in a real Chromium against the real browser host: every view loads, a plan
// setting is edited and saved with Ctrl+S (naming the file on first save), and survives a
// restart; the interface stays Swedish under an English browser until the user picks English.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, launchBrowser, screenshot, startHost, startSampleHost, tempDir, VIEWPORTS } from './harness';

const NAV_SV = ['Översikt', 'Åtgärder', 'Scenarier', 'Finansiering', 'Mål', 'Åtaganden', 'Uppföljning', 'Historik', 'Export', 'Region'];
const NAV_EN = ['Overview', 'Actions', 'Scenarios', 'Financing', 'Targets', 'Commitments', 'Follow-up', 'History', 'Export', 'Region'];

const session = e2eSession();

/** The status bar's live region. */
const statusBar = (page: Page) => page.getByRole('status', { name: /Dokumentstatus|Document status/ });

async function waitForOverview(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await expect.poll(() => page.getByLabel('Titel').inputValue()).not.toBe('');
}

describe('app shell', () => {
  it('loads every view, saves an edited title with Ctrl+S and finds it after a restart', async () => {
    const dir = tempDir('plans');
    const dataDir = tempDir('data');
    const host = await startHost({ dir, dataDir });
    const { page, errors } = await session.open(host.url);
    await waitForOverview(page);

    // The token has left the visible address.
    expect(page.url()).not.toContain('token=');

    for (const name of NAV_SV) {
      const link = page.getByRole('link', { name, exact: true });
      await link.click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      expect(await link.getAttribute('aria-current')).toBe('page');
    }

    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    await waitForOverview(page);
    const title = page.getByLabel('Titel');
    const newTitle = `Klimatinvesteringsplan Umeå – provad ${Date.now()}`;
    await title.fill(newTitle);
    // Ctrl+S with the cursor still in the field: the typed title is stored first, then saved.
    await title.press('Control+s');
    const saveAs = page.getByRole('dialog', { name: 'Spara som' });
    await saveAs.waitFor();
    await saveAs.getByLabel('Filnamn').fill('umea-prov');
    await saveAs.getByRole('button', { name: 'Spara' }).click();
    await saveAs.waitFor({ state: 'detached' });
    await expect.poll(() => statusBar(page).textContent()).toContain('umea-prov.klimat');
    expect(await statusBar(page).textContent()).toContain('Sparad');
    expect(existsSync(join(dir, 'umea-prov.klimat'))).toBe(true);

    await screenshot(page, 'overview-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'overview-1920x1080');
    expect(errors).toEqual([]);

    await session.closePages();
    await host.stop();

    const again = await startHost({ file: join(dir, 'umea-prov.klimat'), dir, dataDir });
    const second = await session.open(again.url);
    await waitForOverview(second.page);
    expect(await second.page.getByLabel('Titel').inputValue()).toBe(newTitle);
    await expect.poll(() => statusBar(second.page).textContent()).toContain('umea-prov.klimat');
    expect(second.errors).toEqual([]);
  });

  it('refuses an out-of-range value with the API message and goes back on Escape; Ctrl+Z undoes', async () => {
    const host = await startHost({ dir: tempDir('plans'), dataDir: tempDir('data') });
    const { page, errors } = await session.open(host.url);
    await waitForOverview(page);

    // The field (Ångra's button names the step, "Ångra: Diskonteringsränta för planen", so the role is named too).
    const rate = page.getByRole('textbox', { name: 'Diskonteringsränta' });
    expect(await rate.inputValue()).toBe('3,5');
    await rate.fill('25');
    await rate.press('Enter');
    await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await rate.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(message).toMatch(/Diskonteringsräntan/);
    await screenshot(page, 'overview-refused-value');
    await rate.press('Escape');
    expect(await rate.inputValue()).toBe('3,5');
    expect(await rate.getAttribute('aria-invalid')).toBeNull();

    await rate.fill('4,25');
    await rate.press('Enter');
    await expect.poll(() => statusBar(page).textContent()).toContain('Osparade ändringar');
    // Undo belongs to the plan only when the cursor is not in a text field.
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).click();
    await rate.blur();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rate.inputValue()).toBe('3,5');
    await page.keyboard.press('Control+y');
    await expect.poll(() => rate.inputValue()).toBe('4,25');
    expect(errors).toEqual([]);
  });

  it('stays Swedish in an English browser, and switches to English when the user picks it', async () => {
    const english = await launchBrowser(['--lang=en-US']);
    try {
      const host = await startHost({ dir: tempDir('plans'), dataDir: tempDir('data') });
      const { page, errors } = await session.open(host.url, { locale: 'en-US', browser: english });
      await waitForOverview(page);
      expect(await page.evaluate('navigator.language')).toMatch(/^en/);
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      for (const name of NAV_SV) await nav.getByRole('link', { name, exact: true }).waitFor();

      await page.getByLabel('Språk').selectOption('en');
      const navEn = page.getByRole('navigation', { name: 'Main menu' });
      for (const name of NAV_EN) await navEn.getByRole('link', { name, exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      // Remembered over a reload (the token, now out of the address, is kept for the session).
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      for (const name of NAV_EN) await navEn.getByRole('link', { name, exact: true }).waitFor();
      await expect.poll(() => page.getByLabel('Title').inputValue()).not.toBe('');
      await screenshot(page, 'overview-english');

      await page.getByLabel('Language').selectOption('sv');
      await page.getByRole('link', { name: 'Översikt', exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await session.closePages();
      await english.close();
    }
  });

  it('opens a plan that a colleague holds read-only, with a banner saying who', async () => {
    const { host: first, file, dir } = await startSampleHost();
    const holder = await session.open(first.url);
    await waitForOverview(holder.page);
    await expect.poll(() => holder.page.getByLabel('Titel').isEditable()).toBe(true);

    const second = await startHost({ file, dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(second.url);
    await waitForOverview(page);
    await page.getByRole('note').filter({ hasText: 'skrivskyddad' }).waitFor();
    await expect.poll(() => page.getByLabel('Titel').isDisabled()).toBe(true);
    await expect.poll(() => statusBar(page).textContent()).toMatch(/Skrivskyddad – öppnad av .+ på .+/);
    await screenshot(page, 'overview-read-only');
    expect(errors).toEqual([]);
    expect(holder.errors).toEqual([]);
  });

  it('explains a refused token in Swedish instead of showing views that cannot load', async () => {
    const host = await startHost({ dir: tempDir('plans'), dataDir: tempDir('data') });
    const wrong = host.url.replace(/token=[^&#]+/, 'token=fel');
    const { page, errors } = await session.open(wrong);
    await page.getByRole('heading', { name: 'Åtkomst nekad' }).waitFor();
    // The only errors are the browser's own reports of the refused requests.
    expect(errors.filter((e) => !/403/.test(e))).toEqual([]);
  });
});
