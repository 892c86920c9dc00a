// The app's own data folder (working copies, settings): KLIMAT_DATA_DIR when set (tests), the
// folder Electron names when running there, else the platform's user-data folder.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Klimatinvesteringsplan';

let override: string | undefined;

/** Electron's main process sets this to app.getPath('userData'). */
export function setDataDir(dir: string): void {
  override = dir;
}

function platformDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

export function dataDir(): string {
  const dir = process.env.KLIMAT_DATA_DIR || override || platformDataDir();
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Where working copies live: one folder each, on local disk. */
export function workingDir(): string {
  const dir = join(dataDir(), 'working');
  mkdirSync(dir, { recursive: true });
  return dir;
}
