// Mål in a real Chromium against the browser host: a target added in the form and a baseline
// point pasted from a spreadsheet change the trajectory and the target table, by the engine's
// figures on the plan read back from the saved file; sectors are added, renamed and hidden,
// and the sink flag is shown.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import { baselineRows, chartFigure, expectRows, exportPlan, openChartTable, openSampleView, savePlan, sv, trajectoryRows } from './chart-tables';
import { e2eSession, screenshot, VIEWPORTS } from './harness';

const session = e2eSession();

/** The tonnes cell of a year in a sector's baseline sheet. */
function tonsOf(page: Page, sector: string, year: number) {
  return page
    .getByRole('region', { name: `Basscenariots punkter för ${sector}`, exact: true })
    .locator('.ag-grid-scrolling-container .ag-row')
    .filter({ has: page.locator('.ag-cell[col-id="year"]', { hasText: new RegExp(`^${year}$`) }) })
    .locator('.ag-cell[col-id="tonsCo2e"]');
}

const cellText = async (l: ReturnType<Page['locator']>) => ((await l.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Puts text on the clipboard and pastes it with Ctrl+V into the focused field. */
async function pasteInto(page: Page, field: ReturnType<Page['locator']>, text: string): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await field.focus();
  await page.keyboard.press('Control+v');
}

describe('Mål', () => {
  it('adds a target and pastes a baseline point; the trajectory and the target table change by the engine’s figures', async () => {
    const { page, errors, context, file } = await openSampleView(session, 'Mål');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await screenshot(page, 'targets-1366x768');
    const before = await openChartTable(page, 'trajectory');
    await chartFigure(page, 'trajectory').getByRole('button', { name: 'Visa som tabell' }).click();

    const form = page.getByRole('group', { name: 'Nytt mål' });
    await form.getByLabel('Målets namn').fill('Halvering 2035');
    await form.getByLabel('År', { exact: true }).fill('2035');
    await form.getByLabel('Minskning (%)').fill('50');
    await form.getByLabel('Referensår').fill('1990');
    await form.getByRole('button', { name: 'Lägg till mål' }).click();
    await expect.poll(() => page.locator('.targets-table tbody tr').count()).toBe(4);
    expect(await form.getByLabel('Målets namn').inputValue()).toBe('');

    // Two cells copied from Excel: year and tonnes, Swedish number format.
    expect(await page.getByLabel('Sektor', { exact: true }).inputValue()).toBe('transport');
    await pasteInto(page, page.getByLabel('Ny punkt: år'), '2030\t100 000\r\n');
    await expect.poll(() => cellText(tonsOf(page, 'Transporter', 2030))).toBe(sv(100000, 2).replace(/[\u00a0\u202f]/g, ' '));

    const after = await openChartTable(page, 'trajectory');
    expect(after.columns).toContain('Mål 2035 (brutto): Halvering 2035 (t CO2e)');
    expect(after.columns).toHaveLength(before.columns.length + 1);
    const y2030 = (t: typeof before) => t.rows.find((r) => r[0] === '2030')!;
    expect(y2030(after)[1]).not.toBe(y2030(before)[1]);
    await chartFigure(page, 'trajectory').getByRole('button', { name: 'Visa som tabell' }).click();
    await chartFigure(page, 'trajectory').scrollIntoViewIfNeeded();
    await screenshot(page, 'targets-trajectory-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.evaluate("document.querySelector('main').scrollTo(0, 0)");
    await screenshot(page, 'targets-1920x1080');
    await page.locator('.baseline-editor').scrollIntoViewIfNeeded();
    await screenshot(page, 'targets-baseline-1920x1080');

    await savePlan(page);
    const plan = exportPlan(file);
    const added = plan.targets.find((t) => t.name === 'Halvering 2035')!;
    expect(added).toMatchObject({ year: 2035, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 1990 });
    expect(plan.baseline.find((b) => b.sectorId === 'transport')!.points).toContainEqual({ year: 2030, tonsCo2e: 100000 });
    const calc = calculate(plan, 'decided');
    expectRows(await openChartTable(page, 'trajectory'), trajectoryRows(plan, calc));
    expectRows(await openChartTable(page, 'baseline'), baselineRows(plan, calc));

    for (const target of plan.targets) {
      const result = calc.targets.find((r) => r.id === target.id)!;
      const cells = page.locator(`.targets-table tr[data-target="${target.id}"] td.num`);
      expect(await cells.allTextContents()).toEqual([sv(result.level), sv(result.scenario!), sv(result.gap!)]);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('adds, renames and hides a sector, shows the sink flag, and refuses a negative value outside a sink with Node’s reason', async () => {
    const { page, errors, file } = await openSampleView(session, 'Mål');
    const sinks = page.locator('.sectors-table tbody tr').filter({ has: page.getByLabel('Namn på sektorn Kolsänkor') });
    expect(await sinks.textContent()).toContain('Kolsänka');

    const add = page.getByRole('group', { name: 'Ny sektor' });
    await add.getByLabel('Sektorns namn').fill('Hamnen');
    await add.getByRole('button', { name: 'Lägg till sektor' }).click();
    const renamed = page.getByLabel('Namn på sektorn Hamnen');
    await renamed.waitFor();
    // The new sector is the one whose baseline is edited now.
    await expect.poll(() => page.getByLabel('Sektor', { exact: true }).locator('option:checked').textContent()).toBe('Hamnen');
    await page.getByLabel('Ny punkt: år').fill('2024');
    await page.getByLabel('Ny punkt: ton CO2e').fill('−500');
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    await expect.poll(() => page.locator('.baseline-editor [role="alert"]').textContent()).toContain('bara vara negativt i en kolsänka');
    await page.getByLabel('Ny punkt: ton CO2e').fill('1 200');
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    await expect.poll(() => cellText(tonsOf(page, 'Hamnen', 2024))).toBe(sv(1200, 2).replace(/[\u00a0\u202f]/g, ' '));

    await renamed.fill('Hamnen och sjöfarten');
    await renamed.press('Enter');
    await page.getByLabel('Namn på sektorn Hamnen och sjöfarten').waitFor();
    await page.getByLabel('Dölj sektorn Hamnen och sjöfarten').click();
    await expect.poll(() => page.getByLabel('Dölj sektorn Hamnen och sjöfarten').isChecked()).toBe(true);

    const table = await openChartTable(page, 'baseline');
    expect(table.columns).toContain('Dolda sektorer (t CO2e)');
    expect(table.columns).not.toContain('Hamnen och sjöfarten (t CO2e)');
    await savePlan(page);
    const plan = exportPlan(file);
    const sector = plan.sectors.find((s) => s.name === 'Hamnen och sjöfarten')!;
    expect(sector).toMatchObject({ isSink: false, hidden: true });
    expect(plan.baseline.find((b) => b.sectorId === sector.id)?.points).toEqual([{ year: 2024, tonsCo2e: 1200 }]);
    // A hidden sector still counts: the stack's hidden column adds it in.
    expectRows(table, baselineRows(plan, calculate(plan, 'decided')));
    expect(errors).toEqual([]);
  }, 120_000);
});
