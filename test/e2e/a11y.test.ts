// Every view of the sample plan in a real Chromium, checked with axe-core (the rules of WCAG 2.x
// A and AA and best practice): no violation of impact serious or critical. Each view is also
// photographed at 1366×768 (test/e2e/__screenshots__/view-*.png) for a person to look at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, screenshot, startSampleHost } from './harness';

const session = e2eSession();
// Evaluated rather than added as a script tag: the app's CSP allows no inline script.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWS = [
  ['overview', 'Översikt'],
  ['actions', 'Åtgärder'],
  ['scenarios', 'Scenarier'],
  ['financing', 'Finansiering'],
  ['targets', 'Mål'],
  ['commitments', 'Åtaganden'],
  ['history', 'Historik'],
  ['export', 'Export'],
] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's serious and critical violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE);
  const violations = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} – ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('accessibility', () => {
  it('has no serious or critical axe violation on any view of the sample plan', async () => {
    const { host } = await startSampleHost();
    const { page, errors } = await session.open(host.url);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const found: Record<string, string[]> = {};
    for (const [route, name] of VIEWS) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      // Charts, grids and the sensitivity strip are drawn a little after the heading.
      // Polled from outside: the page's CSP forbids the eval waitForFunction would use.
      await expect.poll(() => page.evaluate('!document.querySelector("[aria-busy=true]")'), { timeout: 30_000 }).toBe(true);
      await page.waitForTimeout(500);
      await screenshot(page, `view-${route}-1366x768`);
      const v = await seriousViolations(page);
      if (v.length) found[route] = v;
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  }, 240_000);
});
