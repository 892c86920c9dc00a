// Uncertainty in a real Chromium (issue 17): a range set on an action of the sample plan in
// Åtgärder moves the fan chart and the probability of reaching the 2030 target in Scenarier and
// on Översikt; the fan chart's table equals `klimat uncertainty` on the saved file for the same
// seed; a status default typed in Scenarier is stored; the worker gives the very bytes Node does.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CalcResult } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import { simulateUncertainty, type UncertaintyResult } from '../../shared/uncertainty';
import { largePlan } from '../support/large-plan';
import { chartFigure, openChartTable, openSampleView, openView, savePlan, sv } from './chart-tables';
import { api, cell, plainSpaces, text, typeInto } from './fixtures/sheet';
import { CLI_BUNDLE, e2eSession, REPO, screenshot } from './harness';

const session = e2eSession();
const GRID = 'Åtgärder';
/** T-09 Publik laddning för elbilar: proposed, the largest effect of "Alla åtgärder" in 2030. */
const T09 = 8;

const odds2030 = (page: Page) => page.locator('.uncertainty-odds li[data-target="t2030"]');
const oddsText = async (page: Page) => plainSpaces(((await odds2030(page).textContent()) ?? '').trim());

function cli<T>(...args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: REPO, encoding: 'utf8' })) as T;
}

