// Which files a roll-up may read. The browser host offers the .klimat files of its folder; the
// Electron window those the user chose in the system dialog (files, or a folder's plans). The
// page only ever sends back names from the list; a name is resolved here and nowhere else.
import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import type { FileEntry } from '../../shared/api/status';
import type { RollupResult } from '../../shared/rollup';
import { EXTENSION } from '../document/folder-picker';
import type { RollupFile } from './read';

export interface RollupSource {
  /** `folder`: the host's folder, chosen among with checkboxes; `chosen`: the dialog's choice. */
  readonly kind: 'folder' | 'chosen';
  list(): FileEntry[];
  /** The files the names choose; a name not in the list is refused. */
  resolve(names: readonly string[]): RollupFile[];
  /** The last roll-up, kept for its export (see cache.ts). */
  last?: { key: string; result: RollupResult };
}

const byName = (a: FileEntry, b: FileEntry) => a.name.localeCompare(b.name, 'sv');

function entry(name: string, path: string): FileEntry | null {
  try {
    const st = statSync(path);
    return st.isFile() ? { name, size: st.size, modified: st.mtime.toISOString() } : null;
  } catch {
    return null;
  }
}

/** The .klimat files directly in `dir`, sorted by name. */
export function plansInFolder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(EXTENSION))
    .map((d) => resolve(dir, d.name))
    .sort((a, b) => basename(a).localeCompare(basename(b), 'sv'));
}

function sourceOf(kind: RollupSource['kind'], named: () => Map<string, string>): RollupSource {
  return {
    kind,
    list: () =>
      [...named()]
        .map(([name, path]) => entry(name, path))
        .filter((e): e is FileEntry => e !== null)
        .sort(byName),
    resolve(names) {
      const map = named();
      return names.map((name) => {
        const path = map.get(name);
        if (!path) throw new ApiFailure('notFound', `Filen ${name} finns inte bland planerna att sammanställa; uppdatera listan.`, 'names');
        return { file: name, path };
      });
    },
  };
}

/** The browser host: the .klimat files of its folder, listed afresh each time. */
export function folderRollupSource(dir: string): RollupSource {
  return sourceOf('folder', () => new Map(plansInFolder(dir).map((p) => [basename(p), p])));
}

/**
 * Electron: the files and folders chosen in the dialog (a folder stands for its .klimat files).
 * Each is named by its file name, or by its path where two chosen files share a name.
 */
export function chosenRollupSource(paths: readonly string[]): RollupSource {
  const files = paths.flatMap((p) => (isFolder(p) ? plansInFolder(p) : [resolve(p)]));
  const unique = [...new Set(files)];
  const count = new Map<string, number>();
  for (const p of unique) count.set(basename(p), (count.get(basename(p)) ?? 0) + 1);
  const named = new Map(unique.map((p) => [count.get(basename(p))! > 1 ? p : basename(p), p]));
  return sourceOf('chosen', () => named);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
