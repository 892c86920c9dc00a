// Electron's main process: windows, menus, file dialogs, and IPC forwarded to the document
// service, which runs the same services as the browser host in a utilityProcess of its own
// (electron/worker): a VACUUM INTO or a save's retries never freeze the window. Everything else
// lives in modules tested under Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, utilityProcess, type MenuItemConstructorOptions, type UtilityProcess } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentEvent } from '../shared/api/frame';
import { bundledScript } from './bundled';
import { gateWorkerPath, timeoutVerdict, verdictReader, workerArgs, type GateRunner } from './document/gate';
import type { FileChoice, FileQuestion } from './document/file-choice';
import type { InspectResult } from './document/inspect';
import { resolveStaticFile } from './host/static';
import { securityHeadersFor } from './security/csp';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  APP_URL,
  IPC_CHANGED,
  IPC_INVOKE,
  IPC_MENU,
  denyAllPermissions,
  guardWebContents,
  isTrustedSender,
  mainWindowOptions,
} from './security/electron-policy';
import { electronTabOpener } from './report/electron-tab';
import { REPORT_PAGE } from '../shared/report/bridge';
import { fail } from '../shared/api/result';
import { makePort } from './worker/protocol';
import type { RollupChoice } from './worker/service';
import { gateHost, tabHost } from './worker/remote';
import { Supervisor, type WorkerHandle } from './worker/supervisor';

/** The roll-up window's page (renderer/region.html). */
const ROLLUP_PAGE = 'region.html';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;
let documents: Supervisor;
const here = __dirname;
const rendererDir = join(here, '..', 'renderer');

/** The Electron-ABI build of better-sqlite3: beside the app when packaged, in build/ in development. */
function sqliteBinding(): string | undefined {
  const candidates = [join(process.resourcesPath, 'better_sqlite3.node'), join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}

const utilityGateRunner: GateRunner = (copyPaths, timeoutMs, onVerdict, opts) =>
  new Promise<InspectResult[]>((resolve) => {
    const child = utilityProcess.fork(gateWorkerPath(), workerArgs(copyPaths, opts), {
      stdio: 'pipe',
      serviceName: 'Klimat filkontroll',
      env: { ...process.env, KLIMAT_SQLITE_BINDING: sqliteBinding() ?? '' },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill(), timeoutMs);
    };
    const reader = verdictReader(copyPaths.length, onVerdict, arm);
    const utf8 = new TextDecoder(); // a character split between two chunks stays whole
    child.stdout?.on('data', (d: Buffer) => reader.push(utf8.decode(d, { stream: true })));
    arm();
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(reader.finish(timeoutVerdict(timeoutMs)));
    });
  });

const PLAN_FILTER = [{ name: 'Klimatinvesteringsplan', extensions: ['klimat'] }];
const EXPORT_NAMES = { xlsx: 'Excel-arbetsbok', csv: 'CSV (semikolonavgränsad)', pdf: 'PDF' };

async function openDialog(title: string, filters: { name: string; extensions: string[] }[]): Promise<FileChoice | null> {
  const r = await dialog.showOpenDialog(win!, { title, filters, properties: ['openFile'] });
  const path = r.canceled ? undefined : r.filePaths[0];
  return path ? { path, replaceAgreed: false } : null;
}

/** The save dialog asks before replacing a file: the service need not ask again. */
async function saveDialog(title: string, defaultPath: string, filter: { name: string; extensions: string[] }): Promise<FileChoice | null> {
  const r = await dialog.showSaveDialog(win!, { title, defaultPath, filters: [filter] });
  if (r.canceled || !r.filePath) return null;
  const ext = `.${filter.extensions[0]}`;
  return { path: r.filePath.toLowerCase().endsWith(ext) ? r.filePath : `${r.filePath}${ext}`, replaceAgreed: true };
}

/** The file dialogs: the transport's edge answers the services' questions (see document/file-choice.ts). */
function chooseFile(q: FileQuestion): Promise<FileChoice | null> {
  switch (q.kind) {
    case 'open':
      return openDialog('Öppna klimatinvesteringsplan', PLAN_FILTER);
    case 'merge':
      return openDialog('Sammanfoga med en annan kopia av planen', PLAN_FILTER);
    case 'saveAs':
      return saveDialog('Spara klimatinvesteringsplan som', q.suggested, PLAN_FILTER[0]);
    case 'export':
      return saveDialog('Exportera', q.suggested, { name: EXPORT_NAMES[q.format], extensions: [q.format] });
    case 'import':
      if (q.purpose === 'statistics') return openDialog('Välj utsläppsstatistiken (Excel)', [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]);
      if (q.purpose === 'plan') return openDialog('Välj en plan (JSON eller Excel)', [{ name: 'Plan i JSON eller Excel', extensions: ['json', 'xlsx'] }]);
      return openDialog('Välj en Excel- eller CSV-fil att läsa in', [{ name: 'Excel eller CSV', extensions: ['xlsx', 'csv', 'txt'] }]);
  }
}