describe('Osäkerhet', () => {
  it('a range set in Åtgärder moves the fan and the 2030 probability; the fan’s table equals the CLI for the seed', async () => {
    const { page, errors, host, file } = await openSampleView(session, 'Scenarier');
    await page.getByRole('button', { name: 'Visa scenariot Alla åtgärder' }).click();
    const section = page.locator('section.uncertainty');
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => oddsText(page), { timeout: 30_000 }).toContain('Sannolikhet att nå målet 2030: 0 %');
    const fanBefore = await openChartTable(page, 'uncertainty-gross');
    await screenshot(page, 'uncertainty-before-1366x768');

    // Åtgärder: the group Osäkerhet shows each empty field's status default, greyed.
    await openView(page, 'Åtgärder');
    await page.getByText('Kolumner', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Osäkerhet' }).check();
    const high = cell(page, GRID, T09, 'uncertainty.effectHigh');
    await high.scrollIntoViewIfNeeded();
    expect(await text(high)).toBe('1,1');
    expect(await high.getAttribute('class')).toContain('sheet-cell--inherited');
    await typeInto(page, high, '10');
    await expect.poll(() => text(high)).toBe('10');
    await expect.poll(() => high.getAttribute('class')).not.toContain('sheet-cell--inherited');
    const stored = await api(host.url, 'actions.list');
    expect(stored[T09]).toMatchObject({ code: 'T-09', uncertainty: { effectHigh: 10 } });
    await screenshot(page, 'uncertainty-actions-1366x768');

    // Scenarier: a new run after the edit; the 2030 target is now met in some draws.
    await openView(page, 'Scenarier');
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => oddsText(page), { timeout: 60_000 }).toMatch(/Sannolikhet att nå målet 2030: ([1-9]\d?|< 1) %/);
    await expect.poll(() => section.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    const fan = await openChartTable(page, 'uncertainty-gross');
    expect(fan.rows).not.toEqual(fanBefore.rows);
    await chartFigure(page, 'uncertainty-gross').getByRole('button', { name: 'Visa som tabell' }).click();
    await chartFigure(page, 'uncertainty-gross').scrollIntoViewIfNeeded();
    await screenshot(page, 'uncertainty-fan-1366x768');

    // The table holds exactly what the CLI prints for the saved plan with the same draws and seed.
    await savePlan(page);
    const expected = cli<UncertaintyResult>('uncertainty', file, '--scenario', 'all', '--draws', '2000', '--seed', '1');
    const calc = cli<CalcResult>('calc', file, '--scenario', 'all');
    expect(fan.columns.map(plainSpaces)).toEqual(['P5', 'P10', 'Median (P50)', 'P90', 'P95', 'Medelvärde', 'Utan osäkerhet'].map((c) => `${c} (t CO2e)`));
    expect(fan.rows.map((r) => r.map(plainSpaces))).toEqual(
      expected.years.map((y, i) => [
        String(y),
        ...[expected.gross.p5, expected.gross.p10, expected.gross.p50, expected.gross.p90, expected.gross.p95, expected.gross.mean, calc.emissions.gross].map(
          (s) => plainSpaces(sv(s[i])),
        ),
      ]),
    );
    const met = expected.targets.find((t) => t.id === 't2030')!.probabilityMet!;
    expect(await oddsText(page)).toContain(`Sannolikhet att nå målet 2030: ${plainSpaces(sv(met * 100))} %`);

    // Översikt shows the same probability beside the 2030 card.
    await openView(page, 'Översikt');
    await expect
      .poll(async () => plainSpaces((await page.locator('.kpi__odds[data-odds="t2030"]').textContent()) ?? ''))
      .toBe(`Sannolikhet att nå målet: ${plainSpaces(sv(met * 100))} %`);
    await screenshot(page, 'uncertainty-overview-1366x768');
    expect(errors).toEqual([]);
  }, 240_000);

  it('stores a status default typed in the table, and refuses one out of range in Swedish', async () => {
    const { page, errors, host } = await openSampleView(session, 'Scenarier');
    const input = page.getByRole('textbox', { name: 'Sannolikhet att bli av, Idé' });
    await input.scrollIntoViewIfNeeded();
    expect(plainSpaces((await input.getAttribute('placeholder')) ?? '')).toBe('50 %');
    await input.fill('40');
    await input.press('Enter');
    await expect.poll(async () => (await api(host.url, 'plan.snapshot')).uncertaintyDefaults).toEqual({ idea: { probability: 0.4 } });
    await expect.poll(async () => plainSpaces(await input.inputValue())).toBe('40 %');

    const high = page.getByRole('textbox', { name: 'Effekt högst, Beslutad' });
    await high.fill('0,5');
    await high.press('Enter');
    await expect
      .poll(async () => plainSpaces((await page.locator('.uncertainty-defaults .field__error').first().textContent()) ?? ''))
      .toContain('Effektens högsta faktor måste vara ett tal mellan 1 och 10');
    expect((await api(host.url, 'plan.snapshot')).uncertaintyDefaults).toEqual({ idea: { probability: 0.4 } });
    await page.locator('.uncertainty-defaults').scrollIntoViewIfNeeded();
    await screenshot(page, 'uncertainty-defaults-1366x768');
    expect(errors).toEqual([]);
  }, 120_000);

  it('gives byte-identical output in a Web Worker in Chromium and in Node for the same seed', async () => {
    const workerScript = readFileSync(join(REPO, 'dist/bench/uncertainty-worker.js'), 'utf8');
    const { page } = await session.open('about:blank');
    const sample = JSON.parse(readFileSync(join(REPO, 'assets/sample/umea-2480.json'), 'utf8')) as Plan;
    for (const [plan, scenarioId, options] of [
      [sample, 'all', { draws: 500, seed: 7 }],
      [largePlan(150), 'forsenat', { draws: 300, seed: 4_000_000_000, year: 2035 }],
    ] as const) {
      // Text, not a function: this file is typed for Node, without the DOM library.
      const fromWorker = (await page.evaluate(`new Promise((resolve, reject) => {
        const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(workerScript)}], { type: 'text/javascript' })));
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (e) => {
          if (e.data.type === 'result') resolve(JSON.stringify(e.data.result));
          if (e.data.type === 'error') reject(new Error(e.data.message));
        };
        worker.postMessage(${JSON.stringify({ type: 'run', runId: 1, plan, scenarioId, options })});
      })`)) as string;
      expect(fromWorker).toBe(JSON.stringify(simulateUncertainty(plan, scenarioId, options)));
    }
  }, 120_000);
});
