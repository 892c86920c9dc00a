// `--force` replaces a file, never one somebody has open (issue 16 item 4): `new`,
// `import-json`, `import-xlsx` and `merge` with --force onto a file whose lock a live process
// holds exit 1 with one Swedish line naming the holder, and leave the file byte-identical; once
// the holder is gone (its lock stale) --force replaces it as before.
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LockInfo } from '../../shared/api/status';
import { removeTempDirs, SAMPLE_JSON, sha256, tempDir, useTempDataDir } from '../support/env';
import { writeDocument } from '../support/documents';
import { cli, exited, sleeper, stderrLines } from '../support/processes';

let dir: string;
let base: string;
let xlsx: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  useTempDataDir();
  dir = tempDir('force');
  base = writeDocument(dir, 'bas.klimat');
  xlsx = join(dir, 'plan.xlsx');
  const r = await cli(['export-xlsx', base, xlsx]);
  expect(r.code, r.stderr).toBe(0);
});
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.kill('SIGKILL');
    await exited(c);
  }
});
afterAll(removeTempDirs);

/** `name` in the folder, with a lock held by a live process of this machine that is not ours. */
async function lockedFile(name: string): Promise<{ file: string; holder: ChildProcess }> {
  const file = join(dir, name);
  copyFileSync(base, file);
  const holder = sleeper();
  children.push(holder);
  await new Promise((r) => holder.once('spawn', r));
  const lock: LockInfo = { user: 'Kollegan Kim', host: hostname(), pid: holder.pid!, time: new Date(Date.now() + 1_000).toISOString() };
  writeFileSync(`${file}.lock`, JSON.stringify(lock));
  return { file, holder };
}

const commands: [string, (out: string) => string[]][] = [
  ['new', (out) => ['new', out, '--municipality', '2480', '--force']],
  ['import-json', (out) => ['import-json', SAMPLE_JSON, out, '--force']],
  ['import-xlsx', (out) => ['import-xlsx', xlsx, out, '--force']],
  ['merge', (out) => ['merge', base, base, out, '--prefer', 'mine', '--force']],
];

describe('--force onto a file somebody has open', () => {
  it.each(commands)('%s refuses, naming the holder, and leaves the file as it was', async (name, args) => {
    const { file, holder } = await lockedFile(`${name}.klimat`);
    const before = sha256(file);
    const r = await cli(args(file));
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([expect.stringMatching(/^.+\.klimat är öppen hos Kollegan Kim på .+ och ersätts inte, inte heller med --force\./)]);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}.lock`)).toBe(true);

    // The holder gone, its lock is stale: --force replaces the file.
    holder.kill('SIGKILL');
    await exited(holder);
    const again = await cli(args(file));
    expect(again.code, again.stderr).toBe(0);
    expect(sha256(file)).not.toBe(before);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
