// `npm run start:browser -- [file.klimat] [--dir <folder>] [--no-open]`: the browser host.
// Prints exactly one line `KLIMAT_URL=…` on stdout when ready, then opens it unless --no-open.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DocumentManager } from '../document/manager';
import { folderPicker } from '../document/folder-picker';
import { ApiFailure } from '../../shared/api/result';
import { folderRollupSource } from '../rollup/source';
import { startHost } from './server';

function rendererDir(): string {
  const candidates = ['../renderer', '../../dist/renderer'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = candidates.find((p) => existsSync(resolve(p, 'index.html')));
  if (!found) throw new Error('Gränssnittet är inte byggt (dist/renderer saknas); kör "npm run build".');
  return found;
}

function openInBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  spawn(cmd, args, { stdio: 'ignore', detached: true })
    .on('error', () => {
      process.stderr.write(`Öppna ${url} i en webbläsare.\n`);
    })
    .unref();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string' }, 'no-open': { type: 'boolean' } },
  });
  const file = positionals[0] ? resolve(positionals[0]) : undefined;
  const dir = resolve(values.dir ?? (file ? dirname(file) : process.cwd()));
  const manager = new DocumentManager(folderPicker(dir));
  if (file) {
    try {
      await manager.openFile(file);
    } catch (e) {
      if (!(e instanceof ApiFailure) || e.code !== 'locked') throw e;
      process.stderr.write(`${e.message} Öppnar den skrivskyddad.\n`);
      await manager.openFile(file, { readOnly: true });
    }
  } else {
    manager.openSample();
  }
  const host = await startHost({ manager, rollup: folderRollupSource(dir) }, rendererDir());
  process.stdout.write(`KLIMAT_URL=${host.url}\n`);
  if (!values['no-open']) openInBrowser(host.url);

  const stop = () => {
    // Unsaved work stays in the working copy, to be offered for recovery at the next start.
    manager.close();
    host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
