// A child process for the atomic-save test: opens <file> through the DocumentManager (lock, open
// gate, working copy) like the app, then edits and saves over and over, printing `saved <n>`
// after each save has returned. The test kills it with SIGKILL at a random moment.
//   node save-loop.cjs <file.klimat> <first n> <count>
import { basename, dirname, resolve } from 'node:path';
import { DocumentManager } from '../../electron/document/manager';
import { folderPicker } from '../../electron/document/folder-picker';
import { dispatch } from '../../electron/services/dispatch';

const titleOf = (n: number) => `Sparning nummer ${n}`;

async function main(): Promise<void> {
  const [file, first, count] = process.argv.slice(2);
  const path = resolve(file);
  const manager = new DocumentManager(folderPicker(dirname(path)));
  const opened = await dispatch({ manager }, 'document.open', { name: basename(path) });
  if (!opened.ok) throw new Error(opened.error.message);
  process.stdout.write('ready\n');
  for (let n = Number(first); n < Number(first) + Number(count); n++) {
    const edit = await dispatch({ manager }, 'plan.update', { changes: { title: titleOf(n) } });
    if (!edit.ok) throw new Error(edit.error.message);
    const saved = await dispatch({ manager }, 'document.save', {});
    if (!saved.ok) throw new Error(saved.error.message);
    process.stdout.write(`saved ${n}\n`);
  }
  manager.close(true);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
