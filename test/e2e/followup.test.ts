// Uppföljning in a real Chromium against the browser host, the whole yearly cycle as a budget
// officer runs it: Fastställ version… of the sample plan, the capex of T-01 changed in Åtgärder
// afterwards, actuals for two years typed in Uppföljning (the panel of T-01's years and the
// grid's column of the follow-up year), the deviation and the spending card following them,
// all of it kept through save and a restart of the host, and the follow-up report made with the
// view's button (a download in the browser host) holding the section titles and the figures.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FollowUpResult } from '../../shared/followup';
import { formatMoneyWhole } from '../../shared/format/number';
import { FOLLOWUP_SECTION_TITLES } from '../../shared/report/followup';
import { openView, savePlan, sv } from './chart-tables';
import { CLI_BUNDLE, e2eSession, REPO, screenshot, startHost, startSampleHost } from './harness';
import { api, cell, grid, plainSpaces, text, typeInto } from './fixtures/sheet';

const session = e2eSession();
const GRID = 'Åtgärder: plan, utfall och avvikelse';
const PANEL = 'Utfall per år för åtgärden';
const VERSION = 'Antagen av KF (test)';
const START_YEAR = 2020; // the sample plan's first year: the panel's first row

const card = (page: Page, id: string) => page.locator(`[data-card="${id}"]`);
const cardText = async (page: Page, id: string) => plainSpaces((await card(page, id).textContent()) ?? '');
/** tkr as the grid and the report write them (the sample plan's money unit). */
const tkr = (sek: number) => plainSpaces(sv(sek / 1000, 1));

/** Focuses T-01's row in Uppföljning's grid; the panel of its years follows once the page is idle. */
async function focusT01(page: Page): Promise<void> {
  await cell(page, GRID, 0, 'name').click();
  await grid(page, PANEL).waitFor();
  await expect.poll(() => page.getByRole('button', { name: /^Utfall per år: T-01 /, expanded: true }).count()).toBe(1);
}

const panelCell = (page: Page, year: number, colId: string) => cell(page, PANEL, year - START_YEAR, colId);

