// Choosing files by name in one folder (the browser host and the CLI): the client only ever
// sends a name, which is resolved inside the folder and cannot climb out of it.
import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { FileChoice, FilePicker, FileQuestion } from './file-choice';

export const EXTENSION = '.klimat';

export function withExtension(name: string): string {
  return name.toLowerCase().endsWith(EXTENSION) ? name : `${name}${EXTENSION}`;
}

function withOwnExtension(name: string, kind: string): string {
  return name.toLowerCase().endsWith(`.${kind}`) ? name : `${name}.${kind}`;
}

/** The file in `dir` a question names; a plan without a name gets the suggested one when saved. */
export function pathInFolder(dir: string, q: FileQuestion): string | null {
  const plan = (name: string) => resolve(dir, basename(withExtension(name)));
  switch (q.kind) {
    case 'open':
    case 'merge':
      return q.name ? plan(q.name) : null;
    case 'saveAs':
      return plan(q.name ?? q.suggested);
    // Exports and imports keep their own extensions (.xlsx, .csv, .pdf, .json).
    case 'export':
      return resolve(dir, basename(withOwnExtension(q.name ?? q.suggested, q.format)));
    case 'import':
      return q.name ? resolve(dir, basename(q.name)) : null;
  }
}

export function folderPicker(dir: string): FilePicker {
  return {
    picker: 'names',
    choose: async (q): Promise<FileChoice | null> => {
      const path = pathInFolder(dir, q);
      return path ? { path, replaceAgreed: false } : null;
    },
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
