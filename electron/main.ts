// Electron's main process: windows, menus, dialogs and IPC wired to the same services the
// browser host uses. Everything else lives in modules tested under Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, utilityProcess, type MenuItemConstructorOptions } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setDataDir } from './app-data/paths';
import { readSettings } from './app-data/settings';
import { useNativeBinding } from './document/db';
import { gateWorkerPath, setGateRunner, type GateRunner } from './document/gate';
import type { InspectResult } from './document/inspect';
import { DocumentManager, type FilePicker } from './document/manager';
import { resolveStaticFile } from './host/static';
import { SECURITY_HEADERS } from './security/csp';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  APP_URL,
  IPC_INVOKE,
  IPC_MENU,
  denyAllPermissions,
  isAllowedNavigation,
  isTrustedSender,
  mainWindowOptions,
} from './security/electron-policy';
import { dispatch } from './services/dispatch';
import { electronTabOpener } from './report/electron-tab';
import { setReportTabOpener } from './report/printer';
import { REPORT_PAGE } from '../shared/report/bridge';
import { fail } from '../shared/api/result';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;
let manager: DocumentManager;
const here = __dirname;
const rendererDir = join(here, '..', 'renderer');

/** The Electron-ABI build of better-sqlite3: beside the app when packaged, in build/ in development. */
function sqliteBinding(): string | undefined {
  const candidates = [join(process.resourcesPath, 'better_sqlite3.node'), join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}

const utilityGateRunner: GateRunner = (copyPath, timeoutMs) =>
  new Promise<InspectResult>((resolve) => {
    const child = utilityProcess.fork(gateWorkerPath(), [copyPath], {
      stdio: 'pipe',
      serviceName: 'Klimat filkontroll',
      env: { ...process.env, KLIMAT_SQLITE_BINDING: sqliteBinding() ?? '' },
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on('exit', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out) as InspectResult);
      } catch {
        resolve({ ok: false, message: `Filen kunde inte kontrolleras inom ${Math.round(timeoutMs / 1000)} sekunder och öppnas inte.` });
      }
    });
  });

