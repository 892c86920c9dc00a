// The renderer's build. Root is renderer/; the output lands in dist/renderer at the repo root,
// where both the Electron app:// protocol and the loopback browser host serve it from. A
// relative base makes the same files work under either origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: 'public',
  // Vite 8 transforms TSX with oxc itself; React 19's automatic runtime needs no plugin.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: `${repoRoot}dist/renderer`,
    emptyOutDir: true,
    // Everything as files: the CSP allows no inline scripts, and data: URLs for scripts never.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
    // Three pages: the app, the council report that Chromium prints to PDF (renderer/report/),
    // and the roll-up's own window in Electron (renderer/region/).
    rolldownOptions: { input: { main: `${here}index.html`, report: `${here}report.html`, region: `${here}region.html` } },
  },
  resolve: {
    // HiGHS' loader imports node:module on its Node path only (see lib/noNodeModule.ts).
    alias: { 'node:module': `${here}lib/no-node-module.ts` },
  },
  server: {
    // shared/ lives beside renderer/, outside the root.
    fs: { allow: [repoRoot] },
  },
});
