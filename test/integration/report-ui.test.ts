// The report's card in Export, in a real Chromium against the real browser host: pick a scenario
// and sections, "Skapa PDF", and the PDF arrives as a download with only those sections; with no
// section the button is off and says why. Screenshots at 1366×768 and 1920×1080.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSession, screenshot, startHost, tempDir, VIEWPORTS, type AppPage } from '../e2e/harness';
import { localDay } from '../../shared/report/options';
import { REPORT_SECTIONS } from '../../shared/report/sections';

const session = e2eSession();

async function exportView(viewport: { width: number; height: number }): Promise<AppPage> {
  const host = await startHost({ dir: tempDir('plans'), dataDir: tempDir('data') });
  const app = await session.open(host.url, { viewport });
  await app.page.getByRole('link', { name: 'Export', exact: true }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
  return app;
}

describe('the report card in Export', () => {
  it('makes a PDF of the chosen scenario and sections as a download', async () => {
    const { page, errors } = await exportView(VIEWPORTS.laptop);
    const card = page.getByRole('region', { name: 'Rapport till kommunfullmäktige (PDF)' });
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-card-1366x768');

    await card.getByLabel('Scenario i rapporten').selectOption('all');
    await card.getByRole('button', { name: 'Avmarkera alla' }).click();
    const create = card.getByRole('button', { name: 'Skapa PDF' });
    expect(await create.isDisabled()).toBe(true);
    await card.getByText('Välj minst ett avsnitt.').waitFor();
    await card.getByRole('checkbox', { name: 'Sammanfattning' }).check();
    // Keyboard: the next section's box is one Tab away and Space ticks it.
    await card.getByRole('checkbox', { name: 'Sammanfattning' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await card.getByRole('checkbox', { name: 'Utsläppsbana och sektorer' }).isChecked()).toBe(true);
    await card.getByRole('checkbox', { name: 'Metodbilaga: så räknar planen' }).check();

    const arrives = page.waitForEvent('download', { timeout: 60_000 });
    await create.click();
    // While Chromium prints, the card shows its progress (after half a second) with Avbryt.
    if (
      await Promise.race([
        card
          .getByRole('button', { name: 'Avbryt' })
          .waitFor()
          .then(() => true),
        arrives.then(() => false),
      ])
    ) {
      await screenshot(page, 'report-card-progress-1366x768');
    }
    const download = await arrives;
    expect(download.suggestedFilename()).toBe(`Klimatrapport Umeå ${localDay(new Date())}.pdf`);
    const file = join(tempDir('dl'), download.suggestedFilename());
    await download.saveAs(file);
    await card.getByText(`Rapporten ${download.suggestedFilename()} har laddats ner.`).waitFor();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('1. Sammanfattning');
    expect(text).toContain('2. Utsläppsbana och sektorer');
    expect(text).toContain('3. Metodbilaga: så räknar planen');
    expect(text).not.toContain('Åtgärd och ansvarig');
    expect(text).toContain('Scenario: Alla åtgärder');
    expect(errors).toEqual([]);
  });

  it('reads well on a desktop screen', async () => {
    const { page, errors } = await exportView(VIEWPORTS.desktop);
    const card = page.getByRole('region', { name: 'Rapport till kommunfullmäktige (PDF)' });
    await card.getByRole('checkbox', { name: 'Klimatkontraktets åtaganden' }).waitFor();
    expect(await card.getByRole('checkbox').count()).toBe(REPORT_SECTIONS.length);
    await screenshot(page, 'report-card-1920x1080');
    expect(errors).toEqual([]);
  });
});