const dialogPicker: FilePicker = {
  picker: 'dialog',
  async chooseOpen() {
    const r = await dialog.showOpenDialog(win!, {
      title: 'Öppna klimatinvesteringsplan',
      filters: [{ name: 'Klimatinvesteringsplan', extensions: ['klimat'] }],
      properties: ['openFile'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async chooseSaveAs(_name, suggested) {
    const r = await dialog.showSaveDialog(win!, {
      title: 'Spara klimatinvesteringsplan som',
      defaultPath: suggested,
      filters: [{ name: 'Klimatinvesteringsplan', extensions: ['klimat'] }],
    });
    if (r.canceled || !r.filePath) return null;
    return r.filePath.endsWith('.klimat') ? r.filePath : `${r.filePath}.klimat`;
  },
  async chooseMerge() {
    const r = await dialog.showOpenDialog(win!, {
      title: 'Sammanfoga med en annan kopia av planen',
      filters: [{ name: 'Klimatinvesteringsplan', extensions: ['klimat'] }],
      properties: ['openFile'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async chooseExport(_name, suggested, kind) {
    const names = { xlsx: 'Excel-arbetsbok', csv: 'CSV (semikolonavgränsad)', pdf: 'PDF' };
    const r = await dialog.showSaveDialog(win!, { title: 'Exportera', defaultPath: suggested, filters: [{ name: names[kind], extensions: [kind] }] });
    if (r.canceled || !r.filePath) return null;
    return r.filePath.toLowerCase().endsWith(`.${kind}`) ? r.filePath : `${r.filePath}.${kind}`;
  },
  async chooseImport(_name, purpose) {
    const r = await dialog.showOpenDialog(win!, {
      title: purpose === 'statistics' ? 'Välj utsläppsstatistiken (Excel)' : 'Välj en Excel- eller CSV-fil att läsa in',
      filters: purpose === 'statistics' ? [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }] : [{ name: 'Excel eller CSV', extensions: ['xlsx', 'csv', 'txt'] }],
      properties: ['openFile'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  list: () => [],
};

function sendMenu(command: string): void {
  win?.webContents.send(IPC_MENU, command);
}

function buildMenu(): void {
  // The page handles the keys itself (it knows when a text field should get Ctrl+Z), so the
  // menu only shows them: registerAccelerator false keeps the keystroke for the page.
  const item = (label: string, accelerator: string, command: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => sendMenu(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        item('Ny plan…', 'CmdOrCtrl+N', 'new'),
        item('Öppna…', 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        item('Spara', 'CmdOrCtrl+S', 'save'),
        item('Spara som…', 'CmdOrCtrl+Shift+S', 'saveAs'),
        { type: 'separator' },
        item('Exportera…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        { label: 'Fastställ version…', click: () => sendMenu('adoptVersion') },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        item('Ångra', 'CmdOrCtrl+Z', 'undo'),
        item('Gör om', 'CmdOrCtrl+Y', 'redo'),
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    { label: 'Visa', submenu: [{ role: 'resetZoom', label: 'Normal storlek' }, { role: 'zoomIn', label: 'Zooma in' }, { role: 'zoomOut', label: 'Zooma ut' }, { role: 'togglefullscreen', label: 'Helskärm' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A .klimat named on the command line (file association, second instance). */
function fileFromArgs(argv: string[]): string | undefined {
  return argv.slice(1).find((a) => a.toLowerCase().endsWith('.klimat') && existsSync(a));
}

async function openPath(path: string): Promise<void> {
  try {
    await manager.openFile(path);
  } catch (e) {
    dialog.showErrorBox('Planen kunde inte öppnas', e instanceof Error ? e.message : String(e));
  }
  sendMenu('documentChanged');
}

async function openInitial(): Promise<void> {
  const file = fileFromArgs(process.argv);
  const last = readSettings().lastOpened;
  if (file) await openPath(file);
  else if (last && existsSync(last)) await openPath(last).catch(() => manager.openSample());
  if (!manager.session) manager.openSample();
}

function createWindow(): void {
  win = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAllowedNavigation(url)) e.preventDefault();
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => win?.show());
  win.on('close', (e) => {
    if (!manager.status().dirty) return;
    const choice = dialog.showMessageBoxSync(win!, {
      type: 'question',
      buttons: ['Spara', 'Spara inte', 'Avbryt'],
      defaultId: 0,
      cancelId: 2,
      message: 'Vill du spara ändringarna i planen?',
      detail: 'Sparar du inte finns ändringarna kvar och kan återställas nästa gång programmet startar.',
    });
    if (choice === 2) e.preventDefault();
    else if (choice === 0) {
      e.preventDefault();
      sendMenu('saveAndClose');
    }
  });
  void win.loadURL(APP_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv) => {
    const file = fileFromArgs(argv);
    if (file) void openPath(file);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('open-file', (e, path) => {
    e.preventDefault();
    if (app.isReady()) void openPath(path);
    else process.argv.push(path);
  });

  void app.whenReady().then(async () => {
    setDataDir(app.getPath('userData'));
    useNativeBinding(sqliteBinding());
    setGateRunner(utilityGateRunner);
    manager = new DocumentManager(dialogPicker);

    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(denyAllPermissions()));
    session.defaultSession.setPermissionCheckHandler(denyAllPermissions);
    protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url);
      const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
      if (!file) return new Response('Finns inte.', { status: 404 });
      return new Response(readFileSync(file.path), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
    });
    ipcMain.handle(IPC_INVOKE, (event, name: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return fail('internal', 'Anropet kom inte från programmets eget fönster och avvisades.');
      return dispatch({ manager }, String(name), input);
    });
    // The council report prints with Electron's own Chromium, from a hidden window on app://.
    setReportTabOpener(electronTabOpener(BrowserWindow, `${APP_ORIGIN}/${REPORT_PAGE}`));
    buildMenu();
    await openInitial();
    createWindow();
  });

  app.on('window-all-closed', () => {
    // Unsaved work stays in the working copy for recovery; the lock is released.
    manager?.close();
    app.quit();
  });
}
