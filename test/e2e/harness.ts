// End-to-end helpers: the real browser host as a child process on temp folders, real Debian
// Chromium through playwright-core, every console error and page error collected (a test
// fails on any), screenshots into __screenshots__/, and teardown that stops all of it
// (`e2eSession` registers that teardown once for a whole test file).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../electron/report/chromium';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CLI as CLI_BUNDLE, HOST as HOST_BUNDLE, removeTempDirs, REPO, tempDir as testTempDir } from '../support/env';

export { CLI_BUNDLE, removeTempDirs, REPO };
export const SCREENSHOTS = join(REPO, 'test/e2e/__screenshots__');

export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  desktop: { width: 1920, height: 1080 },
} as const;

// ---------------------------------------------------------------------------------------------
// Temp folders

/** The test suite's temp folders (removed by `removeTempDirs`), named as end-to-end ones. */
export const tempDir = (prefix: string): string => testTempDir(`e2e-${prefix}`);

// ---------------------------------------------------------------------------------------------
// Plans

/** The sample plan as a .klimat file made by the CLI. */
export function sampleFileViaCli(dir: string, name = 'umea.klimat'): string {
  const target = join(dir, name);
  execFileSync(process.execPath, [CLI_BUNDLE, 'import-json', 'assets/sample/umea-2480.json', target], { cwd: REPO, stdio: 'pipe' });
  return target;
}

/** A host on a fresh .klimat file of the sample plan, in a folder of its own. */
export async function startSampleHost(prefix = 'plans'): Promise<{ host: Host; file: string; dir: string }> {
  const dir = tempDir(prefix);
  const file = sampleFileViaCli(dir);
  const host = await startHost({ file, dir, dataDir: tempDir('data') });
  return { host, file, dir };
}

// ---------------------------------------------------------------------------------------------
// The browser host

export interface Host {
  url: string;
  dir: string;
  dataDir: string;
  stderr: string[];
  stop(): Promise<void>;
}

const hosts = new Set<Host>();

export interface HostOptions {
  /** A .klimat file to open; without one the host opens a fresh copy of the sample. */
  file?: string;
  /** The folder of plans (open and save-as choose by name in it). */
  dir: string;
  /** KLIMAT_DATA_DIR: the app's own data folder (working copies, settings). */
  dataDir: string;
}

export async function startHost({ file, dir, dataDir }: HostOptions): Promise<Host> {
  mkdirSync(dir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const args = [process.env.KLIMAT_E2E_HOST ?? HOST_BUNDLE, ...(file ? [file] : []), '--dir', dir, '--no-open'];
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, KLIMAT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const url = await readUrl(child, stderr);
  const host: Host = { url, dir, dataDir, stderr, stop: () => stopChild(child).then(() => void hosts.delete(host)) };
  hosts.add(host);
  return host;
}

function readUrl(child: ChildProcess, stderr: string[]): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`the host printed no KLIMAT_URL line within 30 s\n${stderr.join('')}`));
    }, 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /^KLIMAT_URL=(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line.trim());
      if (!m) return;
      clearTimeout(timer);
      resolveUrl(m[1]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with code ${code} before it was ready\n${stderr.join('')}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------------
// Chromium

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

async function openApp(browser: Browser, url: string, opts: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: opts.viewport ?? VIEWPORTS.laptop, locale: opts.locale ?? 'sv-SE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  await page.goto(url);
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Stops every host still running (after each test; the session closes the browser at the end). */
async function stopAllHosts(): Promise<void> {
  await Promise.all([...hosts].map((h) => h.stop()));
}

// ---------------------------------------------------------------------------------------------
// A test file's session

export interface E2eSession {
  /** Opens `url` in a new context of the file's Chromium (or of `opts.browser`); closed after the test. */
  open(url: string, opts?: OpenOptions & { browser?: Browser }): Promise<AppPage>;
  /** Closes the pages opened so far, for a test that restarts its host on the same file. */
  closePages(): Promise<void>;
}

/**
 * Registers the hooks every browser test file needs — one Chromium for the file, the pages and
 * hosts of a test stopped after it, temp folders removed at the end — so that no test leaves a
 * process or a working copy behind for the next one.
 */
export function e2eSession(): E2eSession {
  let browser: Browser | undefined;
  const opened: AppPage[] = [];
  const closePages = async (): Promise<void> => {
    await Promise.all(opened.splice(0).map((a) => a.context.close()));
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await closePages();
    await stopAllHosts();
  });
  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  return {
    closePages,
    async open(url, { browser: other, ...opts } = {}) {
      const on = other ?? browser;
      if (!on) throw new Error('e2eSession: the browser starts in beforeAll, open pages inside a test');
      const app = await openApp(on, url, opts);
      opened.push(app);
      return app;
    },
  };
}
