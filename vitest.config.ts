import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

// Migrations are plain .sql files that the code imports as text (esbuild's text loader does
// the same in the bundles), so the list of migrations is fixed at build time.
const sqlAsText = {
  name: 'sql-as-text',
  enforce: 'pre' as const,
  load(id: string) {
    if (id.endsWith('.sql')) return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
    return null;
  },
};

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration and e2e tests spawn processes and a browser; two cores are all we have.
    maxWorkers: 2,
    pool: 'forks',
  },
});
