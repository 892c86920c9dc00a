// Åtaganden in a real Chromium against the browser host: a commitment's level and a linked
// action persist through save and a restart of the host; the summary chart and the co-benefit
// chart hold the engine's figures; the co-benefit matrix shows each score with its sign.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import { chartFigure, coBenefitRows, commitmentRows, expectRows, exportPlan, openChartTable, openSampleView, openView, savePlan } from './chart-tables';
import { e2eSession, screenshot, startHost, VIEWPORTS, type AppPage } from './harness';

const session = e2eSession();

/** The card of the tenth commitment, Kommunikation, which the sample plan has no level for. */
const communication = (page: AppPage['page']) => page.locator('article.commitment').filter({ has: page.getByRole('heading', { name: '10. Kommunikation' }) });

describe('Åtaganden', () => {
  it('keeps a chosen level and a linked action after saving and restarting the host', async () => {
    const { page, errors, host, file, dir } = await openSampleView(session, 'Åtaganden');

    // The ten commitments in the order of the joint-commitments document.
    const headings = await page.locator('article.commitment h2').allTextContents();
    expect(headings).toEqual([
      '1. Förstärkt styrning och ledning',
      '2. Klimatberäkningar',
      '3. Digitalisering',
      '4. Finansiering och investering',
      '5. Rättvis omställning',
      '6. Upphandling',
      '7. Kolinlagring och levande jordar',
      '8. Resilient omställning',
      '9. Medborgarengagemang och delaktighet',
      '10. Kommunikation',
    ]);
    const card = communication(page);
    expect(await card.textContent()).toContain('Ingen nivå är vald för åtagandet ännu.');
    await card.getByLabel('Nivå för Kommunikation').selectOption({ label: 'Etablera' });
    await card.getByRole('heading', { name: 'Det här innebär nivån Etablera' }).waitFor();
    expect(await card.locator('.commitment__asks ul').first().locator('li').count()).toBeGreaterThan(1);

    await card.getByLabel('Sök åtgärd').fill('T-01');
    await card.getByLabel('Åtgärd att koppla').selectOption({ label: 'T-01 Elbussar i stadstrafiken' });
    await card.getByRole('button', { name: 'Koppla', exact: true }).click();
    await card.getByRole('row', { name: /T-01 Elbussar i stadstrafiken/ }).waitFor();
    expect(await card.getByRole('heading', { name: /Kopplade åtgärder/ }).textContent()).toBe('Kopplade åtgärder (1)');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'commitments-card-1366x768');

    await savePlan(page);
    const plan = exportPlan(file);
    expect(plan.commitments).toContainEqual({ id: 'communication', level: 'establish' });
    expect(plan.actions.find((a) => a.code === 'T-01')?.commitments).toContain('communication');
    expect(errors).toEqual([]);

    await session.closePages();
    await host.stop();
    const again = await startHost({ file, dir, dataDir: host.dataDir });
    const second = await session.open(again.url);
    await second.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await openView(second.page, 'Åtaganden');
    const reopened = communication(second.page);
    await expect.poll(() => reopened.getByLabel('Nivå för Kommunikation').inputValue()).toBe('establish');
    await reopened.getByRole('row', { name: /T-01 Elbussar i stadstrafiken/ }).waitFor();
    expect(second.errors).toEqual([]);
  }, 120_000);

  it('summarises effect and capex per commitment and monetised co-benefits by the engine’s figures', async () => {
    const { page, errors, file } = await openSampleView(session, 'Åtaganden');
    await chartFigure(page, 'commitment-summary').locator('canvas').waitFor();
    await screenshot(page, 'commitments-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'commitments-1920x1080');
    await page.locator('.co-benefits').scrollIntoViewIfNeeded();
    await screenshot(page, 'commitments-co-benefits-1920x1080');

    // The summary follows the chosen year; 2035 instead of 2030.
    await page.getByLabel('Minskning år').selectOption('2035');
    const plan = exportPlan(file);
    const calc = calculate(plan, 'decided');
    const summary = await openChartTable(page, 'commitment-summary');
    expect(summary.columns).toEqual(['Minskning år 2035 (t CO2e)', 'Investeringar (tkr)']);
    expectRows(summary, commitmentRows(plan, calc, 2035));
    const benefits = await openChartTable(page, 'co-benefits');
    expect(benefits.columns).toEqual(['Värderade multipla nyttor (tkr)']);
    expectRows(benefits, coBenefitRows(plan, calc));

    // The matrix: T-01's scores with their signs, unscored categories marked as such.
    const t01 = page.locator('.score-matrix tbody tr').filter({ hasText: 'T-01' });
    const cells = await t01.locator('td').allTextContents();
    const t01Plan = plan.actions.find((a) => a.code === 'T-01')!;
    expect(cells[1]).toBe(`+${t01Plan.coBenefits.airQuality}`);
    expect(cells.filter((c) => c.includes('ej bedömd')).length).toBe(9 - Object.keys(t01Plan.coBenefits).length);
    expect(errors).toEqual([]);
  }, 120_000);
});
