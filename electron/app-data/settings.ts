// The installation's own settings: its replica id (names the copy in the change log), the
// user's name (from the OS account unless set in the app) and the last opened plan.
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { dataDir } from './paths';

export interface Settings {
  replica: string;
  userName?: string;
  lastOpened?: string;
}

function file(): string {
  return join(dataDir(), 'settings.json');
}

export function readSettings(): Settings {
  let s: Partial<Settings> = {};
  try {
    s = JSON.parse(readFileSync(file(), 'utf8')) as Partial<Settings>;
  } catch {
    // First start, or an unreadable file: start over with fresh settings.
  }
  if (typeof s.replica !== 'string' || !s.replica) {
    s = { ...s, replica: randomUUID() };
    writeSettings(s as Settings);
  }
  return s as Settings;
}

export function writeSettings(s: Settings): void {
  const tmp = `${file()}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(s, null, 2));
  renameSync(tmp, file());
}

export function updateSettings(patch: Partial<Settings>): Settings {
  const s = { ...readSettings(), ...patch };
  writeSettings(s);
  return s;
}

export function osUserName(): string {
  try {
    return userInfo().username || 'okänd';
  } catch {
    return process.env.USER || process.env.USERNAME || 'okänd';
  }
}

export function currentUser(): string {
  return readSettings().userName || osUserName();
}

export function hostName(): string {
  return hostname();
}
