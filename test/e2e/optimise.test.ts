// Scenarier → Optimera… in a real Chromium against the browser host (issue 18): toward the
// sample's own targets it explains why they cannot be met; toward a reachable one it finds the
// choice (HiGHS in a Web Worker), saves it as a scenario, and Översikt shows that scenario with
// the target met — the engine agreeing on the plan read back from the saved file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import type { PlanDocument } from '../../shared/domain/types';
import sample from '../../assets/sample/umea-2480.json';
import { exportPlan, openView, savePlan } from './chart-tables';
import { CLI_BUNDLE, e2eSession, REPO, screenshot, startHost, tempDir } from './harness';
import { execFileSync } from 'node:child_process';

const session = e2eSession();

/** The sample with one more target, one the candidates can reach: half of 1990's gross emissions by 2030. */
function planWithReachableTarget(dir: string): string {
  const doc = structuredClone(sample) as unknown as PlanDocument;
  doc.targets.push({ id: 'halvering', name: 'Halvering 2030', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 1990 });
  const json = join(dir, 'plan.json');
  writeFileSync(json, JSON.stringify(doc));
  const file = join(dir, 'umea.klimat');
  execFileSync(process.execPath, [CLI_BUNDLE, 'import-json', json, file], { cwd: REPO, stdio: 'pipe' });
  return file;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Optimera: billigaste vägen till målen' });

/** Scenarier with the Optimera… dialog open, on the sample plan with the reachable target. */
async function openDialog(prefix: string) {
  const dir = tempDir(prefix);
  const file = planWithReachableTarget(dir);
  const host = await startHost({ file, dir, dataDir: tempDir('data') });
  const { page, errors } = await session.open(host.url);
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await openView(page, 'Scenarier');
  await page.getByRole('button', { name: 'Optimera…' }).click();
  const d = dialog(page);
  await d.waitFor();
  return { page, errors, file, d };
}

describe('Optimera…', () => {
  it('explains why the sample’s own targets cannot be met', async () => {
    const { page, errors, d } = await openDialog('optimise');
    // §10's defaults: base = the scenario shown, every target on the axis, every candidate.
    await expect.poll(() => d.getByLabel('Grundscenario').inputValue()).toBe('decided');
    for (const name of ['Etappmål 2030: −63 % mot 1990 (2030)', 'Halvering 2030 (2030)']) expect(await d.getByLabel(name).isChecked()).toBe(true);
    await expect.poll(() => d.getByText(/^\(11 av 11 valda\)$/).count()).toBe(1);
    await screenshot(page, 'optimise-form-1366x768');

    await d.getByRole('button', { name: 'Optimera', exact: true }).click();
    await d.getByRole('heading', { name: 'Villkoren går inte att nå' }).waitFor({ timeout: 30_000 });
    const reasons = await d.locator('.optimise__reasons li').allTextContents();
    expect(reasons[0]).toMatch(/^Målet 2030 \(Etappmål 2030: −63 % mot 1990\): även med alla valbara åtgärder vid tidigaste start återstår [\d\s\u00a0]+ t\.$/);
    expect(reasons).toHaveLength(3);
    await screenshot(page, 'optimise-infeasible-1366x768');
    await d.getByRole('button', { name: 'Ändra och optimera igen' }).click();
    expect(await d.getByLabel('Halvering 2030 (2030)').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('meets a reachable target, saves the answer as a scenario, and Översikt shows it met', async () => {
    const { page, errors, file, d } = await openDialog('optimise-save');
    // Only the reachable target.
    for (const name of [
      'Etappmål 2030: −63 % mot 1990 (2030)',
      'Minst 85 % lägre utsläpp 2040 än 1990 (2040)',
      'Klimatneutralt Umeå 2040 (nettonoll) (2040)',
    ]) {
      await d.getByLabel(name).uncheck();
    }
    await d.getByRole('button', { name: 'Optimera', exact: true }).click();
    await d.getByText('Det här är det billigaste valet som når villkoren.').waitFor({ timeout: 30_000 });
    const targetRow = d.locator('.optimise__result table').nth(1).locator('tbody tr');
    await expect.poll(() => targetRow.locator('td').nth(2).textContent()).toContain('Ja');
    const chosen = await d.locator('.optimise__result table').nth(2).locator('tbody tr').count();
    expect(chosen).toBeGreaterThan(0);
    await screenshot(page, 'optimise-answer-1366x768');

    await d.getByLabel('Namn på det nya scenariot').fill('Optimerat mot halvering');
    await d.getByRole('button', { name: 'Spara som scenario' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.scenario-list tr[aria-current="true"] th').textContent()).toContain('Optimerat mot halvering');

    await openView(page, 'Översikt');
    await page.getByRole('heading', { level: 2, name: /^Läget i scenariot/ }).waitFor();
    const row = page.locator('tr[data-target="halvering"]');
    await expect.poll(() => row.locator('td').nth(6).textContent()).toContain('Ja');
    await screenshot(page, 'optimise-overview-1366x768');

    await savePlan(page);
    const plan = exportPlan(file);
    const saved = plan.scenarios.find((s) => s.name === 'Optimerat mot halvering')!;
    expect(saved.include.length).toBe(chosen);
    const calc = calculate(plan, saved.id);
    expect(calc.targets.find((t) => t.id === 'halvering')!.met).toBe(true);
    expect(errors).toEqual([]);
  });

  it('stops at once with Avbryt', async () => {
    const { errors, d } = await openDialog('optimise-cancel');
    await d.getByRole('button', { name: 'Optimera', exact: true }).click();
    await d.getByRole('button', { name: 'Avbryt' }).click();
    await d.getByText('Optimeringen avbröts.').waitFor();
    expect(await d.getByRole('button', { name: 'Optimera', exact: true }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
