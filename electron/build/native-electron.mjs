// Builds better-sqlite3 for Electron's ABI into build/electron-native/better_sqlite3.node, in a
// private copy of the package, so the Node build in node_modules (which the tests use) is never
// replaced. Needs the network once (Electron's headers); a desktop/release step, not a test step.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const out = resolve('build/electron-native');
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = `${electronVersion} ${sqliteVersion} ${process.platform} ${process.arch}`;
const stampFile = join(out, 'stamp.txt');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(out, 'better_sqlite3.node'))) {
  process.exit(0);
}

const { rebuild } = require('@electron/rebuild');
const project = join(out, 'project');
rmSync(project, { recursive: true, force: true });
mkdirSync(join(project, 'node_modules'), { recursive: true });
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'native', version: '1.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }));
cpSync(resolve('node_modules/better-sqlite3'), join(project, 'node_modules/better-sqlite3'), {
  recursive: true,
  filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
});

console.log(`Bygger better-sqlite3 ${sqliteVersion} för Electron ${electronVersion} …`);
await rebuild({ buildPath: project, electronVersion, onlyModules: ['better-sqlite3'], force: true });
copyFileSync(join(project, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(out, 'better_sqlite3.node'));
writeFileSync(stampFile, stamp);
rmSync(project, { recursive: true, force: true });
console.log(`Klart: ${join(out, 'better_sqlite3.node')}`);
