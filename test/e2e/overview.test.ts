// Översikt's dashboard in a real Chromium against the browser host: the 2030 gap it shows is the
// engine's figure after a scenario's delay changes, its charts' tables hold the engine's
// numbers, "Spara som bild" saves a PNG, and a plan with nothing in it gets sentences instead
// of empty axes, in every chart view.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import { bearerRows, chartFigure, expectRows, exportPlan, openChartTable, openView, savePlan, sv, trajectoryRows } from './chart-tables';
import { CLI_BUNDLE, e2eSession, REPO, screenshot, startHost, startSampleHost, tempDir, VIEWPORTS } from './harness';

const session = e2eSession();

async function waitForDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^Läget i scenariot/ }).waitFor();
}

describe('Översikt dashboard', () => {
  it('shows the engine’s 2030 gap after the delay goes from 0 to 2, and charts whose tables match the engine', async () => {
    const { host, file } = await startSampleHost();
    const { page, errors } = await session.open(host.url);
    await waitForDashboard(page);
    await screenshot(page, 'overview-dashboard-1366x768');

    await openView(page, 'Scenarier');
    const delay = page.locator('.scenario-editor').getByLabel('Försening', { exact: false });
    expect(await delay.inputValue()).toBe('0');
    await delay.fill('2');
    await delay.press('Enter');
    // The list shows the stored delay once Node has answered.
    await expect.poll(() => page.locator('.scenario-list tr[aria-current="true"] td').nth(1).textContent()).toBe('2');

    await openView(page, 'Översikt');
    await waitForDashboard(page);
    const row = page.locator('tr[data-target="t2030"]');
    const gapShown = (await row.locator('td').nth(4).textContent())?.trim();

    await savePlan(page);
    const plan = exportPlan(file);
    expect(plan.scenarios.find((s) => s.id === 'decided')?.delayYears).toBe(2);
    const calc = calculate(plan, 'decided');
    const engine = calc.targets.find((t) => t.id === 't2030')!;
    expect(gapShown).toBe(sv(engine.gap!));
    // The delay moves the gap: it is not the figure of the undelayed scenario.
    const undelayed = calculate({ ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, delayYears: 0 })) }, 'decided');
    expect(engine.gap).toBeGreaterThan(undelayed.targets.find((t) => t.id === 't2030')!.gap!);
    await expect.poll(() => page.locator('.kpi').first().textContent()).toContain(`${sv(engine.gap!)} t CO2e`);
    expect((await row.locator('td').nth(2).textContent())?.trim()).toBe(sv(engine.level));
    expect((await row.locator('td').nth(3).textContent())?.trim()).toBe(sv(engine.scenario!));

    await chartFigure(page, 'trajectory').scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-charts-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.evaluate("document.querySelector('main').scrollTo(0, 0)");
    await screenshot(page, 'overview-dashboard-1920x1080');
    await chartFigure(page, 'trajectory').scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-charts-1920x1080');

    // "Spara som bild": a PNG of the chart with its title, at twice the size drawn.
    const download = page.waitForEvent('download');
    await chartFigure(page, 'trajectory').getByRole('button', { name: 'Spara som bild' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('utsläppsbana-beslutade-åtgärder.png');
    const png = readFileSync((await saved.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1400]);

    const trajectory = await openChartTable(page, 'trajectory');
    expect(trajectory.columns).toEqual([
      'Basscenario (brutto) (t CO2e)',
      'Beslutade åtgärder (brutto) (t CO2e)',
      'Beslutade åtgärder (netto) (t CO2e)',
      'Mål 2030 (brutto): Etappmål 2030: −63 % mot 1990 (t CO2e)',
      'Mål 2040 (brutto): Minst 85 % lägre utsläpp 2040 än 1990 (t CO2e)',
      'Mål 2040 (netto): Klimatneutralt Umeå 2040 (nettonoll) (t CO2e)',
    ]);
    expectRows(trajectory, trajectoryRows(plan, calc));
    const bearers = await openChartTable(page, 'cost-bearers');
    expect(bearers.columns).toEqual(['Investeringar (tkr)', 'Driftkostnader (tkr)', 'Besparingar (tkr)']);
    expectRows(bearers, bearerRows(plan, calc));
    await screenshot(page, 'overview-tables-1920x1080');
    expect(errors).toEqual([]);
  }, 180_000);

  it('says what is missing instead of drawing empty axes in a plan without baseline, actions, targets or budget', async () => {
    const dir = tempDir('plans');
    const file = join(dir, 'tom.klimat');
    execFileSync(process.execPath, [CLI_BUNDLE, 'new', file, '--municipality', '2480'], { cwd: REPO, stdio: 'pipe' });
    const host = await startHost({ file, dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(host.url);
    await waitForDashboard(page);

    await expect.poll(() => chartFigure(page, 'trajectory').textContent()).toContain('Planen har inget basscenario ännu.');
    expect(await chartFigure(page, 'cost-bearers').textContent()).toContain('Planen har inga åtgärder ännu.');
    expect(await page.locator('.dashboard').textContent()).toContain('Planen har inga klimatmål ännu, så det finns inget avstånd till mål att visa.');
    expect(await page.locator('.kpis').textContent()).toContain('Planen har ingen koldioxidbudget.');
    expect(await page.locator('canvas').count()).toBe(0);
    await screenshot(page, 'overview-empty-1366x768');

    await openView(page, 'Scenarier');
    await chartFigure(page, 'sector-stack').waitFor();
    for (const id of ['sector-stack', 'scenario-comparison', 'wedges-sector'])
      expect(await chartFigure(page, id).textContent()).toContain('Planen har inget basscenario ännu.');
    for (const id of ['investment-component', 'macc']) expect(await chartFigure(page, id).textContent()).toContain('Planen har inga åtgärder ännu.');
    expect(await page.locator('.sensitivity').textContent()).toContain('Planen har inga mål inom planperioden');
    expect(await page.locator('canvas').count()).toBe(0);
    await screenshot(page, 'scenarios-empty-1366x768');

    await openView(page, 'Mål');
    await page.getByText('Planen har inga klimatmål ännu. Lägg till ett nedan').waitFor();
    await page.getByText('Planen har ingen koldioxidbudget. Lägg till en').waitFor();
    expect(await chartFigure(page, 'baseline').textContent()).toContain('Planen har inget basscenario ännu.');
    expect(await page.locator('canvas').count()).toBe(0);

    await openView(page, 'Åtaganden');
    expect(await chartFigure(page, 'commitment-summary').textContent()).toContain('Inga åtgärder är kopplade till något åtagande ännu.');
    expect(await chartFigure(page, 'co-benefits').textContent()).toContain('Planen har inga åtgärder ännu.');
    expect(await page.locator('canvas').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
