// Bundles everything that runs in Node (CLI, browser host, open-gate worker, the document
// service's process, bench, Electron main and preload) with esbuild into dist/. Migrations'
// .sql files are embedded as text, so the bundles carry their schema with them. better-sqlite3
// (native), electron, playwright-core and highs (WebAssembly, loaded from beside its own
// loader) stay outside the bundles.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');

const node = {
  'dist/node/cli': 'electron/cli/main.ts',
  'dist/node/host': 'electron/host/main.ts',
  'dist/node/gate-worker': 'electron/document/gate-worker.ts',
  'dist/node/document-worker': 'electron/worker/main.ts',
  'dist/node/bench': 'test/bench/main.ts',
  'dist/electron/main': 'electron/main.ts',
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  sourcemap: 'linked',
  logLevel: quiet ? 'error' : 'warning',
  loader: { '.sql': 'text' },
  external: ['better-sqlite3', 'electron', 'playwright-core', 'highs'],
  // ESM sources may use import.meta.url; in a CommonJS bundle it becomes the bundle's own URL.
  define: { 'import.meta.url': '__klimat_import_meta_url' },
  banner: { js: 'const __klimat_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

const entryPoints = Object.fromEntries(Object.entries(node).filter(([, src]) => existsSync(src)));
await build({ ...common, entryPoints, outdir: '.' });

// The preload runs in Electron's sandbox: CommonJS, only `electron` may be required.
if (existsSync('electron/preload.ts')) {
  await build({ ...common, define: {}, banner: {}, entryPoints: { 'dist/electron/preload': 'electron/preload.ts' }, outdir: '.' });
}
// The engine bench's page script runs in Chromium, as the engine does in the renderer.
const pages = { 'dist/bench/calc-page': 'test/bench/calc-page.ts' };
const pageEntries = Object.fromEntries(Object.entries(pages).filter(([, src]) => existsSync(src)));
await build({ bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', logLevel: common.logLevel, entryPoints: pageEntries, outdir: '.' });
if (!quiet) console.log(`bundled ${Object.keys(entryPoints).length + 1 + Object.keys(pageEntries).length} entries into dist/`);