/** The document service's process, as protocol.ts speaks to it. */
function spawnDocumentService(): WorkerHandle {
  const child: UtilityProcess = utilityProcess.fork(bundledScript('document-worker.cjs'), [], {
    serviceName: 'Klimat dokumenttjänst',
    // The app's data folder: KLIMAT_DATA_DIR when set (as paths.ts reads it), else Electron's userData.
    env: { ...process.env, KLIMAT_SQLITE_BINDING: sqliteBinding() ?? '', KLIMAT_DATA_DIR: process.env.KLIMAT_DATA_DIR || app.getPath('userData') },
  });
  return {
    port: makePort(
      (m) => child.postMessage(m),
      (listener) => {
        child.on('message', listener);
        return () => child.off('message', listener);
      },
    ),
    onExit: (listener) => child.once('exit', listener),
    kill: () => child.kill(),
  };
}

function pushChange(event: DocumentEvent): void {
  win?.webContents.send(IPC_CHANGED, event);
}

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
        { label: 'Sammanställ planer…', click: () => void chooseRollup('files') },
        { label: 'Sammanställ planer i en mapp…', click: () => void chooseRollup('folder') },
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
    {
      label: 'Visa',
      submenu: [
        { role: 'resetZoom', label: 'Normal storlek' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A .klimat named on the command line (file association, second instance). */
function fileFromArgs(argv: string[]): string | undefined {
  return argv.slice(1).find((a) => a.toLowerCase().endsWith('.klimat') && existsSync(a));
}

async function openPath(path: string): Promise<void> {
  const { error, ...event } = await documents.internal('open', { path });
  if (error) dialog.showErrorBox('Planen kunde inte öppnas', error);
  pushChange(event);
}

/** The plan named on the command line, else the last one opened, else the sample (in the service). */
async function openInitial(): Promise<void> {
  const { error } = await documents.start({ file: fileFromArgs(process.argv) });
  if (error) dialog.showErrorBox('Planen kunde inte öppnas', error);
}

/** Every window of ours: shown when ready; guarded (also app-wide, below, whatever the order Electron fires them in). */
function guard(w: BrowserWindow): void {
  guardWebContents(w.webContents);
  w.once('ready-to-show', () => w.show());
}

/** The files each roll-up window may read (the dialog's choice), by the window's webContents. */
const rollupChoices = new Map<number, RollupChoice>();

/** Arkiv → Sammanställ planer…: files (or a folder) through the system dialog, then a window of their own. */
async function chooseRollup(what: 'files' | 'folder'): Promise<void> {
  const r = await dialog.showOpenDialog(win!, {
    title: 'Sammanställ planer',
    filters: what === 'files' ? [{ name: 'Klimatinvesteringsplan', extensions: ['klimat', 'json'] }] : undefined,
    properties: what === 'files' ? ['openFile', 'multiSelections'] : ['openDirectory'],
  });
  if (r.canceled || r.filePaths.length === 0) return;
  const w = new BrowserWindow({ ...mainWindowOptions(join(here, 'preload.cjs')), title: 'Sammanställning – Klimatinvesteringsplan' });
  const id = w.webContents.id;
  rollupChoices.set(id, { window: id, paths: r.filePaths });
  w.on('closed', () => rollupChoices.delete(id));
  guard(w);
  void w.loadURL(`${APP_ORIGIN}/${ROLLUP_PAGE}`);
}

function createWindow(): void {
  win = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  guard(win);
  win.on('close', (e) => {
    // The status the last answer brought: the window cannot wait for the service here.
    if (!documents.lastStatus?.dirty) return;
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
  // Every web contents, whatever created it: no navigation, redirect, window or webview out of the app.
  app.on('web-contents-created', (_e, contents) => guardWebContents(contents));
  app.on('open-file', (e, path) => {
    e.preventDefault();
    if (app.isReady()) void openPath(path);
    else process.argv.push(path);
  });

  void app.whenReady().then(async () => {
    documents = new Supervisor({
      spawn: spawnDocumentService,
      host: {
        choose: (q: FileQuestion) => chooseFile(q),
        ...gateHost(utilityGateRunner),
        // The council report prints with Electron's own Chromium, from a hidden window on app://.
        ...tabHost(electronTabOpener(BrowserWindow, `${APP_ORIGIN}/${REPORT_PAGE}`)),
      },
      onEvent: pushChange,
    });

    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(denyAllPermissions()));
    session.defaultSession.setPermissionCheckHandler(denyAllPermissions);
    protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url);
      const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
      if (!file) return new Response('Finns inte.', { status: 404 });
      return new Response(readFileSync(file.path), { headers: { ...securityHeadersFor(file.path), 'Content-Type': file.type } });
    });
    // Only forwards: the service answers with the call's frame (envelope, status, changes).
    ipcMain.handle(IPC_INVOKE, (event, name: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return { result: fail('forbidden', 'Anropet kom inte från programmets eget fönster och avvisades.') };
      return documents.call(String(name), input, rollupChoices.get(event.sender.id));
    });
    buildMenu();
    await openInitial();
    createWindow();
  });

  app.on('window-all-closed', () => {
    // Unsaved work stays in the working copy for recovery; the lock is released.
    void (documents ? documents.shutdown() : Promise.resolve()).finally(() => app.quit());
  });
}
