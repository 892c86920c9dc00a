// Choosing files by name in one folder (the browser host and the CLI): the client only ever
// sends a name, which is resolved inside the folder and cannot climb out of it.
import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { FilePicker } from './manager';

export const EXTENSION = '.klimat';

export function withExtension(name: string): string {
  return name.toLowerCase().endsWith(EXTENSION) ? name : `${name}${EXTENSION}`;
}

function withOwnExtension(name: string, kind: string): string {
  return name.toLowerCase().endsWith(`.${kind}`) ? name : `${name}.${kind}`;
}

export function folderPicker(dir: string): FilePicker {
  const inFolder = (name: string) => resolve(dir, basename(withExtension(name)));
  return {
    picker: 'names',
    chooseOpen: async (name) => (name ? inFolder(name) : null),
    chooseSaveAs: async (name, suggested) => inFolder(name ?? suggested),
    chooseMerge: async (name) => (name ? inFolder(name) : null),
    // Exports and imports keep their own extensions (.xlsx, .csv, .pdf).
    chooseExport: async (name, suggested, kind) => resolve(dir, basename(withOwnExtension(name ?? suggested, kind))),
    chooseImport: async (name) => (name ? resolve(dir, basename(name)) : null),
    list: () =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith(EXTENSION))
        .map((d) => {
          const st = statSync(resolve(dir, d.name));
          return { name: d.name, size: st.size, modified: st.mtime.toISOString() };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}
