// Tests run the real bundles in dist/: the CLI, the browser host, the open-gate worker (esbuild,
// well under a second, so always rebuilt) and the renderer (vite, rebuilt only when its sources
// are newer than the build). Done once here so that parallel test files never race on a build,
// and so that vitest started directly (not through `npm test`) never runs stale code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function rendererStale(): boolean {
  const index = 'dist/renderer/index.html';
  if (!existsSync(index)) return true;
  return Math.max(newestMtime('renderer'), newestMtime('shared')) > statSync(index).mtimeMs;
}

export default function setup(): void {
  execFileSync(process.execPath, ['electron/build/bundle.mjs', '--quiet'], { stdio: 'inherit' });
  if (rendererStale()) buildRenderer();
}

/**
 * Builds into a fresh folder and swaps it in, so that a browser host another test run has
 * started on dist/renderer never finds the folder half-emptied by vite.
 */
function buildRenderer(): void {
  const fresh = `dist/renderer.build-${process.pid}`;
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', resolve(fresh), '--emptyOutDir'],
    // Vitest sets NODE_ENV=test, which would give React's development build.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  const old = `dist/renderer.old-${process.pid}`;
  if (existsSync('dist/renderer')) renameSync('dist/renderer', old);
  renameSync(fresh, 'dist/renderer');
  rmSync(old, { recursive: true, force: true });
}
