// Tests that spawn the CLI, the browser host or the open-gate worker run the bundles in dist/.
// Rebuild the Node bundles first (esbuild, well under a second) so that they are never stale,
// also when vitest is started directly rather than through `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (existsSync('electron/build/bundle.mjs')) {
    execFileSync(process.execPath, ['electron/build/bundle.mjs', '--quiet'], { stdio: 'inherit' });
  }
}
