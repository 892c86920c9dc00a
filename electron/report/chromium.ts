// The report printed by the system's Chromium through playwright-core (the CLI and the browser
// host; Electron prints with its own, see electron-tab.ts). The page is served from the built
// renderer through playwright's request routing under an origin of its own, with the app's
// security headers: no server, no port, and every other request is refused.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ApiFailure } from '../../shared/api/result';
import { BRIDGE_GLOBAL, REPORT_PAGE, type ReportBridge } from '../../shared/report/bridge';
import { resolveStaticFile } from '../host/static';
import { SECURITY_HEADERS } from '../security/csp';
import type { PrintOptions, ReportTab } from './print';
import { reportRendererDir } from './renderer-dir';

/** An origin that can never resolve (RFC 6761 .invalid), served only by the route below. */
const ORIGIN = 'http://report.klimat.invalid';

/** Headless without a GPU or a user sandbox (servers, CI), and nothing that calls out to the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function candidates(): string[] {
  const env = process.env;
  if (process.platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The browser that prints: KLIMAT_CHROMIUM when set, else the first Chromium-family browser installed. */
export function chromiumPath(): string {
  const chosen = process.env.KLIMAT_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new ApiFailure('internal', `Webbläsaren i KLIMAT_CHROMIUM (${chosen}) finns inte.`);
    return chosen;
  }
  const found = candidates().find((p) => existsSync(p));
  if (!found)
    throw new ApiFailure(
      'internal',
      'PDF-rapporten skrivs med Chromium, Chrome eller Edge, men ingen av dem hittades; installera Chromium eller ange sökvägen i KLIMAT_CHROMIUM.',
    );
  return found;
}

/** A headless Chromium as the report prints with it; the tests and the bench drive the same one. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

const mm = (v: number) => `${v}mm`;

/** One page in a fresh headless Chromium with the report page loaded and ready for its payload. */
export async function openChromiumTab(rendererDir = reportRendererDir()): Promise<ReportTab> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 800, height: 1130 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? resolveStaticFile(rendererDir, url.pathname) : null;
      if (!file) return route.abort('blockedbyclient');
      await route.fulfill({ status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.type }, body: readFileSync(file.path) });
    });
    await page.goto(`${ORIGIN}/${REPORT_PAGE}`);
    await page.waitForFunction((name) => name in globalThis, BRIDGE_GLOBAL);
    return chromiumTab(browser, page, errors);
  } catch (e) {
    await browser.close();
    throw e;
  }
}

function chromiumTab(browser: Browser, page: Page, errors: string[]): ReportTab {
  const failed = (e: unknown): never => {
    const why = errors[0] ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new ApiFailure('internal', `Rapporten kunde inte ritas: ${why}`);
  };
  const call = <A>(method: keyof ReportBridge, arg: A) =>
    page
      .evaluate(([name, m, a]) => (globalThis as unknown as Record<string, Record<string, (x: unknown) => Promise<void>>>)[name][m](a), [
        BRIDGE_GLOBAL,
        method,
        arg,
      ] as const)
      .catch(failed);
  return {
    load: (payload) => call('load', payload),
    setPages: (pages) => call('setPages', pages),
    print: (o: PrintOptions) =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: o.headerTemplate,
        footerTemplate: o.footerTemplate,
        margin: { top: mm(o.margins.top), bottom: mm(o.margins.bottom), left: mm(o.margins.left), right: mm(o.margins.right) },
        tagged: o.tagged,
        outline: o.tagged,
      }),
    close: () => browser.close(),
  };
}
