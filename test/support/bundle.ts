// Bundles a TypeScript entry of test/support into a runnable CommonJS file in a temp folder,
// the way electron/build/bundle.mjs bundles the app (migrations as text, better-sqlite3 outside),
// so that a test can run store code in a child process it kills.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './env';

/** Returns the bundle's path and the environment its child process needs. */
export async function bundleForChild(entry: string, outDir: string): Promise<{ file: string; env: NodeJS.ProcessEnv }> {
  const file = join(outDir, 'child.cjs');
  await build({
    entryPoints: [join(REPO, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    loader: { '.sql': 'text' },
    external: ['better-sqlite3'],
    // The store finds the open gate's worker beside "its" bundle: let it look in dist/node.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(REPO, 'dist/node/child.cjs')).href) },
  });
  return { file, env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') } };
}
