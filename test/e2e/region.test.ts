// The Region view in a real Chromium against the browser host on a folder of five plans of
// different municipalities: each municipality has its row with the engine's figures, the sum
// row is the sum of the plans' own calculations, the charts' tables say the same, and the
// workbook arrives as a download with numbers as numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import { populationOf } from '../../shared/reference/population';
import { samplePlan, writeDocument } from '../support/documents';
import { useTempDataDir } from '../support/env';
import { regionPlan, variantOf } from '../support/region-plans';
import { chartFigure, openChartTable, readTable, sv } from './chart-tables';
import { e2eSession, screenshot, startHost, tempDir } from './harness';

const session = e2eSession();

interface Made {
  file: string;
  plan: Plan;
}

/** Five plans of different municipalities and axes, each as its own .klimat file, and a damaged one. */
function folderOfPlans(): { dir: string; made: Made[] } {
  useTempDataDir('region-writer');
  const dir = tempDir('region');
  const base = samplePlan();
  const made = [0, 1, 2, 3, 4].map((i) => {
    const plan = regionPlan(base, variantOf(i));
    const file = `${plan.plan.municipality
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}.klimat`;
    writeDocument(dir, file, plan);
    return { file, plan };
  });
  // Not a plan: listed with the reason, and the rest still count.
  writeFileSync(join(dir, 'trasig.klimat'), 'inte en databas');
  return { dir, made };
}

const at = (calc: ReturnType<typeof calculate>, year: number) => calc.emissions.gross[calc.years.indexOf(year)] ?? null;

describe('Region view', () => {
  it('rolls up a folder of five plans: each municipality and the sum, charts and workbook', async () => {
    const { dir, made } = folderOfPlans();
    const host = await startHost({ dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(host.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Region', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Region', exact: true }).waitFor();
    const choice = page.getByRole('region', { name: 'Planer i mappen' });
    for (const m of made) await expect.poll(() => choice.getByRole('checkbox', { name: `Ta med ${m.file}` }).isChecked()).toBe(true);
    await screenshot(page, 'region-choice-1366x768');

    await page.getByLabel('Scenario i varje plan').selectOption('all');
    await page.getByRole('button', { name: 'Sammanställ', exact: true }).click();
    const plansTable = page.locator('table[data-table="plans"]');
    await plansTable.waitFor();

    // Each municipality has its row, with its own plan's figures under the scenario chosen.
    const calcs = made.map((m) => ({ ...m, calc: calculate(m.plan, 'all') }));
    for (const { file, plan, calc } of calcs) {
      const row = plansTable.locator(`tbody tr[data-file="${file}"]`);
      await expect.poll(() => row.locator('th').textContent()).toContain(plan.plan.municipality);
      const cells = row.locator('td');
      expect((await cells.nth(2).locator('.region-cell__value').textContent())?.trim()).toBe(sv(at(calc, 2030)!));
      const per = at(calc, 2030)! / populationOf(plan.plan.municipalityCode)!;
      expect((await cells.nth(5).textContent())?.trim()).toBe(sv(per, 2));
    }
    // The sum row: the sum of each plan's own calculation.
    const sum2030 = calcs.reduce((s, c) => s + (at(c.calc, 2030) ?? 0), 0);
    const sum2040 = calcs.reduce((s, c) => s + (at(c.calc, 2040) ?? 0), 0);
    const total = plansTable.locator('tfoot tr[data-row="total"]');
    expect((await total.locator('th').textContent())?.trim()).toBe('Regionen (5 planer)');
    expect((await total.locator('td').nth(1).locator('.region-cell__value').textContent())?.trim()).toBe(sv(sum2030));
    expect((await total.locator('td').nth(2).locator('.region-cell__value').textContent())?.trim()).toBe(sv(sum2040));
    await expect.poll(() => page.locator('[data-headline] .kpi').nth(1).locator('.kpi__value').textContent()).toBe(`${sv(sum2030)} t`);
    await screenshot(page, 'region-results-1366x768');
    const refused = page.locator('table[data-table="refused"] tr[data-file="trasig.klimat"] td');
    expect(await refused.textContent()).toBe('Filen trasig.klimat är en textfil, inte en klimatplan.');
    await plansTable.scrollIntoViewIfNeeded();
    await screenshot(page, 'region-plans-1366x768');

    // The investment table's sum is the plans' capex of the scenario.
    const capex = calcs.reduce((s, c) => s + c.calc.costs.capex.reduce((a, b) => a + b, 0), 0);
    await page.locator('table[data-table="investment"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'region-investment-1366x768');
    const invest = await readTable(page, 'table[data-table="investment"]');
    expect(invest.rows).toHaveLength(5);
    const footer = (await page.locator('table[data-table="investment"] tfoot td').nth(5).textContent())?.trim();
    expect(footer).toBe(sv(capex / 1e6, 1));

    // The stacked chart's table: one column per municipality, and its rows add up to the total.
    await chartFigure(page, 'region-stack').scrollIntoViewIfNeeded();
    await screenshot(page, 'region-charts-1366x768');
    const stack = await openChartTable(page, 'region-stack');
    expect(stack.columns.map((c) => c.replace(/ \(t CO2e\)$/, '')).sort()).toEqual(made.map((m) => m.plan.plan.municipality).sort());
    const row2030 = stack.rows.find((r) => r[0] === '2030')!;
    const cellSum = row2030.slice(1).reduce((s, c) => s + (c === '–' ? 0 : Number(c.replace(/\s/g, '').replace(',', '.').replace('−', '-'))), 0);
    expect(Math.abs(cellSum - sum2030)).toBeLessThanOrEqual(made.length);
    await chartFigure(page, 'region-per-inhabitant').scrollIntoViewIfNeeded();
    await screenshot(page, 'region-charts-per-inhabitant-1366x768');
    const totals = await openChartTable(page, 'region-total');
    expect(totals.rows.find((r) => r[0] === '2030')![2]).toBe(sv(sum2030));
    await openChartTable(page, 'region-per-inhabitant');

    // The workbook: one sheet per table, numbers as numbers.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera till Excel' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^Sammanställning \d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await saved.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Planer', 'Mål', 'Investeringar', 'Regionens utsläpp', 'Utsläpp per kommun', 'Avvisade filer']);
    const region = wb.getWorksheet('Regionens utsläpp')!;
    const years = (region.getRow(1).values as unknown[]).slice(2);
    const v2030 = region.getRow(2).getCell(2 + years.indexOf(2030)).value;
    expect(typeof v2030).toBe('number');
    expect(v2030 as number).toBeCloseTo(sum2030, 6);
    expect(errors).toEqual([]);

    // The page of Electron's own roll-up window: the same view without the plan's shell.
    const own = await session.open(host.url.replace('/?token=', '/region.html?token='));
    await own.page.getByRole('heading', { level: 1, name: 'Region', exact: true }).waitFor();
    await expect.poll(() => own.page.getByRole('checkbox').count()).toBe(made.length + 1);
    expect(await own.page.getByRole('navigation').count()).toBe(0);
    await screenshot(own.page, 'region-window-1366x768');
    expect(own.errors).toEqual([]);
  });
});
