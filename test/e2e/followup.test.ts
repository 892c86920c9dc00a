// Uppföljning in a real Chromium against the browser host: Fastställ version… of the sample plan,
// an actual stored through the host's API shows in the spending card, and both survive save and a
// restart of the host.
import { describe, expect, it } from 'vitest';
import { openSampleView, openView, savePlan } from './chart-tables';
import { e2eSession, screenshot, startHost } from './harness';

const session = e2eSession();

describe('Uppföljning', () => {
  it('adopts a version, follows an actual into the cards, and keeps both through save and restart', async () => {
    const { page, errors, host, file, dir } = await openSampleView(session, 'Uppföljning');
    const lastYear = new Date().getFullYear() - 1;

    // Fastställ version… from the view: the dialog names it, the reference list offers it.
    await page.getByRole('button', { name: 'Fastställ version…' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn').fill('Antagen av KF (test)');
    await dialog.getByLabel('Diarienummer').fill('KS 2026/1');
    await dialog.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByLabel('Jämför med').locator('option:checked').textContent()).toContain('Antagen av KF (test)');

    // An actual through the host's API (as the grid's writer sends it), then the page loaded afresh.
    const token = new URL(host.url).searchParams.get('token')!;
    await page.evaluate(
      async ({ year, token }) => {
        const post = (name: string, body: unknown) =>
          fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Klimat-Token': token }, body: JSON.stringify(body) }).then(
            (r) => r.json(),
          );
        const plan = (await post('plan.snapshot', {})) as { value: { actions: { id: string; code: string }[] } };
        const id = plan.value.actions.find((a) => a.code === 'T-01')!.id;
        await post('actuals.set', { rows: [{ actionId: id, year, changes: { capexSek: 12_000_000 } }] });
      },
      { year: lastYear, token },
    );
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await openView(page, 'Uppföljning');
    await expect.poll(() => page.locator('[data-card="spending"]').textContent()).toMatch(/Investeringar t\.o\.m\. \d{4}: 12\s000\stkr/);
    await screenshot(page, 'followup-view');
    expect(errors).toEqual([]);
    await savePlan(page);
    await host.stop();
    await session.closePages();

    const again = await startHost({ file, dir, dataDir: host.dataDir });
    const app = await session.open(again.url);
    await app.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await openView(app.page, 'Uppföljning');
    await expect.poll(() => app.page.getByLabel('Jämför med').locator('option:checked').textContent()).toContain('Antagen av KF (test)');
    await expect.poll(() => app.page.locator('[data-card="spending"]').textContent()).toMatch(/Investeringar t\.o\.m\. \d{4}: 12\s000\stkr/);
    expect(app.errors).toEqual([]);
  });
});
