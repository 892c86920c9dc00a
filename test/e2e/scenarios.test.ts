// Scenarier in a real Chromium against the browser host: create a scenario, take in one action
// of status idea explicitly, compare it with "Beslutade åtgärder", and check every chart's table
// and the sensitivity strip against the engine on the plan read back from the saved file; copy,
// rename and delete; a scenario that takes in nothing says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import {
  chartFigure,
  comparisonRows,
  drawnCharts,
  expectRows,
  exportPlan,
  investmentRows,
  maccRows,
  openChartTable,
  openSampleView,
  savePlan,
  sectorStackRows,
  sectorWedgeRows,
  sv,
} from './chart-tables';
import { e2eSession, screenshot, VIEWPORTS } from './harness';

const session = e2eSession();

const IDEA = { code: 'T-10', name: 'Tätare pendeltåg och Norrbotniabanan' };

/** The scenario shown in the list (the row marked current). */
const currentRow = (page: Page) => page.locator('.scenario-list tr[aria-current="true"]');

/** The charts drawn on Scenarier, but for the Osäkerhet section's. */
const scenarioCharts = async (page: Parameters<typeof drawnCharts>[0]) => (await drawnCharts(page)).filter((id) => !id.startsWith('uncertainty-'));

describe('Scenarier', () => {
  it('creates a scenario with one idea action taken in, compares it with Beslutade, and every chart table matches the engine', async () => {
    const { page, errors, file } = await openSampleView(session, 'Scenarier');
    await screenshot(page, 'scenarios-1366x768');

    await page.getByRole('button', { name: 'Nytt scenario' }).click();
    await expect.poll(() => currentRow(page).locator('th').textContent()).toContain('Nytt scenario');
    const name = page.getByLabel('Scenariots namn');
    await name.fill('Med pendeltåg');
    await name.press('Enter');
    await expect.poll(() => currentRow(page).locator('th').textContent()).toContain('Med pendeltåg');

    await page.getByLabel('Sök åtgärd (kod, namn eller ansvarig)').fill(IDEA.code);
    const choice = page.getByLabel(`Val för ${IDEA.code} ${IDEA.name}`);
    await choice.selectOption({ label: 'Ta med' });
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: new RegExp(IDEA.name) })
          .last()
          .textContent(),
      )
      .toContain('✓ Ja');

    // Compared by default: the scenario shown and "Beslutade åtgärder".
    const comparison = chartFigure(page, 'scenario-comparison');
    await expect.poll(() => comparison.getByRole('checkbox', { name: 'Beslutade åtgärder' }).isChecked()).toBe(true);
    expect(await comparison.getByRole('checkbox', { name: 'Med pendeltåg' }).isChecked()).toBe(true);
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'scenarios-charts-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'scenarios-charts-1920x1080');
    await chartFigure(page, 'macc').scrollIntoViewIfNeeded();
    await screenshot(page, 'scenarios-macc-1920x1080');
    await page.locator('.sensitivity').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.sensitivity').getAttribute('aria-busy')).toBe('false');
    await screenshot(page, 'scenarios-sensitivity-1920x1080');

    await savePlan(page);
    const plan = exportPlan(file);
    const created = plan.scenarios.find((s) => s.name === 'Med pendeltåg')!;
    const idea = plan.actions.find((a) => a.code === IDEA.code)!;
    expect(created.include).toEqual([idea.id]);
    expect(idea.status).toBe('idea');
    const calc = calculate(plan, created.id, { maccYear: 2030 });
    const decided = calculate(plan, 'decided');
    expect(calc.actions[plan.actions.indexOf(idea)].included).toBe(true);

    // The Osäkerhet section's charts (uncertainty-*) are its own test's (uncertainty.test.ts).
    expect(await scenarioCharts(page)).toEqual(['sector-stack', 'scenario-comparison', 'wedges-sector', 'investment-component', 'macc']);
    const compared = await openChartTable(page, 'scenario-comparison');
    expect(compared.columns).toEqual(['Med pendeltåg (t CO2e)', 'Beslutade åtgärder (t CO2e)', 'Basscenario (netto) (t CO2e)']);
    expectRows(compared, comparisonRows([calc, decided]));
    // The idea action makes a difference the table shows.
    const i2040 = compared.rows.findIndex((r) => r[0] === '2040');
    expect(compared.rows[i2040][1]).not.toBe(compared.rows[i2040][2]);

    expectRows(await openChartTable(page, 'sector-stack'), sectorStackRows(plan, calc));
    expectRows(await openChartTable(page, 'wedges-sector'), sectorWedgeRows(plan, calc));
    const investment = await openChartTable(page, 'investment-component');
    expect(investment.columns).toEqual(['Investeringar (tkr)', 'Driftkostnader (tkr)', 'Besparingar (minus) (tkr)', 'Nettokostnad (tkr)']);
    expectRows(investment, investmentRows(plan, calc));
    expectRows(await openChartTable(page, 'macc'), maccRows(plan, calc));

    // The sensitivity strip: the 2030 target with a delay of 2 years and 80 % effect.
    const strip = page.getByRole('table', { name: /Etappmål 2030/ });
    const variant = calculate({ ...plan, scenarios: [{ ...created, delayYears: 2, effectFactor: 0.8 }] }, created.id);
    const cell = strip.getByRole('row', { name: /^2 år/ }).getByRole('cell').nth(2);
    expect((await cell.textContent())?.replace('✓ ', '')).toBe(sv(variant.targets.find((t) => t.id === 't2030')!.gap!));
    await screenshot(page, 'scenarios-tables-1920x1080');
    expect(errors).toEqual([]);
  }, 180_000);

  it('copies, renames and deletes scenarios; one that takes in no action says so instead of drawing', async () => {
    const { page, errors, file } = await openSampleView(session, 'Scenarier');
    await page.getByRole('button', { name: 'Kopiera scenariot Alla åtgärder' }).click();
    await expect.poll(() => currentRow(page).locator('th').textContent()).toContain('Alla åtgärder (kopia)');
    expect(await page.getByLabel('Effektfaktor').inputValue()).toBe('1');

    // Nothing in: uncheck every status.
    for (const status of ['Idé', 'Föreslagen', 'Beslutad', 'Pågående', 'Genomförd']) {
      const box = page.getByRole('group', { name: 'Åtgärder med de här statusarna ingår' }).getByRole('checkbox', { name: status });
      // The box follows the stored scenario, so it changes when Node has answered.
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(false);
    }
    const none = 'Scenariot tar inte med någon åtgärd.';
    await expect.poll(() => chartFigure(page, 'investment-component').textContent()).toContain(none);
    for (const id of ['wedges-sector', 'macc']) expect(await chartFigure(page, id).textContent()).toContain(none);
    // Emissions still draw: with no action they are the baseline.
    expect(await scenarioCharts(page)).toEqual(['sector-stack', 'scenario-comparison']);
    await chartFigure(page, 'investment-component').scrollIntoViewIfNeeded();
    await screenshot(page, 'scenarios-nothing-included-1366x768');

    const name = page.getByLabel('Scenariots namn');
    await name.fill('Ingenting');
    await name.press('Enter');
    await expect.poll(() => currentRow(page).locator('th').textContent()).toContain('Ingenting');

    await page.getByRole('button', { name: 'Ta bort scenariot Försenat genomförande' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort scenariot?' });
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.scenario-list tbody tr').count()).toBe(3);

    await savePlan(page);
    const plan: Plan = exportPlan(file);
    expect(plan.scenarios.map((s) => s.name)).toEqual(['Beslutade åtgärder', 'Alla åtgärder', 'Ingenting']);
    const copy = plan.scenarios[2];
    expect(copy.includeStatuses).toEqual([]);
    expect(copy.id).not.toBe('all');
    expect(errors).toEqual([]);
  }, 120_000);
});
