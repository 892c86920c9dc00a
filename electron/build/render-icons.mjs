// Renders assets/icons/icon.svg to the PNG icons electron-builder needs (run once after
// changing the SVG; the PNGs are committed). Uses the system Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('assets/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
for (const out of ['assets/build/icon.png']) {
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
}
await browser.close();