describe('Uppföljning', () => {
  it(
    'adopts a version, follows actuals typed for two years into the deviation and the cards, keeps them through a restart, and reports them as PDF',
    { timeout: 180_000 },
    async () => {
      const { host, file, dir } = await startSampleHost();
      const { page, errors } = await session.open(`${host.url}#/followup`);
      await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
      const year = new Date().getFullYear() - 1;
      const previous = year - 1;

      // 1. Fastställ version… from the view: the dialog names it, the reference list offers it.
      await page.getByRole('button', { name: 'Fastställ version…' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Namn').fill(VERSION);
      await dialog.getByLabel('Diarienummer').fill('KS 2026/1');
      await dialog.getByRole('button', { name: 'Fastställ', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByLabel('Jämför med').locator('option:checked').textContent()).toContain(VERSION);
      const [version] = await api(host.url, 'versions.list');
      const t01 = (await api(host.url, 'actions.list')).find((a) => a.code === 'T-01')!;
      expect(t01.capexSek).toBe(180_000_000);

      // 2. The plan changes after the adoption: T-01's investment in Åtgärder, 180 000 → 200 000 tkr.
      await openView(page, 'Åtgärder');
      const capex = cell(page, 'Åtgärder', 0, 'capexSek');
      await typeInto(page, capex, '200 000');
      await expect.poll(() => text(capex)).toBe('200 000');
      await expect.poll(async () => (await api(host.url, 'actions.list')).find((a) => a.id === t01.id)!.capexSek).toBe(200_000_000);

      // Back in Uppföljning: the change is listed in words, nothing is reported yet.
      await openView(page, 'Uppföljning');
      const changes = page.locator('.followup-changes');
      await expect.poll(async () => plainSpaces((await changes.textContent()) ?? '')).toContain('Ändrade åtgärder (1)');
      expect(plainSpaces((await changes.textContent()) ?? '')).toMatch(/T-01 Elbussar i stadstrafiken: .*180 000.*200 000/);
      const before = await cardText(page, 'spending');
      expect(before).toContain('inget utfall rapporterat');

      // 3. Actuals typed for two years: the investment of both years in T-01's panel, then the
      //    operating cost of the follow-up year (now the last with an actual) in the grid's column.
      await focusT01(page);
      await typeInto(page, panelCell(page, previous, 'capexSek'), '40 000');
      await expect.poll(() => text(panelCell(page, previous, 'capexSek'))).toBe('40 000');
      await typeInto(page, panelCell(page, year, 'capexSek'), '55 000');
      await expect.poll(() => text(panelCell(page, year, 'capexSek'))).toBe('55 000');
      await expect.poll(() => page.getByLabel('Uppföljningsår').inputValue()).toBe(String(year));
      await typeInto(page, cell(page, GRID, 0, 'year.opex'), '1 250');
      await expect.poll(() => text(cell(page, GRID, 0, 'year.opex'))).toBe('1 250');
      await expect.poll(async () => (await api(host.url, 'actuals.list')).length).toBe(2);
      expect(await api(host.url, 'actuals.list')).toEqual([
        { actionId: t01.id, year: previous, capexSek: 40_000_000 },
        { actionId: t01.id, year, capexSek: 55_000_000, opexSek: 1_250_000 },
      ]);

      // The figures the CLI computes from the same plan (what the grid and the card must show).
      const figures = (): FollowUpResult =>
        JSON.parse(execFileSync(process.execPath, [CLI_BUNDLE, 'followup', file, '--version', version.id], { cwd: REPO, encoding: 'utf8' })) as FollowUpResult;

      // The deviation: actual − the version's plan (the version's 180 000, not the changed plan).
      const row = {
        planned: cell(page, GRID, 0, 'capex.planned'),
        actual: cell(page, GRID, 0, 'capex.actual'),
        deviation: cell(page, GRID, 0, 'capex.deviation'),
      };
      await expect.poll(() => text(row.actual)).toBe('95 000');
      const planned = await text(row.planned);
      const plannedSek = Number(planned.replace(/ /g, '').replace(',', '.')) * 1000;
      expect(plannedSek).toBeGreaterThan(0);
      expect(await text(row.deviation)).toBe(tkr(95_000_000 - plannedSek));
      expect(await row.deviation.getAttribute('class')).toMatch(/followup-cell--(better|worse)/);
      expect(await text(cell(page, GRID, 0, 'opex.actual'))).toBe('1 250');

      // The card changes from "nothing reported" to the reported sum against the plan.
      await expect
        .poll(() => cardText(page, 'spending'))
        .toMatch(new RegExp(`Investeringar t\\.o\\.m\\. ${year}: 95 000 tkr av planerade [\\d ,]+ tkr, [\\d,]+ %`));
      expect(await cardText(page, 'spending')).not.toBe(before);
      await page.evaluate("document.querySelector('main').scrollTo(0, 0)");
      await screenshot(page, 'followup-view');
      await focusT01(page);
      await expect.poll(() => text(panelCell(page, year, 'opexSek'))).toBe('1 250');
      await grid(page, PANEL).scrollIntoViewIfNeeded();
      await screenshot(page, 'followup-panel');
      expect(errors).toEqual([]);

      // 4. Saved, the host restarted on the same file: the version, the actuals, the deviation and the card are all there.
      await savePlan(page);
      const stored = figures();
      expect(stored.year).toBe(year);
      const mine = stored.actions.find((a) => a.id === t01.id)!;
      expect(mine.capex).toEqual({ planned: plannedSek, actual: 95_000_000, deviation: 95_000_000 - plannedSek });
      expect(mine.opex.actual).toBe(1_250_000);
      expect(stored.changes.changed).toEqual([{ id: t01.id, fields: ['capexSek'] }]);
      const spentText = await cardText(page, 'spending');
      await host.stop();
      await session.closePages();

      const again = await startHost({ file, dir, dataDir: host.dataDir });
      const app = await session.open(`${again.url}#/followup`);
      await app.page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
      await expect.poll(() => app.page.getByLabel('Jämför med').locator('option:checked').textContent()).toContain(VERSION);
      await expect.poll(() => cardText(app.page, 'spending')).toBe(spentText);
      expect(await text(cell(app.page, GRID, 0, 'capex.deviation'))).toBe(tkr(95_000_000 - plannedSek));
      expect(plainSpaces((await app.page.locator('.followup-changes').textContent()) ?? '')).toContain('Ändrade åtgärder (1)');
      await focusT01(app.page);
      expect(await text(panelCell(app.page, previous, 'capexSek'))).toBe('40 000');
      expect(await text(panelCell(app.page, year, 'capexSek'))).toBe('55 000');
      expect(await text(panelCell(app.page, year, 'opexSek'))).toBe('1 250');

      // 5. Uppföljningsrapport (PDF): the browser host hands it back as a download.
      const download = app.page.waitForEvent('download', { timeout: 60_000 });
      await app.page.getByRole('button', { name: 'Uppföljningsrapport (PDF)' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = join(dir, 'uppfoljning.pdf');
      await saved.saveAs(pdf);
      const words = plainSpaces(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      writeFileSync(join(dir, 'uppfoljning.txt'), words);
      for (const title of Object.values(FOLLOWUP_SECTION_TITLES)) expect(words).toContain(title.sv);
      expect(words).toContain(`Uppföljning ${year} mot ${VERSION}`);
      expect(words).toContain('T-01 Elbussar i stadstrafiken');
      // The entered figures: each year's investment, their sum, its deviation and the operating cost.
      for (const figure of ['40 000', '55 000', '95 000', plainSpaces(formatMoneyWhole(95_000_000 - plannedSek, 'tkr')), '1 250'])
        expect(words).toContain(figure);
      expect(app.errors).toEqual([]);
    },
  );
});
