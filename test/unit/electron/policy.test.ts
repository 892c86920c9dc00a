// Electron cannot start on the build machines, so its security settings live in plain
// functions and config files that these tests check under Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { join } from 'node:path';
import {
  APP_URL,
  IPC_CHANGED,
  IPC_INVOKE,
  IPC_MENU,
  isAllowedNavigation,
  isTrustedSender,
  mainWindowOptions,
  denyAllPermissions,
  guardWebContents,
  type GuardedContents,
} from '../../../electron/security/electron-policy';
import { CSP, SECURITY_HEADERS, securityHeadersFor, WORKER_CSP } from '../../../electron/security/csp';
import { REPO } from '../../support/env';

describe('window options', () => {
  const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
  it('isolate and sandbox the renderer without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
  it('load the renderer from the custom protocol, not file://', () => {
    expect(APP_URL.startsWith('app://klimat/')).toBe(true);
  });
});

describe('IPC sender check', () => {
  it('accepts only the app:// top frame', () => {
    expect(isTrustedSender({ url: 'app://klimat/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://klimat/index.html#/atgarder' })).toBe(true);
  });
  it('refuses subframes, other origins, file:// and missing frames', () => {
    expect(isTrustedSender({ url: 'app://klimat/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd' })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html' })).toBe(false);
    expect(isTrustedSender({ url: 'not a url' })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('navigation and permissions', () => {
  it('never navigate away from the app', () => {
    expect(isAllowedNavigation('app://klimat/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///tmp/x.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
  it('deny every permission request', () => {
    expect(denyAllPermissions()).toBe(false);
  });
});

describe('the guard on every web contents', () => {
  /** A stand-in for Electron's WebContents that records the listeners the guard attaches. */
  function contents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const c = {
      on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    };
    guardWebContents(c as unknown as GuardedContents);
    const fire = (event: string, url?: string) => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { fire, open: (url: string) => openHandler!({ url }).action, events: [...listeners.keys()].sort() };
  }

  it('blocks navigation and redirects away from app://klimat, and allows them inside it', () => {
    const c = contents();
    expect(c.events).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(c.fire(event, 'https://evil.example/')).toBe(true);
      expect(c.fire(event, 'file:///etc/passwd')).toBe(true);
      expect(c.fire(event, 'app://klimat/index.html#/atgarder')).toBe(false);
    }
  });
  it('denies every new window and every webview', () => {
    const c = contents();
    expect(c.open('https://example.com/')).toBe('deny');
    expect(c.open('app://klimat/index.html')).toBe('deny');
    expect(c.fire('will-attach-webview')).toBe(true);
  });
  it('is installed for every web contents by main.ts, beside the main window’s own', () => {
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main).toMatch(/app\.on\('web-contents-created', \(_e, contents\) => guardWebContents\(contents\)\)/);
    expect(main).toMatch(/guardWebContents\(w\.webContents\)/);
    expect(main).toMatch(/guard\(win\)/);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CSP.split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  it('allows only our own scripts, no inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('is sent with every response', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
  it('lets only the WebAssembly worker compile WebAssembly, and nothing eval JavaScript', () => {
    const worker = new Map(
      WORKER_CSP.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(worker.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(WORKER_CSP.replace(" 'wasm-unsafe-eval'", '')).toBe(CSP);
    expect(securityHeadersFor('/r/assets/optimise.worker-BYCIg9lj.js')['Content-Security-Policy']).toBe(WORKER_CSP);
    for (const page of ['/r/index.html', '/r/assets/main-C9Z19Jaf.js', '/r/assets/highs-B_nfHoE0.wasm', '/r/assets/worker.js']) {
      expect(securityHeadersFor(page)).toBe(SECURITY_HEADERS);
    }
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8'));
  it('names the product and associates .klimat files', () => {
    expect(config.productName).toBe('Klimatinvesteringsplan');
    expect(config.fileAssociations).toEqual(expect.arrayContaining([expect.objectContaining({ ext: 'klimat', role: 'Editor' })]));
  });
  it('builds NSIS, dmg, AppImage and deb installers', () => {
    expect(JSON.stringify(config.win.target)).toContain('nsis');
    expect(JSON.stringify(config.mac.target)).toContain('dmg');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });
  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
  it('never rebuilds node_modules for Electron (the tests need the Node build)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([expect.objectContaining({ to: 'better_sqlite3.node' })]);
  });
  it('is valid for electron-builder itself', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  it('pins electron to ^45 and denies its install script', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
    expect(pkg.allowScripts.electron).toBe(false);
    expect(pkg.allowScripts['better-sqlite3']).toBe(true);
  });
  it('has no install hook that could download anything', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook]).toBeUndefined();
  });
});

describe('the preload bundle', () => {
  it('names the same IPC channels as main (it keeps them literal, requiring nothing but electron)', () => {
    const source = readFileSync(join(REPO, 'electron/preload.ts'), 'utf8');
    for (const channel of [IPC_INVOKE, IPC_MENU, IPC_CHANGED]) expect(source).toContain(`'${channel}'`);
  });
});
