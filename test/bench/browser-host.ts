// The browser host (dist/node/host.cjs) on a plan file, for the benches that time views in
// Chromium (grid.ts, views.ts). Run from the repository root.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Starts the host on `file` in `dir` (its data folder `dir`/data); resolves with its URL and the process. */
export function startHost(file: string, dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist/node/host.cjs'), file, '--dir', dir, '--no-open'], {
    env: { ...process.env, KLIMAT_DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^KLIMAT_URL=(\S+)$/.exec(line.trim());
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`the host ended with code ${code}`)));
  });
}
